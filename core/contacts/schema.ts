/**
 * The contact directory: journalists and outlets, organisations, residents and officials — one record
 * shape for people and organisations, the inputs that create and change it, and the rules between its
 * fields. Messages are i18n keys under `validation.` (new ones are listed in CONTACT_VALIDATION_KEYS).
 *
 * Personal data (GDPR/RODO): every record says where its data came from (`source`), what the person
 * agreed to (`consent`), who may see it (`visibility`) and how long it may be kept (`retentionUntil`).
 * Erasure blanks the data but keeps the record (`erasedAt`, a placeholder name), so inquiries, letters
 * and authorizations that point at it stay intact — see privacy.ts.
 */
import { z } from 'zod';
import { InstantSchema, LocalDateSchema, OUTLET_TYPES } from '../inquiries/schema';
import type { FieldIssue } from '../errors';
import { partialUpdate } from '../api/partial';
import { digitCount, MIN_PHONE_DIGITS, normalisePhone, type PhoneCountry } from './phone';

export { OUTLET_TYPES };
export type OutletType = (typeof OUTLET_TYPES)[number];

export const CONTACT_KINDS = ['person', 'organisation'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** What the contact is to the office. The outlet's type decides the authorization clock. */
export const CONTACT_CATEGORIES = [
  'journalist',
  'outlet',
  'organisation',
  'resident',
  'official',
  'other',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

/** Which categories fit which kind ('other' fits both). */
export const CATEGORIES_OF_KIND: Record<ContactKind, readonly ContactCategory[]> = {
  person: ['journalist', 'resident', 'official', 'other'],
  organisation: ['outlet', 'organisation', 'other'],
};
/** The wanted category when it fits the kind, else the kind's plain default (for imports). */
export function defaultCategory(kind: ContactKind, wanted?: ContactCategory): ContactCategory {
  if (wanted !== undefined && CATEGORIES_OF_KIND[kind].includes(wanted)) return wanted;
  return kind === 'person' ? 'other' : 'organisation';
}
/** Categories that carry an outlet type: an outlet's own, a journalist's (when not taken from the outlet). */
export const CATEGORIES_WITH_OUTLET_TYPE: readonly ContactCategory[] = ['outlet', 'journalist'];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** How we got the data: our own work, a public source (an outlet's imprint), the person's consent, an import. */
export const SOURCE_KINDS = ['own', 'public', 'consent', 'import'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who may see the record: everyone with an account, or only the press office / the secretariat (and admins). */
export const VISIBILITIES = ['everyone', 'press', 'secretariat'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Name an erased record keeps so registers that refer to it still show something. */
export const ERASED_PLACEHOLDER = '[usunięto]';

/** Validation keys this module adds to `validation.` (and to core/api/validate.ts OUR_KEYS). */
export const CONTACT_VALIDATION_KEYS = [
  'invalidEmail',
  'invalidPhone',
  'nameRequired',
  'organisationNameRequired',
  'categoryNotForKind',
  'outletTypeRequired',
  'outletTypeNotAllowed',
  'genderNotForOrganisation',
  'emptyAddress',
  'consentDateRequired',
  'consentWithdrawnButGiven',
  'withdrawnBeforeConsent',
  'invalidVcardFile',
  'unsupportedVcardVersion',
  'unsupportedEncoding',
  'mergeKindMismatch',
  'mergeErased',
] as const;

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const id = z.string().trim().min(1, 'required').max(64, 'tooLong');

/**
 * An e-mail address: no spaces, one @, a domain with at least one dot and a top-level domain of letters.
 * Letters of any script are allowed ("biuro@urząd.pl", IDN domains); a stricter check belongs to the
 * mail server.
 */
export const EMAIL_RE =
  /^[^\s@"<>(),;:\\[\]]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

export function isEmail(value: string): boolean {
  return EMAIL_RE.test(value.trim());
}

const EmailValue = z
  .string()
  .trim()
  .max(254, 'tooLong')
  .transform((v) => v.replace(/^mailto:/i, ''))
  .refine((v) => EMAIL_RE.test(v), 'invalidEmail');

/** Free text such as "redakcja", "work", "mobile"; the UI translates the well-known ones (LABELS). */
const Label = text(50);
export const WELL_KNOWN_LABELS = ['work', 'home', 'mobile', 'fax', 'other'] as const;

export const EmailEntrySchema = z.object({ value: EmailValue, label: Label.default('') });
export type EmailEntry = z.output<typeof EmailEntrySchema>;

/** `null`: checked but kept as typed (the API contract; the service then reads it in the office's country). */
function phoneValue(country: PhoneCountry | null) {
  const checked = z
    .string()
    .trim()
    .max(50, 'tooLong')
    .refine((v) => digitCount(v) >= MIN_PHONE_DIGITS, 'invalidPhone');
  return country === null ? checked : checked.transform((v) => normalisePhone(v, country).value);
}

export function phoneEntrySchema(country: PhoneCountry | null) {
  return z.object({ value: phoneValue(country), label: Label.default('') });
}
export type PhoneEntry = { value: string; label: string };

export const AddressSchema = z
  .object({
    street: text(300).default(''),
    postalCode: text(20).default(''),
    city: text(150).default(''),
    country: text(100).default(''),
  })
  .refine((a) => a.street !== '' || a.city !== '' || a.postalCode !== '', 'emptyAddress');
export type Address = z.output<typeof AddressSchema>;

export const SourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS, 'invalidChoice'),
  text: text(1000).default(''),
});
export type ContactSource = z.output<typeof SourceSchema>;

export const ConsentSchema = z.object({
  given: z.boolean(),
  at: InstantSchema.nullable().default(null),
  scope: text(1000).default(''),
  withdrawnAt: InstantSchema.nullable().default(null),
});
export type Consent = z.output<typeof ConsentSchema>;
export const NO_CONSENT: Consent = { given: false, at: null, scope: '', withdrawnAt: null };

/** Case-insensitive de-duplication that keeps the first spelling. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const Tags = z
  .array(text(60).min(1, 'required'), 'invalidType')
  .max(50, 'tooMany')
  .transform((tags) => uniqueBy(tags, (t) => t.toLocaleLowerCase('pl')));
const Lists = z
  .array(id, 'invalidType')
  .max(200, 'tooMany')
  .transform((ids) => uniqueBy(ids, (i) => i));

/** The stored record (what the repository returns; no transforms, no defaults). */
export const ContactSchema = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_KINDS),
  category: z.enum(CONTACT_CATEGORIES),
  outletType: z.enum(OUTLET_TYPES).nullable(),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string(),
  /** Honorific or degree written before the name: "dr", "prof.", "ks.". */
  title: z.string(),
  gender: z.enum(GENDERS).nullable(),
  /**
   * An organisation's name. On a person: the organisation as written (an import, a vCard) until it is
   * linked by organisationId; the linked organisation's own name wins for display.
   */
  organisationName: z.string(),
  /** A person's organisation (a journalist's outlet). */
  organisationId: z.string().nullable(),
  /** Job title / function: "reporterka", "redaktor naczelny", "dyrektor szkoły". */
  position: z.string(),
  emails: z.array(z.object({ value: z.string(), label: z.string() })),
  phones: z.array(z.object({ value: z.string(), label: z.string() })),
  addresses: z.array(
    z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
  ),
  tags: z.array(z.string()),
  /** Ids of distribution lists. */
  lists: z.array(z.string()),
  notes: z.string(),
  source: z.object({ kind: z.enum(SOURCE_KINDS), text: z.string() }),
  consent: z.object({
    given: z.boolean(),
    at: z.string().nullable(),
    scope: z.string(),
    withdrawnAt: z.string().nullable(),
  }),
  visibility: z.enum(VISIBILITIES),
  /** Local date after which the data should be erased (null: no term set). */
  retentionUntil: z.string().nullable(),
  /** Set when the personal data was erased; the record stays for the registers that point at it. */
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Fields a user types. No defaults here: an edit must change only what it names. */
function editableFields(country: PhoneCountry | null) {
  return {
    kind: z.enum(CONTACT_KINDS, 'invalidChoice'),
    category: z.enum(CONTACT_CATEGORIES, 'invalidChoice'),
    outletType: z.enum(OUTLET_TYPES, 'invalidChoice').nullable(),
    givenName: text(100),
    familyName: text(150),
    patronymic: text(100),
    title: text(50),
    gender: z.enum(GENDERS, 'invalidChoice').nullable(),
    organisationName: text(300),
    organisationId: id.nullable(),
    position: text(200),
    emails: z
      .array(EmailEntrySchema, 'invalidType')
      .max(20, 'tooMany')
      .transform((list) => uniqueBy(list, (e) => e.value.toLowerCase())),
    phones: z
      .array(phoneEntrySchema(country), 'invalidType')
      .max(20, 'tooMany')
      .transform((list) => uniqueBy(list, (p) => p.value)),
    addresses: z.array(AddressSchema, 'invalidType').max(10, 'tooMany'),
    tags: Tags,
    lists: Lists,
    notes: text(20_000),
    source: SourceSchema,
    consent: ConsentSchema,
    visibility: z.enum(VISIBILITIES, 'invalidChoice'),
    retentionUntil: LocalDateSchema.nullable(),
  };
}

/** The fields that describe a contact, as after create-parsing (no id, no timestamps). */
export type ContactFields = Omit<Contact, 'id' | 'erasedAt' | 'createdAt' | 'updatedAt'>;

/** Rules between fields, for a new record and for a stored record after an update was applied. */
export function contactIssues(c: ContactFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (c.kind === 'person') {
    if (c.givenName.trim() === '' && c.familyName.trim() === '') add('familyName', 'nameRequired');
  } else {
    if (c.organisationName.trim() === '') add('organisationName', 'organisationNameRequired');
    if (c.gender !== null) add('gender', 'genderNotForOrganisation');
  }
  if (!CATEGORIES_OF_KIND[c.kind].includes(c.category)) add('category', 'categoryNotForKind');
  if (c.category === 'outlet' && c.outletType === null) add('outletType', 'outletTypeRequired');
  if (c.outletType !== null && !CATEGORIES_WITH_OUTLET_TYPE.includes(c.category)) {
    add('outletType', 'outletTypeNotAllowed');
  }
  const { consent } = c;
  if (consent.given && consent.at === null) add('consent.at', 'consentDateRequired');
  if (consent.given && consent.withdrawnAt !== null) add('consent.withdrawnAt', 'consentWithdrawnButGiven');
  if (
    consent.at !== null &&
    consent.withdrawnAt !== null &&
    Date.parse(consent.withdrawnAt) < Date.parse(consent.at)
  ) {
    add('consent.withdrawnAt', 'withdrawnBeforeConsent');
  }
  return issues;
}

function addIssues(ctx: z.RefinementCtx, issues: FieldIssue[]): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.split('.') });
  }
}

/**
 * The create and update schemas for an office whose phone numbers are by default Polish or Ukrainian
 * (numbers written without a country code are read in that country first, then in the other).
 */
export function contactSchemas(country: PhoneCountry | null = 'PL') {
  return (SCHEMAS[country ?? 'asTyped'] ??= buildSchemas(country));
}
const SCHEMAS: Partial<Record<PhoneCountry | 'asTyped', ReturnType<typeof buildSchemas>>> = {};

function buildSchemas(country: PhoneCountry | null) {
  const fields = editableFields(country);
  const create = z
    .object({
      ...fields,
      category: fields.category.default('other'),
      outletType: fields.outletType.default(null),
      givenName: fields.givenName.default(''),
      familyName: fields.familyName.default(''),
      patronymic: fields.patronymic.default(''),
      title: fields.title.default(''),
      gender: fields.gender.default(null),
      organisationName: fields.organisationName.default(''),
      organisationId: fields.organisationId.default(null),
      position: fields.position.default(''),
      emails: fields.emails.default([]),
      phones: fields.phones.default([]),
      addresses: fields.addresses.default([]),
      tags: fields.tags.default([]),
      lists: fields.lists.default([]),
      notes: fields.notes.default(''),
      source: fields.source.default({ kind: 'own', text: '' }),
      consent: fields.consent.default(NO_CONSENT),
      visibility: fields.visibility.default('everyone'),
      retentionUntil: fields.retentionUntil.default(null),
    })
    .superRefine((value, ctx) => addIssues(ctx, contactIssues(value)));
  // Cross-field rules need the stored record: the service applies the update, then calls contactIssues.
  const update = z.object({ id }).extend(partialUpdate(z.object(fields)).shape);
  return { create, update };
}

const PL_SCHEMAS = contactSchemas('PL');
/** Create with Polish numbers first; use contactSchemas('UA') for an office in Ukraine. */
export const ContactCreateSchema = PL_SCHEMAS.create;
export const ContactUpdateSchema = PL_SCHEMAS.update;
export type ContactCreateInput = z.input<typeof ContactCreateSchema>;
/**
 * What the API contract checks: everything but the phone numbers' reading, which depends on the office's
 * country (a Ukrainian office reads "671234567" as Ukrainian) and is done by the service.
 */
export const ContactCreateInputSchema = contactSchemas(null).create;
export const ContactUpdateInputSchema = contactSchemas(null).update;
export type ContactUpdateInput = z.input<typeof ContactUpdateSchema>;

/** Name as people read it: "dr Jan Kowalski", "Олена Іванівна Шевчук", or the organisation's name. */
export function displayName(
  c: Pick<Contact, 'kind' | 'title' | 'givenName' | 'patronymic' | 'familyName' | 'organisationName'>,
): string {
  if (c.kind === 'organisation') return c.organisationName.trim();
  return [c.title, c.givenName, c.patronymic, c.familyName]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
