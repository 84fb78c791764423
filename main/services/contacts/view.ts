/** A stored contact as the screens show it (display name, the linked organisation's name). */
import type { ContactView } from '../../../core/api/contract-contacts';
import { displayName, type Contact } from '../../../core/contacts/schema';
import { AppError } from '../../../core/errors';
import type { AppContext } from '../context';
import { visibleTo } from './access';

export function contactView(contact: Contact, organisations: ReadonlyMap<string, Contact>): ContactView {
  const linked = contact.organisationId ? organisations.get(contact.organisationId) : undefined;
  return {
    ...contact,
    displayName: displayName(contact),
    // An organisation's own name is its display name; the column is for a person's organisation.
    organisationDisplay:
      contact.kind === 'organisation' ? '' : linked ? displayName(linked) : contact.organisationName,
  };
}

/** A record this workstation may see, or NOT_FOUND (a hidden record is not admitted to exist). */
export function requireContact(ctx: AppContext, id: string): Contact {
  const contact = ctx.contacts.contacts.get(id);
  if (!contact || !visibleTo(ctx)(contact)) throw new AppError('NOT_FOUND', { id });
  return contact;
}
