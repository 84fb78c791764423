/**
 * The contact form's state and how it becomes the contract's create / update input. Update sends only
 * what differs from the stored record (compared after the same conversion, so an untouched field that
 * went through the form is never "changed").
 */
import type { ContactView } from '../../core/api/contract-contacts';
import {
  CATEGORIES_OF_KIND,
  CATEGORIES_WITH_OUTLET_TYPE,
  defaultCategory,
  type ContactCategory,
  type ContactCreateInput,
  type ContactKind,
  type Gender,
  type OutletType,
  type SourceKind,
  type Visibility,
} from '../../core/contacts/schema';
import { fromLocalInput, toLocalInput } from '../common/dates';

export type Entry = { value: string; label: string };
export type AddressRow = { street: string; postalCode: string; city: string; country: string };

export interface ContactFormState {
  kind: ContactKind;
  category: ContactCategory;
  outletType: OutletType | '';
  title: string;
  givenName: string;
  patronymic: string;
  familyName: string;
  gender: Gender | '';
  organisationName: string;
  organisationId: string;
  position: string;
  emails: Entry[];
  phones: Entry[];
  addresses: AddressRow[];
  tags: string;
  lists: string[];
  notes: string;
  sourceKind: SourceKind;
  sourceText: string;
  consentGiven: boolean;
  consentAt: string;
  consentScope: string;
  consentWithdrawnAt: string;
  visibility: Visibility;
  retentionUntil: string;
}

export const EMPTY_ADDRESS: AddressRow = { street: '', postalCode: '', city: '', country: '' };

export function emptyForm(): ContactFormState {
  return {
    kind: 'person',
    category: 'journalist',
    outletType: '',
    title: '',
    givenName: '',
    patronymic: '',
    familyName: '',
    gender: '',
    organisationName: '',
    organisationId: '',
    position: '',
    emails: [],
    phones: [],
    addresses: [],
    tags: '',
    lists: [],
    notes: '',
    sourceKind: 'own',
    sourceText: '',
    consentGiven: false,
    consentAt: '',
    consentScope: '',
    consentWithdrawnAt: '',
    visibility: 'everyone',
    retentionUntil: '',
  };
}

export function formOf(c: ContactView, timeZone: string): ContactFormState {
  return {
    kind: c.kind,
    category: c.category,
    outletType: c.outletType ?? '',
    title: c.title,
    givenName: c.givenName,
    patronymic: c.patronymic,
    familyName: c.familyName,
    gender: c.gender ?? '',
    organisationName: c.organisationName,
    organisationId: c.organisationId ?? '',
    position: c.position,
    emails: c.emails.map((e) => ({ ...e })),
    phones: c.phones.map((p) => ({ ...p })),
    addresses: c.addresses.map((a) => ({ ...a })),
    tags: c.tags.join(', '),
    lists: [...c.lists],
    notes: c.notes,
    sourceKind: c.source.kind,
    sourceText: c.source.text,
    consentGiven: c.consent.given,
    consentAt: toLocalInput(c.consent.at, timeZone),
    consentScope: c.consent.scope,
    consentWithdrawnAt: toLocalInput(c.consent.withdrawnAt, timeZone),
    visibility: c.visibility,
    retentionUntil: c.retentionUntil ?? '',
  };
}

/** A new kind keeps the category when it fits, else takes the kind's plain default. */
export function withKind(form: ContactFormState, kind: ContactKind): ContactFormState {
  const category = CATEGORIES_OF_KIND[kind].includes(form.category) ? form.category : defaultCategory(kind);
  return { ...form, kind, category };
}

export const hasOutletType = (category: ContactCategory) => CATEGORIES_WITH_OUTLET_TYPE.includes(category);

const blankEntry = (e: Entry) => e.value.trim() === '' && e.label.trim() === '';
const blankAddress = (a: AddressRow) => Object.values(a).every((v) => v.trim() === '');

/** For each row, its index among the rows that are sent (blank rows are left out), else null. */
export function sentIndexes<R>(rows: readonly R[], blank: (row: R) => boolean): (number | null)[] {
  let next = 0;
  return rows.map((row) => (blank(row) ? null : next++));
}
export const entryIndexes = (rows: readonly Entry[]) => sentIndexes(rows, blankEntry);
export const addressIndexes = (rows: readonly AddressRow[]) => sentIndexes(rows, blankAddress);

export type ContactInput = Required<Omit<ContactCreateInput, 'kind'>> & { kind: ContactKind };

/** Everything the form says, as create input; fields hidden for the kind or category are cleared. */
export function toInput(form: ContactFormState, timeZone: string): ContactInput {
  const person = form.kind === 'person';
  return {
    kind: form.kind,
    category: form.category,
    outletType: hasOutletType(form.category) && form.outletType !== '' ? form.outletType : null,
    title: person ? form.title : '',
    givenName: person ? form.givenName : '',
    patronymic: person ? form.patronymic : '',
    familyName: person ? form.familyName : '',
    gender: person && form.gender !== '' ? form.gender : null,
    organisationName: form.organisationName,
    organisationId: person && form.organisationId !== '' ? form.organisationId : null,
    position: person ? form.position : '',
    emails: form.emails.filter((e) => !blankEntry(e)),
    phones: form.phones.filter((e) => !blankEntry(e)),
    addresses: form.addresses.filter((a) => !blankAddress(a)),
    tags: form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    lists: form.lists,
    notes: form.notes,
    source: { kind: form.sourceKind, text: form.sourceText },
    consent: {
      given: form.consentGiven,
      at: fromLocalInput(form.consentAt, timeZone) || null,
      scope: form.consentScope,
      withdrawnAt: fromLocalInput(form.consentWithdrawnAt, timeZone) || null,
    },
    visibility: form.visibility,
    retentionUntil: form.retentionUntil || null,
  };
}

/** Only the fields whose value differs from the stored record's. */
export function changedFields(before: ContactInput, after: ContactInput): Partial<ContactInput> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ContactInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<ContactInput>;
}
