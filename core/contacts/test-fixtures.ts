import type { Contact } from './schema';

/** A stored contact with every field filled with its empty value; tests override what they need. */
export function makeContact(overrides: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return {
    kind: 'person',
    category: 'other',
    outletType: null,
    givenName: '',
    familyName: '',
    patronymic: '',
    title: '',
    gender: null,
    organisationName: '',
    organisationId: null,
    position: '',
    emails: [],
    phones: [],
    addresses: [],
    tags: [],
    lists: [],
    notes: '',
    source: { kind: 'own', text: '' },
    consent: { given: false, at: null, scope: '', withdrawnAt: null },
    visibility: 'everyone',
    retentionUntil: null,
    erasedAt: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export const email = (value: string, label = '') => ({ value, label });
export const phone = (value: string, label = '') => ({ value, label });
