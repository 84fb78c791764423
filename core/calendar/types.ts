/**
 * Calendar events: the stored shape and its validation. Messages are i18n keys, as in the rest of core.
 *
 * Timed events carry ISO instants with an offset; all-day events carry local dates ('YYYY-MM-DD',
 * `end` exclusive, so a one-day event on 3 May is 2026-05-03 → 2026-05-04). `rrule` is the RRULE
 * value without DTSTART (the start is `start`, read in `timeZone`); `exdates` are local start
 * date-times ('YYYY-MM-DDTHH:mm[:ss]') or dates of cancelled occurrences — a date cancels every
 * occurrence that starts on that local day.
 */
import { z } from 'zod';
import { parseInstant } from '../deadlines/local-date';
import { parseWall } from './local-time';
import { isValidRrule } from './rrule-text';

export const EVENT_TYPES = [
  'meeting',
  'council_session',
  'press_conference',
  'residents_meeting',
  'ceremony',
  'official_trip',
  'representation',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['planned', 'confirmed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const CALENDAR_TIME_ZONES = ['Europe/Warsaw', 'Europe/Kyiv'] as const;
export type CalendarTimeZone = (typeof CALENDAR_TIME_ZONES)[number];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Longest a single event may last (a fortnight's official trip fits; a month view looks back this far). */
export const MAX_EVENT_SPAN_MS = 92 * 86_400_000;

const ExdateSchema = z.string().refine((v) => parseWall(v) !== null, 'invalidDateTime');

export const EventObject = z.object({
  id: z.string().trim().min(1, 'required'),
  calendarId: z.string().trim().min(1, 'required'),
  type: z.enum(EVENT_TYPES, 'invalidChoice'),
  title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  allDay: z.boolean('invalidChoice'),
  start: z.string('required').min(1, 'required'),
  end: z.string('required').min(1, 'required'),
  timeZone: z.enum(CALENDAR_TIME_ZONES, 'invalidChoice'),
  rrule: z.string().nullable(),
  exdates: z.array(ExdateSchema).max(1000, 'tooLong'),
  status: z.enum(EVENT_STATUSES, 'invalidChoice'),
  private: z.boolean('invalidChoice'),
});

/** Start/end of an event as comparable numbers, or null when the field is malformed for its kind. */
function boundary(value: string, allDay: boolean): number | null {
  if (allDay) {
    if (!DATE_RE.test(value)) return null;
    return parseWall(value)?.wall ?? null;
  }
  return parseInstant(value);
}

/** Cross-field checks shared by every schema built on the event's fields. */
export function checkEventFields(
  e: Pick<CalendarEvent, 'allDay' | 'start' | 'end' | 'rrule'>,
  ctx: z.core.$RefinementCtx,
): void {
  const start = boundary(e.start, e.allDay);
  const end = boundary(e.end, e.allDay);
  const kind = e.allDay ? 'invalidDate' : 'invalidDateTime';
  if (start === null) ctx.addIssue({ code: 'custom', message: kind, path: ['start'] });
  if (end === null) ctx.addIssue({ code: 'custom', message: kind, path: ['end'] });
  if (start !== null && end !== null && end <= start) {
    ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['end'] });
  } else if (start !== null && end !== null && end - start > MAX_EVENT_SPAN_MS) {
    ctx.addIssue({ code: 'custom', message: 'eventTooLong', path: ['end'] });
  }
  if (e.rrule !== null && !isValidRrule(e.rrule)) {
    ctx.addIssue({ code: 'custom', message: 'invalidRrule', path: ['rrule'] });
  }
}

export const CalendarEventSchema = EventObject.superRefine(checkEventFields);
export type CalendarEvent = z.infer<typeof EventObject>;

/** One concrete occurrence of an event (a single event has exactly one). */
export interface Occurrence {
  eventId: string;
  calendarId: string;
  allDay: boolean;
  /** Timed: UTC ISO instant. All-day: local date 'YYYY-MM-DD'. */
  start: string;
  /** Timed: UTC ISO instant. All-day: local date, exclusive. */
  end: string;
  /** Epoch ms of start/end; for all-day, the local midnights in the event's zone. */
  startMs: number;
  endMs: number;
  timeZone: string;
  /** Local start as written in `exdates` ('YYYY-MM-DDTHH:mm:ss' or 'YYYY-MM-DD'). */
  localStart: string;
  /** `${eventId}@${localStart}`: stable across edits of other occurrences and DST. */
  occurrenceKey: string;
  status: EventStatus;
}
