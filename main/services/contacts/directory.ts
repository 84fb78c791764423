/**
 * The directory as the list and the pickers read it, on every keystroke: every live record, its display
 * view and its search words. Kept in memory and rebuilt only after something was written (the
 * connection's change counter moved), so typing in a picker does not re-read and re-parse the table.
 */
import type { ContactView } from '../../../core/api/contract-contacts';
import { searchWords } from '../../../core/contacts/search';
import type { Contact } from '../../../core/contacts/schema';
import type { AppContext } from '../context';
import { contactView } from './view';

export interface DirectoryEntry {
  contact: Contact;
  view: ContactView;
  words: string[];
}

interface Directory {
  version: number;
  entries: DirectoryEntry[];
}

const cache = new WeakMap<AppContext['contacts'], Directory>();

/** Every live record (hidden ones too: the caller filters by who may see them). */
export function directory(ctx: AppContext): DirectoryEntry[] {
  const version = ctx.contacts.version();
  const cached = cache.get(ctx.contacts);
  if (cached?.version === version) return cached.entries;
  const all = ctx.contacts.contacts.find({});
  const organisations = new Map(all.filter((c) => c.kind === 'organisation').map((c) => [c.id, c]));
  const entries = all.map((contact) => {
    const view = contactView(contact, organisations);
    return { contact, view, words: searchWords(contact, view.organisationDisplay) };
  });
  cache.set(ctx.contacts, { version, entries });
  return entries;
}

/** Every live organisation by id (to name a person's linked organisation), from the directory kept in memory. */
export function organisationsById(ctx: AppContext): Map<string, Contact> {
  return new Map(
    directory(ctx)
      .filter((e) => e.contact.kind === 'organisation')
      .map((e) => [e.contact.id, e.contact]),
  );
}

export function viewOf(ctx: AppContext, contact: Contact): ContactView {
  return contactView(contact, organisationsById(ctx));
}
