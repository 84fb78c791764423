/**
 * Matching keys for duplicate detection: two contacts with the same key are likely the same person or
 * organisation. Each key is one string, so finding duplicates is bucketing, never comparing all pairs.
 *
 * Names are reduced to a "skeleton" that survives the ways one Ukrainian or Polish name gets written:
 * case, diacritics (Wiśniewska = Wisniewska), Ukrainian apostrophes (’ ʼ '), Cyrillic vs Latin (KMU 2010:
 * Олена Шевчук = Olena Shevchuk), and the common Polish spellings of Ukrainian names (Ołena Szewczuk,
 * Jurij = Yurii = Yuriy, Żanna = Zhanna: sz→sh, cz→ch, zh→z, w→v, j→y, a final -iy → -ii, x→ks). Applied to every name, these
 * rules never join two names that differ in more than such spelling (Kowalski ≠ Kowalska, Jan ≠ Janina).
 * Not covered: the Polish "ch" for х (Charkiw ≠ Kharkiv) and Russian spellings (Galina ≠ Halyna).
 */
import { foldForSearch } from '../text/fold';
import { normalisePhone, type PhoneCountry } from './phone';
import { APOSTROPHES, toLatin } from '../text/translit';

export function emailKey(value: string): string | null {
  const key = value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return key.includes('@') ? key : null;
}

/** E.164 when readable, otherwise the digits when there are enough to mean something. */
export function phoneKey(value: string, country: PhoneCountry = 'PL'): string | null {
  const { e164, value: tidied } = normalisePhone(value, country);
  if (e164) return e164;
  const digits = tidied.replace(/\D/g, '');
  return digits.length >= 7 ? digits : null;
}

function skeleton(token: string): string {
  return token
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/zh/g, 'z')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/x/g, 'ks')
    .replace(/(?:iy|yi)$/, 'ii');
}

/** Lower-case Latin word tokens of any text: apostrophes dropped, Cyrillic transliterated, folded. */
export function latinTokens(text: string): string[] {
  const latin = toLatin(text.replace(APOSTROPHES, ''));
  return foldForSearch(latin)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
    .map(skeleton);
}

/**
 * A person's key: given and family name tokens, sorted (so "Kowalski Jan" in the wrong fields still
 * matches). Null unless there are at least two tokens: a lone surname says too little. The patronymic
 * is left out (often missing); duplicates.ts uses it only to tell two people apart.
 */
export function nameKey(givenName: string, familyName: string): string | null {
  const tokens = latinTokens(`${givenName} ${familyName}`);
  if (tokens.length < 2) return null;
  return tokens.sort().join(' ');
}

/** Legal forms that say nothing about which organisation it is (compared as folded token sequences). */
const LEGAL_FORMS_TEXT = [
  // Polish
  'spółka z ograniczoną odpowiedzialnością',
  'sp. z o.o.',
  'sp. z oo',
  'spółka z o.o.',
  'sp.zoo',
  'spzoo',
  'spółka akcyjna',
  'S.A.',
  'SA',
  'spółka jawna',
  'sp.j.',
  'spółka komandytowa',
  'sp.k.',
  'spółka partnerska',
  'sp.p.',
  'spółka cywilna',
  's.c.',
  'fundacja',
  'stowarzyszenie',
  // Ukrainian (and Russian ones still seen in old records)
  'товариство з обмеженою відповідальністю',
  'ТОВ',
  'ТзОВ',
  'приватне акціонерне товариство',
  'публічне акціонерне товариство',
  'акціонерне товариство',
  'ПрАТ',
  'ПАТ',
  'АТ',
  'приватне підприємство',
  'ПП',
  'комунальне підприємство',
  'КП',
  'громадська організація',
  'ГО',
  'благодійний фонд',
  'благодійна організація',
  'БФ',
  'фізична особа підприємець',
  'ФОП',
  'ООО',
  // English
  'LLC',
  'Ltd',
  'Inc',
  'GmbH',
];

const LEGAL_FORMS: string[][] = LEGAL_FORMS_TEXT.map(latinTokens)
  .filter((tokens) => tokens.length > 0)
  // Longest first, so "spółka z o.o." is removed whole before a shorter form could match its start.
  .sort((a, b) => b.length - a.length);

function withoutLegalForms(tokens: string[]): string[] {
  const kept: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const form of LEGAL_FORMS) {
      if (form.every((t, j) => tokens[i + j] === t)) {
        i += form.length;
        continue outer;
      }
    }
    kept.push(tokens[i]!);
    i++;
  }
  return kept;
}

/**
 * An organisation's key: folded, transliterated, quotes and punctuation dropped, legal forms removed —
 * „Gazeta Ostrowiecka” Sp. z o.o. = GAZETA OSTROWIECKA SP.Z O.O.; ТОВ «Укрінформ» = Ukrinform.
 * Null when nothing is left (a name that is only a legal form).
 */
export function organisationKey(name: string): string | null {
  const tokens = withoutLegalForms(latinTokens(name));
  return tokens.length > 0 ? tokens.join(' ') : null;
}
