import type { MethodInput } from '../../core/api/contract';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { EventScope, PatronageRequest } from '../../core/patronage/schema';
import { fromLocalInput, toLocalInput } from '../common/dates';

export type PatronageInput = MethodInput<'patronage.create'>;
export type PatronageChanges = Omit<MethodInput<'patronage.update'>, 'id'>;

/** What the form holds: text as typed, times as office wall times ("2027-03-14T10:00"). */
export interface PatronageFormState {
  applicantName: string;
  applicantOrganisationId: string | null;
  contactPerson: string;
  contact: string;
  eventTitle: string;
  eventStart: string;
  eventEnd: string;
  eventPlace: string;
  scope: EventScope;
  audience: string;
  expectedParticipants: string;
  requests: PatronageRequest[];
  description: string;
  receivedAt: string;
}

export function emptyForm(now: string, timeZone: string): PatronageFormState {
  return {
    applicantName: '',
    applicantOrganisationId: null,
    contactPerson: '',
    contact: '',
    eventTitle: '',
    eventStart: '',
    eventEnd: '',
    eventPlace: '',
    scope: 'local',
    audience: '',
    expectedParticipants: '',
    requests: [],
    description: '',
    receivedAt: toLocalInput(now, timeZone),
  };
}

export function formOf(app: PatronageView, timeZone: string): PatronageFormState {
  return {
    applicantName: app.applicantName,
    applicantOrganisationId: app.applicantOrganisationId,
    contactPerson: app.contactPerson,
    contact: app.contact,
    eventTitle: app.eventTitle,
    eventStart: toLocalInput(app.eventStart, timeZone),
    eventEnd: toLocalInput(app.eventEnd, timeZone),
    eventPlace: app.eventPlace,
    scope: app.scope,
    audience: app.audience,
    expectedParticipants: app.expectedParticipants === null ? '' : String(app.expectedParticipants),
    requests: [...app.requests],
    description: app.description,
    receivedAt: toLocalInput(app.receivedAt, timeZone),
  };
}

/** The create input: wall times in the office zone become UTC instants; an empty count is null. */
export function inputOf(form: PatronageFormState, timeZone: string): PatronageInput {
  const count = form.expectedParticipants.trim();
  return {
    ...form,
    eventStart: fromLocalInput(form.eventStart, timeZone),
    eventEnd: fromLocalInput(form.eventEnd, timeZone),
    receivedAt: fromLocalInput(form.receivedAt, timeZone),
    expectedParticipants: count === '' ? null : Number(count),
  };
}

/** Only the fields that differ from what was loaded (an update must not resend the rest). */
export function changedFields(before: PatronageInput, after: PatronageInput): PatronageChanges {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof PatronageInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as PatronageChanges;
}
