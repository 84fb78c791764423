/** Records and answers for the meetings and decisions screens' tests (used by *.test.tsx only). */
import type { CallResult } from '../../core/api/contract';
import type { DecisionView } from '../../core/decisions/schema';
import type { AppErrorData } from '../../core/errors';
import type { MeetingApplication } from '../../core/meetings/schema';
import type { Protocol } from '../../core/protocols/schema';
import { defaultSettings, type Settings } from '../../core/settings/schema';

export const NOW = '2026-11-23T09:00:00.000Z';
const STAMP = { createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' };

export const ok = <T>(data: T): CallResult<T> => ({ ok: true, data });
export const fail = (
  code: AppErrorData['code'],
  issues: AppErrorData['issues'] = [],
  params: AppErrorData['params'] = {},
): CallResult<never> => ({ ok: false, error: { code, params, issues } });

/** An office in Warsaw, in English, with two departments and their people. */
export function office(): Settings {
  const base = defaultSettings('Ewa');
  return {
    ...base,
    office: {
      ...base.office,
      language: 'en',
      departments: [
        { id: 'roads', name: 'Roads Department' },
        { id: 'culture', name: 'Culture Department' },
      ],
      people: [
        { id: 'anna', name: 'Anna Kowalska', departmentId: 'roads', position: '' },
        { id: 'olek', name: 'Olek Nowak', departmentId: 'culture', position: '' },
      ],
    },
  };
}

export function application(fields: Partial<MeetingApplication> = {}): MeetingApplication {
  return {
    id: 'a1',
    receivedAt: '2026-11-20T09:00:00.000Z',
    applicantKind: 'person',
    applicantName: 'Jan Kowalski',
    organisation: '',
    contact: 'jan@example.pl',
    topic: 'Parking at the school',
    preferredDates: 'Tuesdays',
    participantsCount: 2,
    status: 'received',
    declineReason: null,
    eventId: null,
    scheduledStart: null,
    notes: '',
    ...STAMP,
    ...fields,
  };
}

export function protocol(fields: Partial<Protocol> = {}): Protocol {
  return {
    id: 'p1',
    meetingId: null,
    eventId: null,
    title: 'Meeting with the residents of Zielone',
    date: '2026-11-20',
    place: 'Room 12',
    chair: '',
    attendees: ['Jan Kowalski'],
    agenda: ['Parking'],
    minutes: '',
    status: 'draft',
    version: 1,
    revisionReason: null,
    approvedAt: null,
    approvedBy: null,
    ...STAMP,
    ...fields,
  };
}

export function decision(fields: Partial<DecisionView> = {}): DecisionView {
  return {
    id: 'd1',
    protocolId: 'p1',
    ordinal: 1,
    title: 'Repair the road',
    departmentId: 'roads',
    responsiblePersonId: 'anna',
    dueDate: '2026-11-30',
    status: 'assigned',
    progress: 0,
    doneAt: null,
    cancelReason: null,
    viewStatus: 'assigned',
    overdueDays: 0,
    protocolTitle: 'Meeting with the residents of Zielone',
    protocolDate: '2026-11-20',
    ...STAMP,
    ...fields,
  };
}

/** The inputs a fake transport received for one method, in order. */
export function inputsOf(call: { mock: { calls: unknown[][] } }, method: string): unknown[] {
  return call.mock.calls.filter(([m]) => m === method).map(([, input]) => input);
}
