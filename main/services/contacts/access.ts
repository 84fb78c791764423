/** Who may see a directory record on this workstation (visibility: everyone, press office, secretariat). */
import { canSee } from '../../../core/contacts/privacy';
import type { Contact } from '../../../core/contacts/schema';
import { roleOf } from '../access';
import type { AppContext } from '../context';

export function visibleTo(ctx: AppContext): (contact: Pick<Contact, 'visibility'>) => boolean {
  const role = roleOf(ctx);
  return (contact) => role === null || canSee(contact, role);
}
