/** Renders the contact screens in a shell with a fake transport (used by *.test.tsx only). */
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import type { CallResult } from '../../core/api/contract';
import type { ContactView } from '../../core/api/contract-contacts';
import type { AppErrorData } from '../../core/errors';
import { contactsEn, contactsPl, contactsUk } from '../../core/i18n/modules/contacts';
import { setTransport } from '../api/client';
import { ShellContext, type Shell } from '../app/AppContext';
import { initI18n } from '../i18n/setup';
import { fakeTransport } from '../testing/fake-transport';

export const NOW = '2026-11-23T09:00:00.000Z';
type Answer = (input: unknown) => CallResult<unknown>;
export const ok = <T,>(data: T): CallResult<T> => ({ ok: true, data });
export const fail = (
  code: AppErrorData['code'],
  issues: AppErrorData['issues'] = [],
  params: AppErrorData['params'] = {},
): CallResult<never> => ({ ok: false, error: { code, params, issues } });

export function contact(fields: Partial<ContactView> = {}): ContactView {
  return {
    id: 'c1',
    kind: 'person',
    category: 'journalist',
    outletType: null,
    givenName: 'Jan',
    familyName: 'Kowalski',
    patronymic: '',
    title: '',
    gender: 'male',
    organisationName: '',
    organisationId: 'o1',
    position: 'reporter',
    emails: [{ value: 'jan@gazeta.pl', label: 'work' }],
    phones: [{ value: '+48600123456', label: 'mobile' }],
    addresses: [],
    tags: ['city hall'],
    lists: [],
    notes: '',
    source: { kind: 'public', text: 'Imprint of Gazeta Miejska' },
    consent: { given: false, at: null, scope: '', withdrawnAt: null },
    visibility: 'everyone',
    retentionUntil: null,
    erasedAt: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    displayName: 'Jan Kowalski',
    organisationDisplay: 'Gazeta Miejska',
    ...fields,
  };
}

export const OUTLET = contact({
  id: 'o1',
  kind: 'organisation',
  category: 'outlet',
  outletType: 'daily',
  givenName: '',
  familyName: '',
  gender: null,
  organisationName: 'Gazeta Miejska',
  organisationId: null,
  position: '',
  emails: [{ value: 'redakcja@gazeta.pl', label: '' }],
  phones: [],
  tags: [],
  displayName: 'Gazeta Miejska',
  organisationDisplay: 'Gazeta Miejska',
});

export const LISTS = [
  {
    id: 'l1',
    name: 'Local press',
    description: 'Dailies and radio',
    memberCount: 12,
    createdAt: NOW,
    updatedAt: NOW,
  },
];

/** The module's strings, until the lead merges them into core/i18n (adding them again is harmless). */
function withStrings() {
  initI18n('en');
  i18next.addResourceBundle('en', 'translation', contactsEn, true, true);
  i18next.addResourceBundle('pl', 'translation', contactsPl, true, true);
  i18next.addResourceBundle('uk', 'translation', contactsUk, true, true);
}

export function renderInShell(ui: ReactNode, answers: Record<string, Answer> = {}) {
  const fake = fakeTransport(answers);
  setTransport(fake.transport);
  withStrings();
  const shell: Shell = {
    settings: fake.settings(),
    system: { appVersion: 't', mode: 'browser', dataDir: '/tmp', deviceId: 'd', now: NOW },
    saveSettings: async (next) => next,
    now: () => NOW,
  };
  const view = render(<ShellContext.Provider value={shell}>{ui}</ShellContext.Provider>);
  return {
    ...view,
    call: fake.call,
    inputs: (method: string) => fake.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input),
  };
}
