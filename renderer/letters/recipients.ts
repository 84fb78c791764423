/**
 * Recipients as the producer screen holds them (typed rows or rows of an imported list) and what the
 * letter service gets for each: merge fields, the name and address for the register, the salutation.
 */
import type { MethodOutput } from '../../core/api/contract';
import type { LetterLanguage, RecipientInput } from '../../core/letters/schema';
import type { Gender, SalutationInput } from '../../core/letters/salutation';
import type { RecipientField } from './fields';

export interface RecipientDraft {
  /** Stable while the screen is open: `typed-3` or `row-12` (the list's row number). */
  id: string;
  fields: Partial<Record<RecipientField, string>> & Record<string, string>;
  /** One line each: street, postal code and city… */
  address: string;
  /** Picked from the contact directory: the register entry links to the record. */
  contactId?: string;
}

export type ImportAnswer = MethodOutput<'letters.importRecipients'>;

/** "Jan Kowalski", "Іван Петрович Коваленко", or the organisation when no person is named. */
export function recipientName(draft: RecipientDraft): string {
  const f = draft.fields;
  const person = [f.givenName, f.patronymic, f.familyName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return f.fullName?.trim() || person || f.names?.trim() || f.organisation?.trim() || '';
}

/** Street on one line, postal code and city on the next. */
export function addressOf(fields: RecipientDraft['fields']): string {
  const town = [fields.postalCode, fields.city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return [fields.street?.trim(), town].filter(Boolean).join('\n');
}

/** "M", "K", "female", "kobieta", "чоловік", "ж"… → a gender, or undefined to let it be guessed. */
export function parseGender(value: string | undefined): Gender | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (v === 'male' || /^(m|mężczyzna|mezczyzna|pan|man|ч|чол|чоловік|чоловіча)\.?$/.test(v)) return 'male';
  if (v === 'female' || /^(k|f|w|kobieta|pani|woman|ж|жін|жінка|жіноча)\.?$/.test(v)) return 'female';
  return undefined;
}

/** What the salutation is suggested from; a couple or an organisation gets the plural form. */
export function salutationInputOf(draft: RecipientDraft, language: LetterLanguage): SalutationInput {
  const f = draft.fields;
  let givenName = f.givenName?.trim() ?? '';
  let familyName = f.familyName?.trim() ?? '';
  if (!givenName && !familyName && f.fullName?.trim()) {
    const [first = '', ...rest] = f.fullName.trim().split(/\s+/);
    givenName = first;
    familyName = rest.join(' ');
  }
  const gender = parseGender(f.gender);
  const nobody = !givenName && !familyName && !f.title?.trim();
  return {
    language,
    givenName,
    familyName,
    ...(f.patronymic?.trim() ? { patronymic: f.patronymic.trim() } : {}),
    ...(f.title?.trim() ? { title: f.title.trim() } : {}),
    ...(gender ? { gender } : {}),
    ...(nobody || (f.names?.trim() && !givenName) ? { form: 'plural' as const } : {}),
  };
}

/** Drafts from an imported list: each field from the column it is mapped to, plus every column by its key. */
export function draftsFromImport(answer: ImportAnswer, mapping: Record<string, string>): RecipientDraft[] {
  return answer.rows.map((row) => {
    const raw = Object.fromEntries(Object.entries(row.values).filter(([key]) => key.length <= 100));
    const mapped = Object.fromEntries(
      Object.entries(mapping)
        .filter(([, column]) => column && row.values[column])
        .map(([field, column]) => [field, row.values[column] as string]),
    );
    const fields = { ...raw, ...mapped };
    return { id: `row-${row.row}`, fields, address: addressOf(fields) };
  });
}

/** A typed row with nothing in it is left out. */
export function isBlank(draft: RecipientDraft): boolean {
  return !draft.address.trim() && Object.values(draft.fields).every((v) => !v?.trim());
}

/** The recipient as `letters.produce` takes it. */
export function toRecipientInput(draft: RecipientDraft, salutation: string): RecipientInput {
  const fields = Object.fromEntries(
    Object.entries(draft.fields)
      .map(([key, value]) => [key, (value ?? '').trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  return {
    fields,
    name: recipientName(draft),
    address: draft.address.trim(),
    salutation: salutation.trim(),
    ...(draft.contactId ? { contactId: draft.contactId } : {}),
  };
}
