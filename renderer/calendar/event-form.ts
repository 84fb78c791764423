/**
 * The event form's state and its conversion to and from the contract. Timed start/end are shown in
 * the OFFICE's zone (datetime-local values); all-day events show their first and LAST day, while the
 * contract keeps the end exclusive (a one-day event on 3 May ends on 4 May), as iCalendar does.
 */
import type { MethodInput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import type { CalendarEventRecord } from '../../core/calendar/record';
import type { CalendarTimeZone, EventStatus, EventType } from '../../core/calendar/types';
import { formOfRrule, NO_RECURRENCE, rruleOfForm, type RecurrenceForm } from './recurrence-form';
import { addDays, addWallMinutes, inputOfInstant, instantOfInput } from './wall-time';

export interface EventForm {
  calendarId: string;
  type: EventType;
  title: string;
  allDay: boolean;
  /** Timed: 'YYYY-MM-DDTHH:mm' in the office zone. All-day: 'YYYY-MM-DD'. */
  start: string;
  /** Timed: 'YYYY-MM-DDTHH:mm'. All-day: the last day, inclusive. */
  end: string;
  location: string;
  /** One name per line. */
  participantsInternal: string;
  participantsExternal: string;
  notes: string;
  status: EventStatus;
  private: boolean;
  reminders: number[];
  recurrence: RecurrenceForm;
}

/** What the form does not show but an update must send back unchanged. */
export interface EventBase {
  timeZone: CalendarTimeZone;
  exdates: string[];
}

export type EventDraft = Omit<MethodInput<'calendar.create'>, 'acceptConflicts'>;

export function newEventForm(
  calendarId: string,
  slot: { start: string; end: string; allDay: boolean },
): EventForm {
  return {
    calendarId,
    type: 'meeting',
    title: '',
    allDay: slot.allDay,
    start: slot.start,
    end: slot.end,
    location: '',
    participantsInternal: '',
    participantsExternal: '',
    notes: '',
    status: 'planned',
    private: false,
    reminders: [],
    recurrence: NO_RECURRENCE,
  };
}

export function formOfRecord(event: CalendarEventRecord, officeZone: string): EventForm {
  return {
    calendarId: event.calendarId,
    type: event.type,
    title: event.title,
    allDay: event.allDay,
    start: event.allDay ? event.start : inputOfInstant(event.start, officeZone),
    end: event.allDay ? addDays(event.end, -1) : inputOfInstant(event.end, officeZone),
    location: event.location,
    participantsInternal: event.participantsInternal.join('\n'),
    participantsExternal: event.participantsExternal.join('\n'),
    notes: event.notes,
    status: event.status,
    private: event.private,
    reminders: [...event.reminders],
    recurrence: formOfRrule(event.rrule),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function draftOfForm(form: EventForm, base: EventBase, officeZone: string): EventDraft {
  return {
    calendarId: form.calendarId,
    type: form.type,
    title: form.title,
    allDay: form.allDay,
    start: form.allDay ? form.start : instantOfInput(form.start, officeZone),
    end: form.allDay ? (form.end ? addDays(form.end, 1) : '') : instantOfInput(form.end, officeZone),
    timeZone: base.timeZone,
    rrule: rruleOfForm(form.recurrence),
    exdates: base.exdates,
    status: form.status,
    private: form.private,
    location: form.location,
    participantsInternal: lines(form.participantsInternal),
    participantsExternal: lines(form.participantsExternal),
    notes: form.notes,
    reminders: [...form.reminders].sort((a, b) => a - b),
  };
}

/** Switching "All day" keeps the days and picks a working-hours time when times come back. */
export function withAllDay(form: EventForm, allDay: boolean): EventForm {
  if (allDay === form.allDay) return form;
  if (allDay) return { ...form, allDay, start: form.start.slice(0, 10), end: form.end.slice(0, 10) };
  const start = `${form.start.slice(0, 10)}T09:00`;
  return { ...form, allDay, start, end: addWallMinutes(start, 60) };
}

/** Keeps the duration when the start moves, as calendar apps do. */
export function withStart(form: EventForm, start: string): EventForm {
  if (form.allDay) {
    const days = dayDiff(form.start, form.end);
    return { ...form, start, end: days === null ? form.end : addDays(start, days) };
  }
  const minutes = minuteDiff(form.start, form.end);
  return { ...form, start, end: minutes === null || minutes < 0 ? form.end : addWallMinutes(start, minutes) };
}

function minuteDiff(a: string, b: string): number | null {
  const ms = Date.parse(`${b}:00Z`) - Date.parse(`${a}:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 60_000);
}

function dayDiff(a: string, b: string): number | null {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Number.isNaN(ms) || ms < 0 ? null : Math.round(ms / 86_400_000);
}

/**
 * Validation issues as the form's fields know them: a message on one line of a list
 * ('participantsExternal.2') is shown on the list's field.
 */
export function issuesByField(error: AppError | null): AppError | null {
  if (!error) return null;
  const issues = error.issues.map((issue) => ({ ...issue, path: issue.path.split('.')[0] ?? issue.path }));
  return new AppError(error.code, error.params, issues);
}
