import { NEW_AUTHORIZATION_STATE } from './lifecycle';
import type { Authorization } from './schema';

/** Test data: a PL request to a daily, handed over 29.03.2026 00:00 CET (the night of the spring change). */
export function authorizationRecord(overrides: Partial<Authorization> = {}): Authorization {
  return {
    id: 'a1',
    journalistName: 'Anna Kowalska',
    outletName: 'Gazeta Miejska',
    outletType: 'daily',
    outletPeriodicity: null,
    contactId: null,
    interviewee: 'Jan Nowak',
    topic: 'Budowa mostu',
    jurisdiction: 'PL',
    deadlineKind: 'statutory',
    agreedDueAt: null,
    handedOverAt: '2026-03-29T00:00:00+01:00',
    receivedText: 'Pytanie: Kiedy ruszy budowa?\nOdpowiedź: Latem.',
    attachments: [],
    createdAt: '2026-03-29T00:00:00+01:00',
    updatedAt: '2026-03-29T00:00:00+01:00',
    ...NEW_AUTHORIZATION_STATE,
    ...overrides,
  };
}

/** ISO instant `ms` milliseconds from `instant`. */
export function shift(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}
