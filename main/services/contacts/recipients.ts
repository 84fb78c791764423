/**
 * Recipients for the letters module from the directory: a distribution list or picked contacts, each
 * with the address block, a suggested salutation in the office's language (the letter editor lets the
 * person change it) and the merge fields a template may use. Erased records are never addressed.
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { Contact } from '../../../core/contacts/schema';
import { suggestSalutation } from '../../../core/letters/salutation';
import type { AppContext } from '../context';
import { visibleTo } from './access';
import { viewOf } from './directory';

type Recipient = MethodOutput<'contacts.recipients'>[number];

export async function contactRecipients(
  ctx: AppContext,
  input: MethodInput<'contacts.recipients'>,
): Promise<Recipient[]> {
  const visible = visibleTo(ctx);
  let contacts: Contact[];
  if (input.ids) {
    contacts = input.ids.map((id) => ctx.contacts.contacts.get(id)).filter((c): c is Contact => c !== null);
  } else if (input.listId) {
    const listId = input.listId;
    contacts = ctx.contacts.contacts.find({}).filter((c) => c.lists.includes(listId));
  } else contacts = [];
  const language = ctx.settings.get().office.language;
  const out: Recipient[] = [];
  for (const contact of contacts.filter((c) => visible(c) && c.erasedAt === null)) {
    const view = viewOf(ctx, contact);
    const address = contact.addresses[0];
    const organisation = view.kind === 'person' ? view.organisationDisplay : '';
    const salutation =
      contact.kind === 'person'
        ? (
            await suggestSalutation({
              language,
              givenName: contact.givenName,
              familyName: contact.familyName,
              patronymic: contact.patronymic,
              title: contact.title,
              ...(contact.gender ? { gender: contact.gender } : {}),
            })
          ).text
        : (await suggestSalutation({ language, givenName: '', familyName: '', form: 'plural' })).text;
    out.push({
      contactId: contact.id,
      name: organisation ? `${view.displayName}, ${organisation}` : view.displayName,
      address: address
        ? [address.street, `${address.postalCode} ${address.city}`.trim(), address.country]
            .filter((l) => l.trim() !== '')
            .join('\n')
        : '',
      salutation,
      fields: {
        title: contact.title,
        givenName: contact.givenName,
        familyName: contact.familyName,
        patronymic: contact.patronymic,
        organisation,
        position: contact.position,
        email: contact.emails[0]?.value ?? '',
        gender: contact.gender ?? '',
      },
    });
  }
  return out;
}
