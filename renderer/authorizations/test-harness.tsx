/** Renders the authorization screens in a shell with a fake transport (used by *.test.tsx only). */
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import type { CallResult } from '../../core/api/contract';
import type { AuthorizationView } from '../../core/api/contract-authorizations';
import type { AppErrorData } from '../../core/errors';
import { authorizationsEn, authorizationsPl, authorizationsUk } from '../../core/i18n/modules/authorizations';
import { setTransport } from '../api/client';
import { ShellContext, type Shell } from '../app/AppContext';
import { initI18n } from '../i18n/setup';
import { fakeTransport } from '../testing/fake-transport';

export const NOW = '2026-11-23T09:00:00.000Z';
type Answer = (input: unknown) => CallResult<unknown>;
export const ok = <T,>(data: T): CallResult<T> => ({ ok: true, data });
export const fail = (code: AppErrorData['code'], issues: AppErrorData['issues'] = []): CallResult<never> => ({
  ok: false,
  error: { code, params: {}, issues },
});

export function authorization(fields: Partial<AuthorizationView> = {}): AuthorizationView {
  return {
    id: 'au1',
    journalistName: 'Jan Kowalski',
    outletName: 'Gazeta Miejska',
    outletType: 'daily',
    outletPeriodicity: null,
    contactId: null,
    interviewee: 'Anna Nowak',
    topic: 'New tram line',
    jurisdiction: 'PL',
    deadlineKind: 'statutory',
    agreedDueAt: null,
    handedOverAt: '2026-11-23T07:12:00.000Z',
    receivedText: 'Q: When?\nA: Next year.',
    authorizedText: null,
    status: 'awaiting',
    decidedAt: null,
    refusalReason: null,
    replyText: null,
    lateAnswerText: null,
    lateAnswerAt: null,
    createdAt: '2026-11-23T07:12:00.000Z',
    updatedAt: '2026-11-23T07:12:00.000Z',
    effectiveStatus: 'awaiting',
    dueAt: '2026-11-23T13:12:00.000Z',
    citation: { act: 'Prawo prasowe', article: 'art. 14a ust. 4' },
    remainingMs: 4 * 3_600_000 + 12 * 60_000,
    overdue: false,
    ...fields,
  };
}

/** The module's strings, until the lead merges them into core/i18n (adding them again is harmless). */
function withStrings() {
  initI18n('en');
  i18next.addResourceBundle('en', 'translation', authorizationsEn, true, true);
  i18next.addResourceBundle('pl', 'translation', authorizationsPl, true, true);
  i18next.addResourceBundle('uk', 'translation', authorizationsUk, true, true);
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
  render(<ShellContext.Provider value={shell}>{ui}</ShellContext.Provider>);
  return {
    call: fake.call,
    inputs: (method: string) => fake.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input),
  };
}
