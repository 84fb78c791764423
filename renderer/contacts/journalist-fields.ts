import type { ContactView } from '../../core/api/contract-contacts';
import type { OutletType } from '../../core/contacts/schema';
import { call } from '../api/client';

/** What an inquiry or an authorization copies from a picked journalist or outlet. */
export interface JournalistFields {
  contactId: string;
  journalistName: string;
  outletName: string;
  outletType: OutletType | null;
  contact: string;
}

/**
 * A journalist gives their name, their outlet (the linked one's name) and how to reach them; the outlet
 * type — which sets the authorization clock — is the journalist's own or else the linked outlet's. A
 * picked outlet gives only the outlet. The registers keep these as typed; the link finds the history.
 */
export async function journalistFields(picked: ContactView): Promise<JournalistFields> {
  const reach = picked.emails[0]?.value ?? picked.phones[0]?.value ?? '';
  if (picked.kind === 'organisation') {
    return {
      contactId: picked.id,
      journalistName: '',
      outletName: picked.displayName,
      outletType: picked.outletType,
      contact: reach,
    };
  }
  let outletType = picked.outletType;
  if (outletType === null && picked.organisationId) {
    const outlet = await call('contacts.get', { id: picked.organisationId }).catch(() => null);
    outletType = outlet?.contact.outletType ?? null;
  }
  return {
    contactId: picked.id,
    journalistName: picked.displayName,
    outletName: picked.organisationDisplay,
    outletType,
    contact: reach,
  };
}

/** What a form keeps of a journalist: the typed names (as registered) and the link to the directory. */
export interface JournalistForm {
  contactId: string | null;
  journalistName: string;
  outletName: string;
  outletType: OutletType;
  contact?: string;
}

/** The form with the picked record's fields; what the record does not say keeps what was typed. */
export function withJournalist<F extends JournalistForm>(form: F, picked: JournalistFields): F {
  return {
    ...form,
    contactId: picked.contactId,
    journalistName: picked.journalistName || form.journalistName,
    outletName: picked.outletName || form.outletName,
    outletType: picked.outletType ?? form.outletType,
    ...(form.contact !== undefined ? { contact: picked.contact || form.contact } : {}),
  };
}
