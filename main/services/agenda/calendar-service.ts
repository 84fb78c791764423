/**
 * The calendar views and edits: occurrences of a range with conflict flags and privacy applied, the
 * deadline overlay, and saves that never accept an overlap silently (the caller must confirm).
 */
import type { CalendarItem, EventConflict, MethodInput, MethodOutput } from '../../../core/api/contract';
import { parseOrThrow } from '../../../core/api/validate';
import { conflictsWith, expandAll, findConflicts, MAX_OCCURRENCES } from '../../../core/calendar';
import { parseWall } from '../../../core/calendar/local-time';
import { dueReminders } from '../../../core/calendar/reminders';
import {
  CalendarEventDraftSchema,
  CalendarEventUpdateSchema,
  type CalendarEventRecord,
} from '../../../core/calendar/record';
import { eventSpan } from '../../../core/calendar/span';
import { CalendarEventSchema, type CalendarEvent } from '../../../core/calendar/types';
import { AppError } from '../../../core/errors';
import { calendarsOf } from '../../../core/settings/schema';
import type { NewCalendarEvent } from '../../../db/repositories/calendar-events';
import type { AppContext } from '../context';
import { deadlineOverlay } from './deadline-overlay';
import { canSeePrivate } from './privacy';

const DAY_MS = 86_400_000;
const CHECK_WINDOW_MS = 366 * DAY_MS;

export function listCalendars(ctx: AppContext): MethodOutput<'calendar.calendars'> {
  return calendarsOf(ctx.settings.get().office);
}

export function listCalendar(
  ctx: AppContext,
  input: MethodInput<'calendar.list'>,
): MethodOutput<'calendar.list'> {
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  const events = ctx.calendar.inRange(from, to, input.calendarIds ?? []);
  const byId = new Map(events.map((e) => [e.id, e]));
  const occurrences = expandAll(events, from, to, { limit: MAX_OCCURRENCES, includeCancelled: true });
  const clashing = new Set<string>();
  for (const { first, second } of findConflicts(occurrences)) {
    clashing.add(first.occurrenceKey);
    clashing.add(second.occurrenceKey);
  }
  const seePrivate = canSeePrivate(ctx);
  const items: CalendarItem[] = occurrences.slice(0, MAX_OCCURRENCES).map((occ) => {
    const event = byId.get(occ.eventId) as CalendarEventRecord;
    const busy = event.private && !seePrivate;
    return {
      key: occ.occurrenceKey,
      eventId: occ.eventId,
      calendarId: occ.calendarId,
      allDay: occ.allDay,
      start: occ.start,
      end: occ.end,
      localStart: occ.localStart,
      timeZone: occ.timeZone,
      status: occ.status,
      type: busy ? 'other' : event.type,
      title: busy ? '' : event.title,
      location: busy ? '' : event.location,
      private: event.private,
      busy,
      recurring: event.rrule !== null,
      conflict: clashing.has(occ.occurrenceKey),
    };
  });
  const now = ctx.clock();
  return {
    now: now.toISOString(),
    items,
    deadlines: input.deadlines ? deadlineOverlay(ctx, from, to, now) : [],
    truncated: occurrences.length > MAX_OCCURRENCES,
  };
}

/** Reminders due now; a reminder may be up to a week before its event. */
export function remindersDue(ctx: AppContext): MethodOutput<'calendar.dueReminders'> {
  const now = ctx.clock().getTime();
  const events = ctx.calendar.inRange(now, now + 7 * DAY_MS + DAY_MS);
  const withReminders = events.filter((e) => e.reminders.length > 0);
  const byId = new Map(withReminders.map((e) => [e.id, e]));
  const seePrivate = canSeePrivate(ctx);
  const occurrences = expandAll(withReminders, now, now + 8 * DAY_MS, { limit: MAX_OCCURRENCES });
  return dueReminders(occurrences, (id) => byId.get(id)?.reminders ?? [], now).map((r) => {
    const event = byId.get(r.eventId) as CalendarEventRecord;
    return { ...r, title: event.private && !seePrivate ? '' : event.title };
  });
}

export function getEvent(ctx: AppContext, id: string): MethodOutput<'calendar.get'> {
  const event = requireEvent(ctx, id);
  if (event.private && !canSeePrivate(ctx)) {
    return { event: { ...hideDetails(event) }, busy: true };
  }
  return { event, busy: false };
}

export function createEvent(
  ctx: AppContext,
  input: MethodInput<'calendar.create'>,
): MethodOutput<'calendar.create'> {
  const { acceptConflicts, ...draft } = parseOrThrow(CalendarEventDraftSchema, input);
  assertKnownCalendar(ctx, draft.calendarId);
  const conflicts = conflictsOf(ctx, { ...draft, id: '' });
  if (conflicts.length && !acceptConflicts) return { saved: false, event: null, conflicts };
  const event = ctx.calendar.create(draft);
  ctx.emit({ type: 'data.changed', table: 'calendar_events' });
  return { saved: true, event, conflicts };
}

export function updateEvent(
  ctx: AppContext,
  input: MethodInput<'calendar.update'>,
): MethodOutput<'calendar.update'> {
  const { acceptConflicts, id, ...fields } = parseOrThrow(CalendarEventUpdateSchema, input);
  requireEditable(ctx, id);
  assertKnownCalendar(ctx, fields.calendarId);
  const conflicts = conflictsOf(ctx, { ...fields, id });
  if (conflicts.length && !acceptConflicts) return { saved: false, event: null, conflicts };
  const event = ctx.calendar.update(id, fields);
  ctx.emit({ type: 'data.changed', table: 'calendar_events' });
  return { saved: true, event, conflicts };
}

/**
 * Drag and resize. Moving one occurrence of a series detaches it: the series skips that occurrence
 * and a single event takes its new place, in one transaction.
 */
export function moveEvent(
  ctx: AppContext,
  input: MethodInput<'calendar.move'>,
): MethodOutput<'calendar.move'> {
  const event = requireEditable(ctx, input.id);
  const occurrence = input.occurrenceStart ?? null;
  const detach = event.rrule !== null && occurrence !== null;
  const { createdAt: _c, updatedAt: _u, ...current } = event;
  const moved: CalendarEvent & NewCalendarEvent = {
    ...current,
    id: detach ? 'detached-occurrence' : event.id,
    start: input.start,
    end: input.end,
    allDay: input.allDay,
    ...(detach ? { rrule: null, exdates: [] } : {}),
  };
  const checked = CalendarEventSchema.safeParse(moved);
  if (!checked.success) parseOrThrow(CalendarEventSchema, moved);
  const conflicts = conflictsOf(ctx, moved, detach ? event.id : undefined);
  if (conflicts.length && !input.acceptConflicts) return { saved: false, event: null, conflicts };
  const { id: _id, ...fields } = moved;
  const saved = detach
    ? ctx.agenda.transaction(() => {
        ctx.calendar.updateInTransaction(event.id, { exdates: [...event.exdates, occurrence] });
        return ctx.calendar.createInTransaction(fields);
      })
    : ctx.calendar.update(event.id, { start: fields.start, end: fields.end, allDay: fields.allDay });
  ctx.emit({ type: 'data.changed', table: 'calendar_events' });
  return { saved: true, event: saved, conflicts };
}

/** Removes the event, or with `occurrenceStart` only that occurrence of a series. */
export function removeEvent(
  ctx: AppContext,
  input: MethodInput<'calendar.remove'>,
): MethodOutput<'calendar.remove'> {
  const event = requireEditable(ctx, input.id);
  const occurrence = input.occurrenceStart ?? null;
  if (event.rrule !== null && occurrence !== null) {
    if (!parseWall(occurrence))
      throw new AppError('VALIDATION', {}, [{ path: 'occurrenceStart', message: 'invalidDateTime' }]);
    ctx.calendar.update(event.id, { exdates: [...event.exdates, occurrence] });
  } else {
    ctx.calendar.remove(event.id);
  }
  ctx.emit({ type: 'data.changed', table: 'calendar_events' });
  return { removed: true };
}

/**
 * Occurrences of `candidate` overlapping other events of the same calendar: for a single event its
 * own time; for a series the coming year (from its start, or from today for a series that began earlier).
 */
export function conflictsOf(ctx: AppContext, candidate: CalendarEvent, alsoSkip?: string): EventConflict[] {
  if (candidate.status === 'cancelled') return [];
  const span = eventSpan(candidate);
  const todayStart = startOfToday(ctx);
  const from = candidate.rrule === null ? span.startMs : Math.max(span.startMs, todayStart);
  const to = Math.min(span.endMs ?? Number.POSITIVE_INFINITY, from + CHECK_WINDOW_MS);
  if (to <= from) return [];
  const existing = ctx.calendar
    .inRange(from, to, [candidate.calendarId])
    .filter((e) => e.id !== candidate.id && e.id !== alsoSkip);
  const seePrivate = canSeePrivate(ctx);
  const byId = new Map(existing.map((e) => [e.id, e]));
  return conflictsWith(candidate, existing, { start: from, end: to }).map(
    ({ candidate: own, existing: other }) => {
      const event = byId.get(other.eventId) as CalendarEventRecord;
      const busy = event.private && !seePrivate;
      return {
        start: own.start,
        other: {
          eventId: event.id,
          title: busy ? '' : event.title,
          busy,
          start: other.start,
          end: other.end,
          allDay: other.allDay,
        },
      };
    },
  );
}

/** A day back from now: enough to include the whole of today in any office zone. */
function startOfToday(ctx: AppContext): number {
  return ctx.clock().getTime() - DAY_MS;
}

function hideDetails(event: CalendarEventRecord): CalendarEventRecord {
  return {
    ...event,
    title: '',
    type: 'other',
    location: '',
    notes: '',
    participantsInternal: [],
    participantsExternal: [],
  };
}

export function requireEvent(ctx: AppContext, id: string): CalendarEventRecord {
  const event = ctx.calendar.get(id);
  if (!event) throw new AppError('NOT_FOUND', { id });
  return event;
}

/** A private item hidden from this user cannot be changed by them either. */
function requireEditable(ctx: AppContext, id: string): CalendarEventRecord {
  const event = requireEvent(ctx, id);
  if (event.private && !canSeePrivate(ctx)) throw new AppError('NOT_ALLOWED', { reason: 'privateEvent' });
  return event;
}

function assertKnownCalendar(ctx: AppContext, calendarId: string): void {
  if (!calendarsOf(ctx.settings.get().office).some((c) => c.id === calendarId)) {
    throw new AppError('VALIDATION', {}, [{ path: 'calendarId', message: 'invalidChoice' }]);
  }
}
