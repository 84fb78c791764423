import {
  createContact,
  distributionLists,
  eraseContact,
  getContact,
  listContacts,
  personDataFile,
  removeContact,
  removeList,
  saveList,
  updateContact,
} from '../services/contacts/contact-service';
import { exportCsv, exportVcard, importContacts, importPreview } from '../services/contacts/io';
import { duplicateGroups, mergeContacts, mergePreview } from '../services/contacts/merge';
import { contactRecipients } from '../services/contacts/recipients';
import type { MethodName } from '../../core/api/contract';
import type { contactsContract } from '../../core/api/contract-contacts';
import type { Handler } from './handlers';

type ContactsMethod = keyof typeof contactsContract & MethodName;

/** Handlers of the contact directory methods. */
export const contactsHandlers: { [M in ContactsMethod]: Handler<M> } = {
  'contacts.list': listContacts,
  'contacts.get': (ctx, input) => getContact(ctx, input.id),
  'contacts.create': createContact,
  'contacts.update': updateContact,
  'contacts.remove': (ctx, input) => removeContact(ctx, input.id),
  'contacts.duplicates': (ctx) => duplicateGroups(ctx),
  'contacts.mergePreview': mergePreview,
  'contacts.merge': mergeContacts,
  'contacts.exportCsv': exportCsv,
  'contacts.exportVcard': exportVcard,
  'contacts.importPreview': importPreview,
  'contacts.import': importContacts,
  'contacts.exportPersonData': (ctx, input) => personDataFile(ctx, input.id),
  'contacts.erase': (ctx, input) => eraseContact(ctx, input.id),
  'contacts.lists': (ctx) => distributionLists(ctx),
  'contacts.saveList': saveList,
  'contacts.removeList': (ctx, input) => removeList(ctx, input.id),
  'contacts.recipients': contactRecipients,
};
