/**
 * vCard (.vcf) export and import, for phones, Outlook, Google Contacts and Thunderbird.
 *
 * Export writes vCard 4.0 (RFC 6350) by hand: ical.js can serialise a vCard but folds lines by
 * characters, not octets, so a line of Polish or Ukrainian text comes out longer than the 75 octets
 * the RFC allows. Escaping, UTF-8-safe folding and CRLF come from the calendar's tested helpers
 * (core/calendar/ics/text.ts — the rules of RFC 5545 and RFC 6350 are the same there). What we write:
 * KIND, FN, N (family; given; patronymic as the additional name; title as the prefix), ORG, TITLE
 * (the position), GENDER, EMAIL, TEL (a tel: URI for numbers in E.164, text otherwise), ADR, NOTE,
 * CATEGORIES (the tags), and X-PRESSDESK-CATEGORY / X-PRESSDESK-OUTLET-TYPE so that our own file comes
 * back with the same category. A label that is not a vCard TYPE ("redakcja") is written the way Apple
 * and Google write one: `item1.EMAIL:…` + `item1.X-ABLabel:redakcja`.
 * Never exported: consent, source, visibility, retention, distribution lists — they are the office's
 * records about the person, not contact data to hand to another program.
 *
 * Import reads vCard 3.0 and 4.0 with ical.js (`ICAL.parse` → jCard) and maps each card to a create
 * input, with a list of problems per card (a bad e-mail is dropped and reported; a card without any
 * name is refused). vCard 2.1 is read as far as it goes; its QUOTED-PRINTABLE values are reported and
 * left out rather than stored garbled.
 */
import ICAL from 'ical.js';
import { AppError } from '../errors';
import { escapeText, joinContentLines, splitTextList, unescapeText } from '../calendar/ics/text';
import { splitFullName, type ImportedContact, type ImportProblem } from './csv';
import { issuesOf } from './issues';
import type { PhoneCountry } from './phone';
import {
  CONTACT_CATEGORIES,
  contactSchemas,
  defaultCategory,
  displayName,
  isEmail,
  OUTLET_TYPES,
  type Address,
  type Contact,
  type ContactCategory,
  type ContactCreateInput,
  type OutletType,
} from './schema';

export const DEFAULT_VCARD_PRODUCT_ID = '-//PressDesk//PressDesk Contacts//PL';

export interface VcardExportOptions {
  /** Names of linked organisations (a person's organisationId), by id, for ORG. */
  organisationNames?: Readonly<Record<string, string>>;
  productId?: string;
  /** Erased records are left out unless this is true. */
  includeErased?: boolean;
}

/** A TEXT value of a single-valued property (FN, TITLE, NOTE): backslash, comma and line breaks. */
function escapeSingle(value: string): string {
  // escapeText also escapes ';', which a 4.0 reader (ical.js among them) keeps as "\;" in NOTE or FN.
  return escapeText(value).replace(/\\;/g, ';');
}

/** A structured value (N, ADR, ORG): each component fully escaped, joined by ';'. */
function structured(components: readonly string[]): string {
  return components.map((c) => escapeText(c.trim())).join(';');
}

const EMAIL_TYPES: Record<string, string> = { work: 'work', home: 'home' };
const TEL_TYPES: Record<string, string> = { work: 'work', home: 'home', mobile: 'cell', fax: 'fax' };

function labelled(
  name: string,
  params: string[],
  value: string,
  label: string,
  types: Record<string, string>,
  nextGroup: () => string,
): string[] {
  const key = label.trim().toLowerCase();
  if (key === '' || key === 'other') return [`${name}${params.map((p) => `;${p}`).join('')}:${value}`];
  const type = types[key];
  if (type) return [`${name}${[...params, `TYPE=${type}`].map((p) => `;${p}`).join('')}:${value}`];
  const group = nextGroup();
  return [
    `${group}.${name}${params.map((p) => `;${p}`).join('')}:${value}`,
    `${group}.X-ABLabel:${escapeSingle(label.trim())}`,
  ];
}

function vcardLines(c: Contact, options: VcardExportOptions): string[] {
  let groups = 0;
  const nextGroup = () => `item${++groups}`;
  const isOrg = c.kind === 'organisation';
  const org =
    (c.organisationId !== null ? options.organisationNames?.[c.organisationId] : undefined) ??
    c.organisationName;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `PRODID:${escapeSingle(options.productId ?? DEFAULT_VCARD_PRODUCT_ID)}`,
    `KIND:${isOrg ? 'org' : 'individual'}`,
    `FN:${escapeSingle(displayName(c) || org)}`,
    isOrg ? 'N:;;;;' : `N:${structured([c.familyName, c.givenName, c.patronymic, c.title, ''])}`,
  ];
  if (org.trim() !== '') lines.push(`ORG:${escapeText(org.trim())}`);
  if (isOrg) lines.push('X-ABShowAs:COMPANY');
  if (c.position.trim() !== '') lines.push(`TITLE:${escapeSingle(c.position.trim())}`);
  if (c.gender !== null) lines.push(`GENDER:${c.gender === 'male' ? 'M' : 'F'}`);
  for (const e of c.emails)
    lines.push(...labelled('EMAIL', [], escapeSingle(e.value), e.label, EMAIL_TYPES, nextGroup));
  for (const p of c.phones) {
    const uri = /^\+\d{6,15}$/.test(p.value);
    const value = uri ? `tel:${p.value}` : escapeSingle(p.value);
    lines.push(...labelled('TEL', [uri ? 'VALUE=uri' : 'VALUE=text'], value, p.label, TEL_TYPES, nextGroup));
  }
  for (const a of c.addresses) {
    lines.push(`ADR:${structured(['', '', a.street, a.city, '', a.postalCode, a.country])}`);
  }
  if (c.notes.trim() !== '') lines.push(`NOTE:${escapeSingle(c.notes)}`);
  if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(escapeSingle).join(',')}`);
  lines.push(`X-PRESSDESK-CATEGORY:${c.category}`);
  if (c.outletType !== null) lines.push(`X-PRESSDESK-OUTLET-TYPE:${c.outletType}`);
  lines.push('END:VCARD');
  return lines;
}

/** All contacts as one .vcf text (CRLF line ends, lines folded at 75 octets). */
export function contactsToVcard(contacts: readonly Contact[], options: VcardExportOptions = {}): string {
  const lines = contacts
    .filter((c) => c.erasedAt === null || options.includeErased)
    .flatMap((c) => vcardLines(c, options));
  return lines.length === 0 ? '' : joinContentLines(lines);
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

export interface VcardImportOptions {
  /** Written into source.text, e.g. the file name. */
  sourceText?: string;
  /**
   * Category of cards that do not carry ours, when it fits the card's kind; otherwise 'other' for people
   * and 'organisation' for organisations.
   */
  category?: ContactCategory;
  phoneCountry?: PhoneCountry;
}

export interface ImportedCard extends ImportedContact {
  /** 1-based position of the card in the file. */
  index: number;
  /** FN (or the name we could make), to show next to the problems. */
  name: string;
}

type JProp = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

/** Google's system groups, not tags anyone chose. */
const SYSTEM_CATEGORIES = new Set(['mycontacts', 'starred']);

function paramList(prop: JProp, name: string): string[] {
  const value = prop[1][name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim().toLowerCase());
}

function cardVersion(props: readonly JProp[]): string {
  const v = props.find((p) => p[0] === 'version')?.[3];
  return typeof v === 'string' ? v.trim() : '';
}

/** One value as text: structured parts joined, raw X- values unescaped, 3.0's "\;" unescaped. */
function textValue(prop: JProp, version: string): string {
  const value = prop[3];
  let text = Array.isArray(value) ? value.map(String).join(' ') : value === undefined ? '' : String(value);
  if (prop[2] === 'unknown') text = unescapeText(text);
  else if (version !== '4.0') text = text.replace(/\\;/g, ';');
  return text.replace(/\r\n?/g, '\n');
}

/** Components of a structured value (N, ADR, ORG); a component with several values is joined. */
function components(prop: JProp | undefined, join = ' '): string[] {
  if (!prop) return [];
  const value = prop[3];
  const parts = Array.isArray(value) ? value : [value];
  return parts.map((part) =>
    (Array.isArray(part)
      ? part
          .map(String)
          .filter((s) => s.trim() !== '')
          .join(join)
      : String(part ?? '')
    ).trim(),
  );
}

/** Apple's/Google's label wrapping: "_$!<Mobile>!$_" → "Mobile". */
const unwrapLabel = (label: string): string => label.replace(/^_\$!<(.*)>!\$_$/, '$1').trim();

function labelOf(prop: JProp, props: readonly JProp[], version: string, kind: 'email' | 'tel'): string {
  const group = prop[1].group;
  if (typeof group === 'string') {
    const custom = props.find((p) => p[0] === 'x-ablabel' && p[1].group === group);
    if (custom) {
      const label = unwrapLabel(textValue(custom, version));
      if (label !== '') return label;
    }
  }
  const types = paramList(prop, 'type');
  if (kind === 'tel' && types.includes('fax')) return 'fax';
  if (kind === 'tel' && types.includes('cell')) return 'mobile';
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'home';
  return '';
}

function choice<T extends string>(raw: string, values: readonly T[]): T | null {
  const v = raw.trim().toLowerCase();
  return (values as readonly string[]).includes(v) ? (v as T) : null;
}

function cardToInput(
  props: readonly JProp[],
  options: VcardImportOptions,
): ImportedContact & { name: string } {
  const problems: ImportProblem[] = [];
  const version = cardVersion(props);
  if (version !== '3.0' && version !== '4.0') {
    problems.push({ path: 'version', message: 'unsupportedVcardVersion', value: version });
  }
  const usable = props.filter((p) => {
    const encoding = paramList(p, 'encoding');
    if (encoding.includes('quoted-printable')) {
      problems.push({ path: p[0], message: 'unsupportedEncoding', value: 'QUOTED-PRINTABLE' });
      return false;
    }
    return !(encoding.includes('b') || encoding.includes('base64'));
  });
  const all = (name: string) => usable.filter((p) => p[0] === name);
  const first = (name: string) => all(name)[0];
  const text = (name: string) => {
    const prop = first(name);
    return prop ? textValue(prop, version).trim() : '';
  };

  const fn = text('fn');
  const [family = '', given = '', additional = '', prefix = ''] = components(first('n'));
  const org = components(first('org'))
    .filter((part) => part !== '')
    .join(', ');
  const kindValue = text('kind').toLowerCase();
  const showAs = text('x-abshowas').toUpperCase();
  const noPersonName = family === '' && given === '';
  const isOrg =
    kindValue === 'org' ||
    kindValue === 'organization' ||
    showAs === 'COMPANY' ||
    (noPersonName && org !== '' && (fn === '' || fn === org));

  let names = { givenName: given, familyName: family, patronymic: additional };
  if (!isOrg && noPersonName && fn !== '') names = splitFullName(fn);

  const emails: { value: string; label: string }[] = [];
  for (const prop of all('email')) {
    const value = textValue(prop, version)
      .trim()
      .replace(/^mailto:/i, '');
    if (value === '') continue;
    if (isEmail(value)) emails.push({ value, label: labelOf(prop, usable, version, 'email') });
    else problems.push({ path: 'emails', message: 'invalidEmail', value });
  }
  const phones: { value: string; label: string }[] = [];
  for (const prop of all('tel')) {
    const value = textValue(prop, version).trim().replace(/^tel:/i, '');
    if (value === '') continue;
    if (/\d.*\d.*\d/.test(value)) phones.push({ value, label: labelOf(prop, usable, version, 'tel') });
    else problems.push({ path: 'phones', message: 'invalidPhone', value });
  }
  const addresses: Address[] = [];
  for (const prop of all('adr')) {
    const [, extended = '', street = '', city = '', , postalCode = '', country = ''] = components(prop, ', ');
    const address = {
      street: [street, extended].filter((s) => s !== '').join(' '),
      postalCode,
      city,
      country,
    };
    if (address.street !== '' || address.city !== '' || address.postalCode !== '') addresses.push(address);
  }
  const tags = all('categories')
    .flatMap((prop) => {
      const values = prop.slice(3).map(String);
      return prop[2] === 'unknown' ? values.flatMap(splitTextList) : values;
    })
    .map((v) => v.trim())
    .filter((v) => v !== '' && !SYSTEM_CATEGORIES.has(v.toLowerCase()));
  const notes = all('note')
    .map((prop) => textValue(prop, version).trim())
    .filter((n) => n !== '')
    .join('\n\n');
  const genderRaw = text('gender').split(';')[0]!.trim().toUpperCase();
  const ownCategory = choice<ContactCategory>(text('x-pressdesk-category'), CONTACT_CATEGORIES);
  const outletType = choice<OutletType>(text('x-pressdesk-outlet-type'), OUTLET_TYPES);
  const position = text('title') || text('role');

  const input: ContactCreateInput = {
    kind: isOrg ? 'organisation' : 'person',
    category: ownCategory ?? defaultCategory(isOrg ? 'organisation' : 'person', options.category),
    outletType,
    givenName: isOrg ? '' : names.givenName,
    familyName: isOrg ? '' : names.familyName,
    patronymic: isOrg ? '' : names.patronymic,
    title: isOrg ? '' : prefix,
    gender: isOrg ? null : genderRaw === 'M' ? 'male' : genderRaw === 'F' ? 'female' : null,
    organisationName: isOrg ? org || fn : org,
    position,
    emails,
    phones,
    addresses,
    tags,
    notes,
    source: { kind: 'import', text: options.sourceText ?? '' },
  };
  const name = fn || (isOrg ? org : [names.givenName, names.familyName].join(' ').trim());
  const parsed = contactSchemas(options.phoneCountry ?? 'PL').create.safeParse(input);
  if (!parsed.success) return { input: null, problems: [...problems, ...issuesOf(parsed.error)], name };
  return { input, problems, name };
}

/**
 * vCard 2.1 writes bare parameters ("TEL;CELL;VOICE:…"), which ical.js refuses: they become TYPE=….
 * Only the name-and-parameters part of lines that start a property is touched.
 */
function typeBareParameters(text: string): string {
  return text.replace(/^([A-Za-z0-9.-]+)(;[^:\r\n"]*)(?=:)/gm, (_m, name: string, params: string) => {
    return name + params.replace(/;([A-Za-z0-9-]+)(?=;|$)/g, ';TYPE=$1');
  });
}

function invalidFile(): AppError {
  return new AppError('VALIDATION', {}, [{ path: 'file', message: 'invalidVcardFile' }]);
}

/** Every card of a .vcf file. Throws AppError VALIDATION ('invalidVcardFile') when it is not vCard at all. */
export function contactsFromVcard(text: string, options: VcardImportOptions = {}): ImportedCard[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(typeBareParameters(text.replace(/^\uFEFF/, '')));
  } catch {
    throw invalidFile();
  }
  // ical.js returns one component, or a list when the file holds several cards.
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const cards = list.filter(
    (c): c is [string, JProp[], unknown[]] => Array.isArray(c) && c[0] === 'vcard' && Array.isArray(c[1]),
  );
  if (cards.length === 0) throw invalidFile();
  return cards.map((card, i) => ({ index: i + 1, ...cardToInput(card[1], options) }));
}
