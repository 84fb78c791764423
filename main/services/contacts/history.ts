/**
 * A contact's history across modules: the inquiries, interview authorizations, register entries and
 * patronage applications linked to it. An organisation's history includes its people's (an outlet's
 * page shows what its journalists asked and authorized).
 */
import type { HistoryReference } from '../../../core/contacts/privacy';
import type { Contact } from '../../../core/contacts/schema';
import type { AppContext } from '../context';

function idsOf(ctx: AppContext, contact: Contact): string[] {
  if (contact.kind !== 'organisation') return [contact.id];
  return [contact.id, ...ctx.contacts.contacts.find({ organisationId: contact.id }).map((p) => p.id)];
}

export function contactHistory(ctx: AppContext, contact: Contact): HistoryReference[] {
  const ids = idsOf(ctx, contact);
  const roleOf = (id: string | null | undefined, own: string) => (id === contact.id ? own : 'member');
  const refs: HistoryReference[] = [
    ...ctx.inquiries.byContacts(ids).map((i) => ({
      module: 'inquiries',
      id: i.id,
      regNo: i.regNo,
      date: i.receivedAt,
      title: i.subject,
      role: roleOf(i.contactId, 'journalist'),
    })),
    ...ctx.authorizations.records.find({ contactId: ids }).map((a) => ({
      module: 'authorizations',
      id: a.id,
      date: a.handedOverAt,
      title: `${a.interviewee}: ${a.topic}`,
      role: roleOf(a.contactId, 'journalist'),
    })),
    ...ctx.letters.letters.find({ contactId: ids }).map((l) => ({
      module: 'letters',
      id: l.id,
      regNo: l.regNo,
      date: l.date,
      title: l.subject || l.templateName,
      role: roleOf(l.contactId, 'recipient'),
    })),
    ...ctx.patronage.records.find({ applicantOrganisationId: ids }).map((p) => ({
      module: 'patronage',
      id: p.id,
      date: p.receivedAt,
      title: p.eventTitle,
      role: 'applicant',
    })),
  ];
  return refs.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** Whether anything but the directory itself points at the record. */
export function isReferenced(ctx: AppContext, contact: Contact): boolean {
  const id = [contact.id];
  return (
    ctx.inquiries.byContacts(id).length > 0 ||
    ctx.authorizations.records.find({ contactId: id }).length > 0 ||
    ctx.letters.letters.find({ contactId: id }).length > 0 ||
    ctx.patronage.records.find({ applicantOrganisationId: id }).length > 0 ||
    ctx.contacts.contacts.find({ organisationId: contact.id }).length > 0
  );
}
