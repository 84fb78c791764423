/**
 * Finding contacts by what people type: any part of the name, organisation, position, e-mail, phone
 * or tag, in any script. "szewczuk", "Shevchuk" and "Шевчук" find the same person (latinTokens), and
 * every typed word must begin some word of the record ("kow jan" finds "Jan Kowalski").
 */
import { latinTokens } from './keys';
import type { Contact } from './schema';

type Searchable = Pick<
  Contact,
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'title'
  | 'organisationName'
  | 'position'
  | 'emails'
  | 'phones'
  | 'tags'
>;

/** The words of a record, built once per record and reused for every query. */
export function searchWords(contact: Searchable, organisationName = ''): string[] {
  const text = [
    contact.title,
    contact.givenName,
    contact.patronymic,
    contact.familyName,
    contact.organisationName,
    organisationName,
    contact.position,
    ...contact.emails.map((e) => e.value),
    ...contact.tags,
  ].join(' ');
  const digits = contact.phones.map((p) => p.value.replace(/\D/g, '')).filter((d) => d !== '');
  return [...latinTokens(text), ...digits];
}

/** The test for one query, prepared once and applied to every record's words. */
export function queryMatcher(query: string): (words: readonly string[]) => boolean {
  const wanted = latinTokens(query);
  if (wanted.length === 0) return () => true;
  const phoneDigits = query.replace(/\D/g, '');
  // A phone number typed with spaces or a country code: compare digits, ignoring a trunk 0.
  if (phoneDigits.length >= 5 && /^[\d\s+()-]+$/.test(query.trim())) {
    const tail = phoneDigits.replace(/^0+/, '');
    return (words) => words.some((w) => /^\d+$/.test(w) && w.includes(tail));
  }
  return (words) => wanted.every((token) => words.some((word) => word.startsWith(token)));
}

export function matchesQuery(words: readonly string[], query: string): boolean {
  return queryMatcher(query)(words);
}
