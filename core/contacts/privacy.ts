/**
 * Personal data rights (GDPR/RODO) for the contact directory:
 * - access (art. 15): `exportPersonData` — everything held about one person, with the references to
 *   the records in other modules that mention them, as one JSON-ready object;
 * - erasure (art. 17): `erase` — the patch that blanks the personal data but keeps the record's id,
 *   kind and category and a placeholder name, so the legal registers (inquiries, letters,
 *   authorizations) that point at it stay intact — they are kept under their own legal basis;
 * - who may see a record: `canSee`;
 * - storage limitation: `dueForErasure` — records past their retention date.
 */
import type { Role } from '../sync/permissions';
import { displayName, ERASED_PLACEHOLDER, NO_CONSENT, type Contact } from './schema';

/** A record in another module that refers to the contact (the caller collects them). */
export interface HistoryReference {
  /** 'inquiries' | 'authorizations' | 'letters' | 'corrections' | … */
  module: string;
  id: string;
  /** Register number, when the module has one. */
  regNo?: string;
  /** Instant or local date of the record. */
  date?: string;
  /** Subject or title, as the module shows it. */
  title?: string;
  /** How the contact figures in it: 'journalist', 'recipient', 'outlet', … */
  role?: string;
}

export interface PersonDataExportOptions {
  /** Moment of the export (written into the file); default now. */
  exportedAt?: Date;
  /** Names of the distribution lists, by id. */
  listNames?: Readonly<Record<string, string>>;
  /** Name of the linked organisation (contact.organisationId). */
  organisationName?: string;
}

export interface PersonDataExport {
  format: 'pressdesk-contact-data';
  version: 1;
  exportedAt: string;
  contact: {
    id: string;
    displayName: string;
    kind: Contact['kind'];
    category: Contact['category'];
    outletType: Contact['outletType'];
    title: string;
    givenName: string;
    patronymic: string;
    familyName: string;
    gender: Contact['gender'];
    organisation: { id: string | null; name: string };
    position: string;
    emails: { value: string; label: string }[];
    phones: { value: string; label: string }[];
    addresses: { street: string; postalCode: string; city: string; country: string }[];
    tags: string[];
    distributionLists: { id: string; name: string | null }[];
    notes: string;
    source: { kind: Contact['source']['kind']; text: string };
    consent: { given: boolean; at: string | null; scope: string; withdrawnAt: string | null };
    visibility: Contact['visibility'];
    retentionUntil: string | null;
    erasedAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  /** References by module, each list in date order. */
  history: Record<string, HistoryReference[]>;
}

export function exportPersonData(
  contact: Contact,
  history: readonly HistoryReference[],
  options: PersonDataExportOptions = {},
): PersonDataExport {
  const byModule: Record<string, HistoryReference[]> = {};
  for (const ref of history) {
    const copy: HistoryReference = { ...ref };
    (byModule[ref.module] ??= []).push(copy);
  }
  for (const refs of Object.values(byModule)) {
    refs.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  }
  return {
    format: 'pressdesk-contact-data',
    version: 1,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    contact: {
      id: contact.id,
      displayName: displayName(contact),
      kind: contact.kind,
      category: contact.category,
      outletType: contact.outletType,
      title: contact.title,
      givenName: contact.givenName,
      patronymic: contact.patronymic,
      familyName: contact.familyName,
      gender: contact.gender,
      organisation: {
        id: contact.organisationId,
        name: options.organisationName ?? contact.organisationName,
      },
      position: contact.position,
      emails: contact.emails.map((e) => ({ value: e.value, label: e.label })),
      phones: contact.phones.map((p) => ({ value: p.value, label: p.label })),
      addresses: contact.addresses.map((a) => ({
        street: a.street,
        postalCode: a.postalCode,
        city: a.city,
        country: a.country,
      })),
      tags: [...contact.tags],
      distributionLists: contact.lists.map((id) => ({ id, name: options.listNames?.[id] ?? null })),
      notes: contact.notes,
      source: { kind: contact.source.kind, text: contact.source.text },
      consent: { ...contact.consent },
      visibility: contact.visibility,
      retentionUntil: contact.retentionUntil,
      erasedAt: contact.erasedAt,
      createdAt: contact.createdAt,
      updatedAt: contact.updatedAt,
    },
    history: byModule,
  };
}

/** Every field erase() changes; id, kind, category, outletType, visibility and timestamps stay. */
export type ErasePatch = Omit<
  Contact,
  'id' | 'kind' | 'category' | 'outletType' | 'visibility' | 'createdAt' | 'updatedAt'
>;

/**
 * The patch that erases a contact's personal data. The record keeps its id (registers point at it),
 * kind, category and outlet type (not personal data; the outlet type decides past authorization
 * clocks) and shows the placeholder instead of the name. Erasing an erased record keeps its first
 * erasure time.
 */
export function erase(contact: Contact, now: Date, placeholder: string = ERASED_PLACEHOLDER): ErasePatch {
  const isPerson = contact.kind === 'person';
  return {
    givenName: '',
    familyName: isPerson ? placeholder : '',
    patronymic: '',
    title: '',
    gender: null,
    organisationName: isPerson ? '' : placeholder,
    organisationId: null,
    position: '',
    emails: [],
    phones: [],
    addresses: [],
    tags: [],
    lists: [],
    notes: '',
    source: { kind: contact.source.kind, text: '' },
    consent: { ...NO_CONSENT },
    retentionUntil: null,
    erasedAt: contact.erasedAt ?? now.toISOString(),
  };
}

/** Admins see everything; the press office and the secretariat their own and everyone's; viewers everyone's. */
export function canSee(contact: Pick<Contact, 'visibility'>, role: Role): boolean {
  if (contact.visibility === 'everyone' || role === 'admin') return true;
  return contact.visibility === role;
}

/** Contacts whose retention date has passed (`today` is a local date, YYYY-MM-DD) and are not erased yet. */
export function dueForErasure<T extends Pick<Contact, 'retentionUntil' | 'erasedAt'>>(
  contacts: readonly T[],
  today: string,
): T[] {
  return contacts.filter((c) => c.erasedAt === null && c.retentionUntil !== null && c.retentionUntil < today);
}
