/** Renders the patronage screens in a shell with a fake transport (used by *.test.tsx only). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CallResult } from '../../core/api/contract';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppErrorData } from '../../core/errors';
import type { Letter } from '../../core/letters/schema';
import { call, setTransport } from '../api/client';
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

/** A received application for an event in Warsaw, filed well ahead. */
export function patronage(fields: Partial<PatronageView> = {}): PatronageView {
  return {
    id: 'pa1',
    applicantName: 'Fundacja Rozwoju Sportu',
    applicantOrganisationId: null,
    contactPerson: 'Anna Nowak',
    contact: 'anna@example.org',
    eventTitle: 'City Run 2027',
    eventStart: '2027-03-14T09:00:00.000Z',
    eventEnd: '2027-03-14T15:00:00.000Z',
    eventPlace: 'Old Town',
    scope: 'regional',
    audience: 'Runners',
    expectedParticipants: 800,
    requests: ['honorary_patronage'],
    description: '',
    receivedAt: '2026-11-20T10:00:00.000Z',
    attachments: [],
    checklist: {},
    status: 'received',
    decidedAt: null,
    decidedBy: null,
    refusalReason: null,
    withdrawnAt: null,
    logoApprovedAt: null,
    reportReceivedAt: null,
    reportNote: '',
    reportAttachments: [],
    calendarEventId: null,
    letterIds: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    leadTime: { late: false, daysBefore: 114, latestOnTimeDate: '2027-02-12' },
    obligations: [
      { kind: 'logoApproval', dueDate: null, status: 'notApplicable', daysLeft: null },
      { kind: 'report', dueDate: null, status: 'notApplicable', daysLeft: null },
    ],
    allowedActions: ['startReview', 'withdraw'],
    unanswered: [],
    missingReports: [],
    ...fields,
  };
}

export function letter(fields: Partial<Letter> = {}): Letter {
  return {
    id: 'l1',
    regNo: 'BP.0121.7.2026',
    regYear: 2026,
    regSeq: 7,
    date: '2026-11-23',
    kind: 'patronage_decision',
    language: 'pl',
    subject: 'Patronat',
    recipientName: 'Fundacja Rozwoju Sportu',
    recipientAddress: '',
    salutation: '',
    templateId: null,
    templateName: 'Built-in',
    signatoryName: '',
    signatoryFunction: '',
    fileName: 'decision.docx',
    fileSha256: 'a'.repeat(64),
    batchId: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

export function renderInShell(ui: ReactNode, answers: Record<string, Answer> = {}) {
  const fake = fakeTransport(answers);
  setTransport(fake.transport);
  initI18n('en');
  const shell: Shell = {
    settings: fake.settings(),
    system: { appVersion: 't', mode: 'browser', dataDir: '/tmp', deviceId: 'd', now: NOW },
    // As App does: the whole settings go to settings.update.
    saveSettings: (next) => call('settings.update', next),
    now: () => NOW,
  };
  render(<ShellContext.Provider value={shell}>{ui}</ShellContext.Provider>);
  return {
    call: fake.call,
    settings: fake.settings,
    inputs: (method: string) => fake.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input),
  };
}
