/**
 * Which merge fields a template needs and where each comes from: the recipient (typed or imported),
 * the letter service itself (date, number, signatory…), or typed once for the whole batch.
 */
import type { LetterTemplate } from '../../core/letters/schema';

/** Fields a recipient can carry, typed in the table or taken from a column of an imported list. */
export const RECIPIENT_FIELDS = [
  'givenName',
  'familyName',
  'patronymic',
  'title',
  'gender',
  'organisation',
  'position',
  'street',
  'postalCode',
  'city',
  'email',
  'fullName',
  'names',
  'years',
  'date',
] as const;
export type RecipientField = (typeof RECIPIENT_FIELDS)[number];

/** The typed table always has these columns (and the address); the others only when the template uses them. */
export const TYPED_FIELDS = ['givenName', 'familyName', 'title', 'gender', 'organisation'] as const;
const OPTIONAL_TYPED: readonly RecipientField[] = ['patronymic', 'position', 'email', 'names', 'years'];

/**
 * What the letter service fills in every letter (main/letters/builtin COMMON_FIELDS), as a template's
 * mapping may name it. `date` is the letter's date unless a recipient brings a `date` of their own.
 */
export const SERVICE_FIELDS = [
  'date',
  'regNo',
  'salutation',
  'subject',
  'place',
  'recipient.name',
  'recipient.organisation',
  'signatory.name',
  'signatory.function',
  'letterhead.office',
  'letterhead.city',
  'letterhead.address',
] as const;
/** Also filled by the service, but as lists, flags or images: never typed. */
const SERVICE_ONLY = ['recipient.addressLines', 'letterhead.show', 'hasCrest', 'crest'];
const SERVICE_PREFIXES = ['recipient.', 'signatory.', 'letterhead.'];

const isRecipientField = (name: string): name is RecipientField =>
  (RECIPIENT_FIELDS as readonly string[]).includes(name);
const isServiceField = (name: string) =>
  (SERVICE_FIELDS as readonly string[]).includes(name) ||
  SERVICE_ONLY.includes(name) ||
  SERVICE_PREFIXES.some((prefix) => name.startsWith(prefix));

/** Where a placeholder's value comes from: its mapping, or (unmapped) its own name. */
function sourceOf(template: LetterTemplate, placeholder: string): string {
  return template.mapping[placeholder] || placeholder;
}

/** Placeholders inside a loop (`couples.names`) are filled per item, not per letter. */
function inLoop(template: LetterTemplate, placeholder: string): boolean {
  return template.loops.some((loop) => placeholder.startsWith(`${loop}.`));
}

/** Fields typed once for the whole batch: placeholders that neither a recipient nor the service fills. */
export function commonFieldsOf(template: LetterTemplate | undefined): string[] {
  if (!template) return [];
  const names = template.placeholders
    .filter((p) => !inLoop(template, p))
    .map((p) => sourceOf(template, p))
    .filter((source) => !isRecipientField(source) && !isServiceField(source));
  return [...new Set(names)];
}

/** The extra columns of the typed table for this template (names, years… and the patronymic in Ukrainian). */
export function extraRecipientFieldsOf(template: LetterTemplate | undefined): RecipientField[] {
  if (!template) return [];
  const used = new Set(template.placeholders.map((p) => sourceOf(template, p)));
  if (template.language === 'uk') used.add('patronymic');
  return OPTIONAL_TYPED.filter((field) => used.has(field));
}

/** A first guess of the field behind a Word template's placeholder, from its name in PL, UK or EN. */
const GUESSES: Record<string, string> = {
  imie: 'givenName',
  imya: 'givenName',
  firstname: 'givenName',
  nazwisko: 'familyName',
  prizvyshche: 'familyName',
  lastname: 'familyName',
  surname: 'familyName',
  pobatkovi: 'patronymic',
  tytul: 'title',
  plec: 'gender',
  instytucja: 'organisation',
  organizacja: 'organisation',
  szkola: 'organisation',
  stanowisko: 'position',
  ulica: 'street',
  adres: 'street',
  kodpocztowy: 'postalCode',
  miejscowosc: 'city',
  miasto: 'city',
  misto: 'city',
  email: 'email',
  imieinazwisko: 'fullName',
  pib: 'fullName',
  malzonkowie: 'names',
  lata: 'years',
  data: 'date',
  numer: 'regNo',
  znak: 'regNo',
  zwrot: 'salutation',
  powitanie: 'salutation',
  temat: 'subject',
  dotyczy: 'subject',
  podpis: 'signatory.name',
};
const CYRILLIC: Record<string, string> = {
  імя: 'imya',
  імʼя: 'imya',
  "ім'я": 'imya',
  прізвище: 'prizvyshche',
  побатькові: 'pobatkovi',
};

function fold(text: string): string {
  const lower = text.toLowerCase().replace(/[\s_.-]+/g, '');
  const cyrillic = CYRILLIC[lower];
  if (cyrillic) return cyrillic;
  return lower
    .replace(/ł/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The mapping offered for a newly inspected template ('' = as typed in the batch, under its own name). */
export function guessMapping(placeholders: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    placeholders.map((p) => {
      if (isRecipientField(p) || (SERVICE_FIELDS as readonly string[]).includes(p)) return [p, p];
      return [p, GUESSES[fold(p)] ?? ''];
    }),
  );
}

/** A mapping without the placeholders left "as typed in the batch". */
export function cleanMapping(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, source]) => source !== ''));
}
