/**
 * The contact directory: listing and finding, creating and changing records (every write through the
 * repository's write path, so it is audited and synced), deleting what nothing refers to, and the
 * person's data rights (export of everything held, erasure that keeps the registers intact).
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { ContactView } from '../../../core/api/contract-contacts';
import { dueForErasure, erase, exportPersonData } from '../../../core/contacts/privacy';
import { localDateOf } from '../../../core/deadlines/local-date';
import {
  contactIssues,
  contactSchemas,
  displayName,
  type Contact,
  type ContactFields,
} from '../../../core/contacts/schema';
import { parseOrThrow } from '../../../core/api/validate';
import { queryMatcher } from '../../../core/contacts/search';
import { AppError, type FieldIssue } from '../../../core/errors';
import type { AppContext } from '../context';
import { assertMayWrite, mayWrite } from '../access';
import { visibleTo } from './access';
import { directory, organisationsById, viewOf } from './directory';
import { contactHistory, isReferenced } from './history';
import { duplicatesOf, phoneCountryOf } from './merge';
import { contactView, requireContact } from './view';

const changed = (ctx: AppContext) => ctx.emit({ type: 'data.changed', table: 'contacts' });
const folded = (s: string) => s.toLocaleLowerCase('pl');
const COLLATOR = new Intl.Collator('pl');
const timeZoneOf = (ctx: AppContext) => ctx.settings.get().office.timeZone;

/** Everything the query finds that this account may see, sorted as a directory is read. */
export function findContacts(ctx: AppContext, input: MethodInput<'contacts.list'>) {
  const visible = visibleTo(ctx);
  const entries = directory(ctx).filter((e) => visible(e.contact));
  const all = entries.map((e) => e.contact);
  const categories = new Set(input.category ?? []);
  const tag = input.tag ? folded(input.tag) : null;
  const overdue = new Set(
    dueForErasure(all, localDateOf(ctx.clock().toISOString(), timeZoneOf(ctx))).map((c) => c.id),
  );
  const matches = queryMatcher(input.q ?? '');
  const items = entries
    .filter(({ contact: c }) => (input.includeErased ?? false) || c.erasedAt === null)
    .filter(({ contact: c }) => categories.size === 0 || categories.has(c.category))
    .filter(({ contact: c }) => tag === null || c.tags.some((t) => folded(t) === tag))
    .filter(({ contact: c }) => !input.listId || c.lists.includes(input.listId))
    .filter(({ contact: c }) => !input.pastRetention || overdue.has(c.id))
    .filter((e) => matches(e.words))
    .map((e) => e.view)
    .sort((a, b) => COLLATOR.compare(sortKey(a), sortKey(b)));
  return { items, all, overdue };
}

export function listContacts(
  ctx: AppContext,
  input: MethodInput<'contacts.list'>,
): MethodOutput<'contacts.list'> {
  const { items, all, overdue } = findContacts(ctx, input);
  const tags = [...new Set(all.flatMap((c) => c.tags))].sort(COLLATOR.compare);
  return {
    items: items.slice(0, input.limit ?? 1000),
    total: items.length,
    tags,
    lists: distributionLists(ctx, all),
    pastRetention: overdue.size,
  };
}

/** People by family name, organisations by name: how a directory is read. */
function sortKey(c: ContactView): string {
  return c.kind === 'person' ? `${c.familyName} ${c.givenName}`.trim() || c.displayName : c.displayName;
}

export function distributionLists(ctx: AppContext, contacts?: readonly Contact[]) {
  // Only members this workstation may see are counted: a count must not betray hidden records.
  const members = contacts ?? ctx.contacts.contacts.find({}).filter(visibleTo(ctx));
  return ctx.contacts.lists.find({}, [{ field: 'name', nocase: true }]).map((list) => ({
    ...list,
    memberCount: members.filter((c) => c.lists.includes(list.id) && c.erasedAt === null).length,
  }));
}

export function getContact(ctx: AppContext, id: string): MethodOutput<'contacts.get'> {
  const contact = requireContact(ctx, id);
  const organisations = organisationsById(ctx);
  const visible = visibleTo(ctx);
  const people =
    contact.kind === 'organisation'
      ? ctx.contacts.contacts
          .find({ organisationId: contact.id })
          .filter(visible)
          .map((p) => contactView(p, organisations))
      : [];
  return {
    contact: contactView(contact, organisations),
    people,
    history: contactHistory(ctx, contact),
    duplicates: duplicatesOf(ctx, contact),
    canEdit: mayWrite(ctx, 'contacts'),
  };
}

function validate(ctx: AppContext, fields: ContactFields, ownId: string | null): void {
  const issues: FieldIssue[] = contactIssues(fields);
  if (fields.organisationId !== null) {
    const org = ctx.contacts.contacts.get(fields.organisationId);
    if (!org || org.kind !== 'organisation' || org.id === ownId)
      issues.push({ path: 'organisationId', message: 'organisationNotFound' });
  }
  for (const listId of fields.lists) {
    if (!ctx.contacts.lists.get(listId)) issues.push({ path: 'lists', message: 'listNotFound' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
}

export function createContact(ctx: AppContext, input: MethodInput<'contacts.create'>): ContactView {
  assertMayWrite(ctx, 'contacts');
  // Phone numbers are read in the office's country (the contract only checked them).
  const fields = parseOrThrow(contactSchemas(phoneCountryOf(ctx)).create, input) as ContactFields;
  validate(ctx, fields, null);
  const created = ctx.contacts.transaction(() => ctx.contacts.contacts.insert({ ...fields, erasedAt: null }));
  changed(ctx);
  return viewOf(ctx, created);
}

export function updateContact(ctx: AppContext, input: MethodInput<'contacts.update'>): ContactView {
  assertMayWrite(ctx, 'contacts');
  const { id, ...patch } = parseOrThrow(contactSchemas(phoneCountryOf(ctx)).update, input);
  const updated = ctx.contacts.transaction(() => {
    const stored = requireContact(ctx, id);
    if (stored.erasedAt !== null) throw new AppError('NOT_ALLOWED', { reason: 'contactErased' });
    const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const merged = { ...stored, ...sent } as Contact;
    validate(ctx, merged, id);
    return ctx.contacts.contacts.update(id, sent as Partial<Contact>);
  });
  changed(ctx);
  return viewOf(ctx, updated);
}

/** A record that registers or people refer to cannot vanish: erase its personal data instead. */
export function removeContact(ctx: AppContext, id: string): { removed: boolean } {
  assertMayWrite(ctx, 'contacts');
  ctx.contacts.transaction(() => {
    const contact = requireContact(ctx, id);
    if (isReferenced(ctx, contact)) throw new AppError('NOT_ALLOWED', { reason: 'contactReferenced' });
    ctx.contacts.contacts.tombstone(contact.id);
  });
  changed(ctx);
  return { removed: true };
}

export function eraseContact(ctx: AppContext, id: string): ContactView {
  assertMayWrite(ctx, 'contacts');
  const erased = ctx.contacts.transaction(() => {
    const contact = requireContact(ctx, id);
    return ctx.contacts.contacts.update(contact.id, erase(contact, ctx.clock()));
  });
  changed(ctx);
  return viewOf(ctx, erased);
}

export function personDataFile(ctx: AppContext, id: string): MethodOutput<'contacts.exportPersonData'> {
  const contact = requireContact(ctx, id);
  const listNames = Object.fromEntries(ctx.contacts.lists.find({}).map((l) => [l.id, l.name]));
  const organisation = contact.organisationId ? ctx.contacts.contacts.get(contact.organisationId) : null;
  const data = exportPersonData(contact, contactHistory(ctx, contact), {
    exportedAt: ctx.clock(),
    listNames,
    ...(organisation ? { organisationName: displayName(organisation) } : {}),
  });
  const stem =
    displayName(contact)
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 60) || contact.id;
  return {
    fileName: `dane-osobowe-${stem}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(JSON.stringify(data, null, 2), 'utf8').toString('base64'),
  };
}

export function saveList(
  ctx: AppContext,
  input: MethodInput<'contacts.saveList'>,
): MethodOutput<'contacts.saveList'> {
  assertMayWrite(ctx, 'distribution_lists');
  const fields = { name: input.name, description: input.description ?? '' };
  const saved = ctx.contacts.transaction(() => {
    const clash = ctx.contacts.lists
      .find({})
      .find((l) => folded(l.name) === folded(fields.name) && l.id !== input.id);
    if (clash) throw new AppError('VALIDATION', {}, [{ path: 'name', message: 'listNameTaken' }]);
    if (input.id === undefined) return ctx.contacts.lists.insert(fields);
    if (!ctx.contacts.lists.get(input.id)) throw new AppError('NOT_FOUND', { id: input.id });
    return ctx.contacts.lists.update(input.id, fields);
  });
  changed(ctx);
  return distributionLists(ctx).find((l) => l.id === saved.id)!;
}

/** Removing a list takes it off its members; the people stay. */
export function removeList(ctx: AppContext, id: string): { removed: boolean } {
  assertMayWrite(ctx, 'distribution_lists');
  ctx.contacts.transaction(() => {
    if (!ctx.contacts.lists.get(id)) throw new AppError('NOT_FOUND', { id });
    for (const member of ctx.contacts.contacts.find({}).filter((c) => c.lists.includes(id)))
      ctx.contacts.contacts.update(member.id, { lists: member.lists.filter((l) => l !== id) });
    ctx.contacts.lists.tombstone(id);
  });
  changed(ctx);
  return { removed: true };
}
