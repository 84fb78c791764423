/**
 * Duplicates and merging. The kept record takes the others' data (core/contacts/merge.ts decides how);
 * every reference to a merged-away record — inquiries, authorizations, register entries, patronage
 * applications, people linked to a merged organisation — is moved to the kept one in the same
 * transaction, and the duplicates are tombstoned (their history stays in the audit trail).
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { ContactView } from '../../../core/api/contract-contacts';
import { findDuplicates } from '../../../core/contacts/duplicates';
import { mergePlan } from '../../../core/contacts/merge';
import type { PhoneCountry } from '../../../core/contacts/phone';
import type { Contact } from '../../../core/contacts/schema';
import { AppError } from '../../../core/errors';
import type { AppContext } from '../context';
import { assertMayWrite } from '../access';
import { visibleTo } from './access';
import { contactView, requireContact } from './view';
import { organisationsById, viewOf } from './directory';

export const phoneCountryOf = (ctx: AppContext): PhoneCountry =>
  ctx.settings.get().office.jurisdiction === 'UA' ? 'UA' : 'PL';

function visibleContacts(ctx: AppContext): Contact[] {
  return ctx.contacts.contacts.find({}).filter(visibleTo(ctx));
}

/** Records that look like this one, best first. */
export function duplicatesOf(ctx: AppContext, contact: Contact): MethodOutput<'contacts.get'>['duplicates'] {
  if (contact.erasedAt !== null) return [];
  const all = visibleContacts(ctx);
  const byId = new Map(all.map((c) => [c.id, c]));
  const groups = findDuplicates(all, { phoneCountry: phoneCountryOf(ctx) });
  const group = groups.find((g) => g.ids.includes(contact.id));
  if (!group) return [];
  return group.pairs
    .filter((p) => p.a === contact.id || p.b === contact.id)
    .map((p) => {
      const other = byId.get(p.a === contact.id ? p.b : p.a)!;
      return {
        id: other.id,
        displayName: viewOf(ctx, other).displayName,
        score: p.score,
        reasons: p.reasons,
      };
    });
}

export function duplicateGroups(ctx: AppContext): MethodOutput<'contacts.duplicates'> {
  const all = visibleContacts(ctx);
  const organisations = organisationsById(ctx);
  const byId = new Map(all.map((c) => [c.id, c]));
  return findDuplicates(all, { phoneCountry: phoneCountryOf(ctx) }).map((g) => ({
    primaryId: g.primaryId,
    score: g.score,
    reasons: g.reasons,
    contacts: g.ids.map((id) => contactView(byId.get(id)!, organisations)),
  }));
}

function plan(ctx: AppContext, input: MethodInput<'contacts.merge'>) {
  const primary = requireContact(ctx, input.primaryId);
  const duplicates = input.duplicateIds
    .filter((id) => id !== primary.id)
    .map((id) => requireContact(ctx, id));
  if (duplicates.length === 0)
    throw new AppError('VALIDATION', {}, [{ path: 'duplicateIds', message: 'required' }]);
  return mergePlan(primary, duplicates, { phoneCountry: phoneCountryOf(ctx) });
}

export function mergePreview(
  ctx: AppContext,
  input: MethodInput<'contacts.mergePreview'>,
): MethodOutput<'contacts.mergePreview'> {
  const { merged, conflicts } = plan(ctx, input);
  return { merged: viewOf(ctx, merged), conflicts };
}

export function mergeContacts(ctx: AppContext, input: MethodInput<'contacts.merge'>): ContactView {
  assertMayWrite(ctx, 'contacts');
  const kept = ctx.contacts.transaction(() => {
    const { merged, replacedIds } = plan(ctx, input);
    const { id, createdAt: _c, updatedAt: _u, ...fields } = merged;
    const saved = ctx.contacts.contacts.update(id, fields);
    for (const oldId of replacedIds) repoint(ctx, oldId, id);
    for (const oldId of replacedIds) ctx.contacts.contacts.tombstone(oldId);
    return saved;
  });
  for (const table of ['contacts', 'inquiries', 'authorizations', 'letters', 'patronage_applications'])
    ctx.emit({ type: 'data.changed', table });
  return viewOf(ctx, kept);
}

/** Every record that refers to `from` refers to `to` afterwards. */
function repoint(ctx: AppContext, from: string, to: string): void {
  for (const inquiry of ctx.inquiries.byContacts([from])) ctx.inquiries.update(inquiry.id, { contactId: to });
  for (const a of ctx.authorizations.records.find({ contactId: from }))
    ctx.authorizations.records.update(a.id, { contactId: to });
  for (const l of ctx.letters.letters.find({ contactId: from }))
    ctx.letters.letters.update(l.id, { contactId: to });
  for (const p of ctx.patronage.records.find({ applicantOrganisationId: from }))
    ctx.patronage.records.update(p.id, { applicantOrganisationId: to });
  for (const person of ctx.contacts.contacts.find({ organisationId: from }))
    if (person.id !== to) ctx.contacts.contacts.update(person.id, { organisationId: to });
}
