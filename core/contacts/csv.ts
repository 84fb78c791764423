/**
 * Contacts ↔ spreadsheet rows.
 *
 * Export: CSV for Polish (and Ukrainian) Excel — UTF-8 with a BOM (without it Excel reads the file as
 * Windows-1250 and "Wiśniewska" turns into mojibake), `;` as the separator (Excel in a Polish locale
 * splits on `;`, because `,` is the decimal comma), CRLF row ends, RFC 4180 quoting. Headers and the
 * category/outlet-type values are passed in, translated into the office's language.
 *
 * Spreadsheet formulas: a cell that starts with = + - @ (or a tab/CR) would be run as a formula by
 * Excel ("+48 600 123 456" gives an error, "=HYPERLINK(…)" from a hostile import does worse), so such a
 * cell is written with a leading apostrophe, which Excel takes as "text" (OWASP's CSV-injection advice).
 * contactFromRow drops that apostrophe again when reading phones.
 *
 * Import: reading the file is done by main/letters/recipients (encodings, delimiters, xlsx); here one row,
 * already split into named cells, becomes a contact create input plus its problems.
 */
import type { FieldIssue } from '../errors';
import { foldForSearch } from '../text/fold';
import { formatPhone, type PhoneCountry } from './phone';
import {
  CONTACT_CATEGORIES,
  contactSchemas,
  defaultCategory,
  displayName,
  isEmail,
  OUTLET_TYPES,
  type Contact,
  type ContactCategory,
  type ContactCreateInput,
  type ContactKind,
  type OutletType,
} from './schema';
import { issuesOf } from './issues';

export const CSV_COLUMNS = [
  'displayName',
  'category',
  'outletType',
  'title',
  'givenName',
  'patronymic',
  'familyName',
  'organisation',
  'position',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'tags',
  'lists',
  'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvLabels {
  headers: Record<CsvColumn, string>;
  categories?: Partial<Record<ContactCategory, string>>;
  outletTypes?: Partial<Record<OutletType, string>>;
}

export interface CsvExportOptions {
  labels: CsvLabels;
  /** Which columns, in which order; default all of CSV_COLUMNS. */
  columns?: readonly CsvColumn[];
  /** Names of linked organisations (a person's organisationId), by id. */
  organisationNames?: Readonly<Record<string, string>>;
  /** Names of distribution lists, by id. */
  listNames?: Readonly<Record<string, string>>;
  /** Erased records are left out unless this is true. */
  includeErased?: boolean;
}

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
/** Several e-mails, phones or tags in one cell. */
export const MULTI_VALUE_SEPARATOR = ', ';

/** Quotes a cell when it must be (separator, quote, line break, edge spaces) and defuses formulas. */
export function csvCell(value: string): string {
  let cell = value;
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  if (/[";\r\n]/.test(cell) || /^\s|\s$/.test(cell)) cell = `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

function cellOf(c: Contact, column: CsvColumn, options: CsvExportOptions): string {
  const address = c.addresses[0];
  const { labels } = options;
  switch (column) {
    case 'displayName':
      return displayName(c);
    case 'category':
      return labels.categories?.[c.category] ?? c.category;
    case 'outletType':
      return c.outletType === null ? '' : (labels.outletTypes?.[c.outletType] ?? c.outletType);
    case 'title':
    case 'givenName':
    case 'patronymic':
    case 'familyName':
    case 'position':
    case 'notes':
      return c[column];
    case 'organisation':
      return (
        (c.organisationId !== null ? options.organisationNames?.[c.organisationId] : undefined) ??
        c.organisationName
      );
    case 'email':
      return c.emails.map((e) => e.value).join(MULTI_VALUE_SEPARATOR);
    case 'phone':
      return c.phones.map((p) => formatPhone(p.value)).join(MULTI_VALUE_SEPARATOR);
    case 'street':
    case 'postalCode':
    case 'city':
    case 'country':
      return address?.[column] ?? '';
    case 'tags':
      return c.tags.join(MULTI_VALUE_SEPARATOR);
    case 'lists':
      return c.lists.map((id) => options.listNames?.[id] ?? id).join(MULTI_VALUE_SEPARATOR);
  }
}

/** The whole file as text (starting with the BOM); write it as UTF-8. */
export function contactsToCsv(contacts: readonly Contact[], options: CsvExportOptions): string {
  const columns = options.columns ?? CSV_COLUMNS;
  const rows = [columns.map((column) => options.labels.headers[column])];
  for (const c of contacts) {
    if (c.erasedAt !== null && !options.includeErased) continue;
    rows.push(columns.map((column) => cellOf(c, column, options)));
  }
  return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// One imported row → a create input
// ---------------------------------------------------------------------------------------------

export const ROW_FIELDS = [
  'fullName',
  'givenName',
  'familyName',
  'patronymic',
  'title',
  'gender',
  'organisation',
  'position',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'tags',
  'notes',
  'category',
  'outletType',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** Which column (a key of the row's values) holds which field. */
export type RowMapping = Partial<Record<RowField, string>>;

export interface RowOptions {
  /** Kind when the row does not make it clear; default: a person when there is a name, else an organisation. */
  kind?: ContactKind;
  /**
   * Category when the row has none, when it fits the row's kind; otherwise 'other' for people and
   * 'organisation' for organisations.
   */
  category?: ContactCategory;
  /** Order of the words in a full-name column; default given name first ("Jan Kowalski"). */
  nameOrder?: 'givenFirst' | 'familyFirst';
  /** Translated labels the file may use for categories and outlet types (as in the CSV export). */
  labels?: Pick<CsvLabels, 'categories' | 'outletTypes'>;
  /** Written into source.text, e.g. the file name. */
  sourceText?: string;
  phoneCountry?: PhoneCountry;
}

export interface ImportProblem extends FieldIssue {
  /** The value that was dropped or refused, when there is one. */
  value?: string;
}

export interface ImportedContact {
  /** Valid for ContactCreateSchema; null when the row cannot become a contact. */
  input: ContactCreateInput | null;
  problems: ImportProblem[];
}

/** Gender as spreadsheets write it (Polish, Ukrainian, English), folded. */
const MALE = ['m', 'male', 'man', 'mężczyzna', 'pan', 'ч', 'чол', 'чоловік', 'чоловіча', 'пан'];
const FEMALE = ['f', 'k', 'female', 'woman', 'kobieta', 'pani', 'ж', 'жін', 'жінка', 'жіноча', 'пані'];
/** Gender as spreadsheets write it (Polish, Ukrainian, English), folded. */
const GENDER_WORDS = new Map<string, 'male' | 'female'>([
  ...MALE.map((w) => [foldForSearch(w), 'male'] as const),
  ...FEMALE.map((w) => [foldForSearch(w), 'female'] as const),
]);

function parseGender(raw: string): 'male' | 'female' | null | undefined {
  const key = foldForSearch(raw.trim()).replace(/\.$/, '');
  if (key === '') return null;
  return GENDER_WORDS.get(key);
}

function parseChoice<T extends string>(
  raw: string,
  values: readonly T[],
  labels: Partial<Record<T, string>> | undefined,
): T | null | undefined {
  const key = foldForSearch(raw.trim());
  if (key === '') return null;
  const direct = values.find((v) => foldForSearch(v) === key);
  if (direct) return direct;
  return values.find((v) => labels?.[v] !== undefined && foldForSearch(labels[v]!.trim()) === key);
}

const PATRONYMIC_END = /(ович|евич|йович|івна|ївна|овна|евна|ич|ovych|ivna|yivna|ovna|ovich)$/i;

/** "Jan Kowalski", "Kowalski Jan" (familyFirst), "Шевчук Олена Іванівна" (ПІБ: family, given, patronymic). */
export function splitFullName(
  full: string,
  order: 'givenFirst' | 'familyFirst' = 'givenFirst',
): { givenName: string; familyName: string; patronymic: string } {
  const words = full
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return { givenName: '', familyName: '', patronymic: '' };
  if (words.length === 1) return { givenName: '', familyName: words[0]!, patronymic: '' };
  if (words.length === 3 && PATRONYMIC_END.test(words[2]!)) {
    return { familyName: words[0]!, givenName: words[1]!, patronymic: words[2]! };
  }
  if (words.length === 3 && PATRONYMIC_END.test(words[1]!)) {
    return { givenName: words[0]!, patronymic: words[1]!, familyName: words[2]! };
  }
  if (order === 'familyFirst')
    return { familyName: words[0]!, givenName: words.slice(1).join(' '), patronymic: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words[words.length - 1]!, patronymic: '' };
}

const splitList = (raw: string): string[] =>
  raw
    .split(/[,;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export function contactFromRow(
  values: Readonly<Record<string, string>>,
  mapping: RowMapping,
  options: RowOptions = {},
): ImportedContact {
  const problems: ImportProblem[] = [];
  const get = (field: RowField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (values[column] ?? '').trim();
  };

  let { givenName, familyName, patronymic } = {
    givenName: get('givenName'),
    familyName: get('familyName'),
    patronymic: get('patronymic'),
  };
  const organisation = get('organisation');
  // A full name that is the organisation's own (our export's "Name" of an outlet), or a row of a file
  // with separate name columns left empty beside an organisation, is an organisation, not a person.
  const namesOrganisation =
    organisation !== '' &&
    (foldForSearch(get('fullName')) === foldForSearch(organisation) ||
      mapping.givenName !== undefined ||
      mapping.familyName !== undefined);
  if (givenName === '' && familyName === '' && get('fullName') !== '' && !namesOrganisation) {
    const split = splitFullName(get('fullName'), options.nameOrder);
    givenName = split.givenName;
    familyName = split.familyName;
    if (patronymic === '') patronymic = split.patronymic;
  }
  const kind: ContactKind =
    options.kind ??
    (givenName === '' && familyName === '' && organisation !== '' ? 'organisation' : 'person');

  const category = parseChoice(get('category'), CONTACT_CATEGORIES, options.labels?.categories);
  if (category === undefined)
    problems.push({ path: 'category', message: 'invalidChoice', value: get('category') });
  const outletType = parseChoice(get('outletType'), OUTLET_TYPES, options.labels?.outletTypes);
  if (outletType === undefined) {
    problems.push({ path: 'outletType', message: 'invalidChoice', value: get('outletType') });
  }
  const gender = kind === 'person' ? parseGender(get('gender')) : null;
  if (gender === undefined) problems.push({ path: 'gender', message: 'invalidChoice', value: get('gender') });

  const emails = splitList(get('email')).filter((e) => {
    if (isEmail(e.replace(/^mailto:/i, ''))) return true;
    problems.push({ path: 'emails', message: 'invalidEmail', value: e });
    return false;
  });
  const phones = splitList(get('phone').replace(/^'+/, '')).filter((p) => {
    if (/\d.*\d.*\d/.test(p)) return true;
    problems.push({ path: 'phones', message: 'invalidPhone', value: p });
    return false;
  });
  const address = {
    street: get('street'),
    postalCode: get('postalCode'),
    city: get('city'),
    country: get('country'),
  };

  const input: ContactCreateInput = {
    kind,
    category: category ?? defaultCategory(kind, options.category),
    outletType: outletType ?? null,
    givenName: kind === 'person' ? givenName : '',
    familyName: kind === 'person' ? familyName : '',
    patronymic: kind === 'person' ? patronymic : '',
    title: get('title'),
    gender: gender ?? null,
    organisationName: organisation,
    position: get('position'),
    emails: emails.map((value) => ({ value, label: '' })),
    phones: phones.map((value) => ({ value, label: '' })),
    addresses: address.street || address.postalCode || address.city ? [address] : [],
    tags: splitList(get('tags')),
    notes: get('notes'),
    source: { kind: 'import', text: options.sourceText ?? '' },
  };
  const parsed = contactSchemas(options.phoneCountry ?? 'PL').create.safeParse(input);
  if (!parsed.success) return { input: null, problems: [...problems, ...issuesOf(parsed.error)] };
  return { input, problems };
}
