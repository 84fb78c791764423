/**
 * Export of calendar events as an iCalendar file (RFC 5545), for Outlook, Google Calendar and phones.
 *
 * Why a hand-written serializer and not `ical-generator`: its current major needs Node 22 (we run on
 * 20), it takes time zones through a date library of its choice plus a VTIMEZONE generator callback,
 * and our X-PRESSDESK-* properties, exact EXDATE forms and privacy rule would all be written around
 * it. What is left — escaping, UTF-8-safe folding, CRLF — is small and lives in text.ts with tests;
 * the VTIMEZONE blocks come from `timezones-ical-library` (timezones.ts). The output is checked by two
 * independent parsers in the tests (ical.js, which the import uses, and node-ical).
 *
 * Time model (see recurrence.ts): a timed event's DTSTART is the local wall time of `start` in its
 * `timeZone`, written with that TZID, so a weekly 09:00 stays 09:00 across the DST switch in every
 * reader. All-day events use DATE values with an exclusive DTEND, as we store them.
 */
import { AppError } from '../../errors';
import { parseInstant } from '../../deadlines/local-date';
import { instantOfWall, parseWall, wallOf } from '../local-time';
import type { CalendarEventRecord } from '../record';
import { CALENDAR_TIME_ZONES } from '../types';
import type { CalendarTimeZone, EventStatus } from '../types';
import { composeDescription, DEFAULT_PARTICIPANT_LABELS } from './description';
import type { ParticipantLabels } from './description';
import { DAY_MS, icsDate, icsLocalDateTime, icsUtc, rruleForExport } from './ics-time';
import { escapeText, escapeTextList, joinContentLines } from './text';
import { vtimezoneLines } from './timezones';

export interface IcsExportOptions {
  /** X-WR-CALNAME: the name other programs show for the subscribed/imported calendar. */
  calendarName: string;
  /** PRODID; defaults to DEFAULT_PRODUCT_ID. */
  productId?: string;
  /** DTSTAMP of every event (the moment of export), passed in so the output is reproducible. */
  now: Date;
  /** False: private events keep only their time, status and `busyLabel` (for sharing outside). */
  includePrivateDetails: boolean;
  /** SUMMARY of a private event exported without details, e.g. the translated "Busy". */
  busyLabel: string;
  /** Translated labels of the participants lines appended to DESCRIPTION. */
  participantLabels?: ParticipantLabels;
}

export const DEFAULT_PRODUCT_ID = '-//PressDesk//PressDesk Calendar//PL';
/** UID suffix that marks our own events; icsToEvents recognises it to keep the id. */
export const UID_DOMAIN = 'pressdesk';

const STATUS: Record<EventStatus, string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

function invalid(id: string, path: string, message: string): AppError {
  return new AppError('VALIDATION', { id }, [{ path, message }]);
}

/** The whole calendar as text with CRLF line ends and folded lines. */
export function eventsToIcs(events: readonly CalendarEventRecord[], options: IcsExportOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  // Only timed events refer to a TZID (all-day ones use DATE values); one VTIMEZONE per zone used.
  const used = new Set(events.filter((e) => !e.allDay).map((e) => e.timeZone));
  for (const zone of CALENDAR_TIME_ZONES) if (used.has(zone)) lines.push(...vtimezoneLines(zone));
  for (const event of events) lines.push(...veventLines(event, options));
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}

function veventLines(e: CalendarEventRecord, options: IcsExportOptions): string[] {
  const details = !e.private || options.includePrivateDetails;
  const title = details ? e.title : options.busyLabel;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${e.id}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${icsUtc(options.now.getTime())}`,
  ];
  const created = parseInstant(e.createdAt);
  const modified = parseInstant(e.updatedAt);
  if (created !== null) lines.push(`CREATED:${icsUtc(created)}`);
  if (modified !== null) lines.push(`LAST-MODIFIED:${icsUtc(modified)}`);
  const timing = e.allDay ? allDayTiming(e) : timedTiming(e);
  lines.push(...timing.lines, `SUMMARY:${escapeText(title)}`);
  if (details) {
    const description = composeDescription(
      e.notes,
      e.participantsInternal,
      e.participantsExternal,
      options.participantLabels ?? DEFAULT_PARTICIPANT_LABELS,
    );
    if (e.location !== '') lines.push(`LOCATION:${escapeText(e.location)}`);
    if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (e.participantsInternal.length > 0) {
      lines.push(`X-PRESSDESK-PARTICIPANTS-INTERNAL:${escapeTextList(e.participantsInternal)}`);
    }
    if (e.participantsExternal.length > 0) {
      lines.push(`X-PRESSDESK-PARTICIPANTS-EXTERNAL:${escapeTextList(e.participantsExternal)}`);
    }
    // The type can itself say too much ("official_trip"), so it goes only with the details.
    lines.push(`CATEGORIES:${escapeText(e.type)}`, `X-PRESSDESK-TYPE:${escapeText(e.type)}`);
  }
  lines.push(`STATUS:${STATUS[e.status]}`);
  if (e.private) lines.push('CLASS:PRIVATE');
  lines.push(`X-PRESSDESK-CALENDAR:${escapeText(e.calendarId)}`);
  // DATE values carry no zone, but our all-day events have one (their days are its midnights).
  if (e.allDay) lines.push(`X-PRESSDESK-TIMEZONE:${e.timeZone}`);
  if (e.rrule !== null) {
    lines.push(`RRULE:${rruleForExport(e.rrule, e.allDay, e.timeZone)}`);
    lines.push(...exdateLines(e, timing.startWall));
  }
  for (const minutes of e.reminders) {
    if (!Number.isInteger(minutes) || minutes < 0) continue;
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-PT${minutes}M`,
      `DESCRIPTION:${escapeText(title)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

interface Timing {
  lines: string[];
  /** Floating wall value of the start (local midnight for all-day events). */
  startWall: number;
}

function allDayTiming(e: CalendarEventRecord): Timing {
  const start = parseWall(e.start);
  const end = parseWall(e.end);
  if (!start?.dateOnly) throw invalid(e.id, 'start', 'invalidDate');
  if (!end?.dateOnly) throw invalid(e.id, 'end', 'invalidDate');
  return {
    lines: [`DTSTART;VALUE=DATE:${icsDate(start.wall)}`, `DTEND;VALUE=DATE:${icsDate(end.wall)}`],
    startWall: start.wall,
  };
}

function timedTiming(e: CalendarEventRecord): Timing {
  const tz: CalendarTimeZone = e.timeZone;
  const startMs = parseInstant(e.start);
  const endMs = parseInstant(e.end);
  if (startMs === null) throw invalid(e.id, 'start', 'invalidDateTime');
  if (endMs === null) throw invalid(e.id, 'end', 'invalidDateTime');
  const startWall = wallOf(startMs, tz);
  const endWall = wallOf(endMs, tz);
  // An end in the repeated autumn hour (second 02:30) would read back as the first one: write such
  // an end as UTC, which is allowed next to a DTSTART with TZID and is exact.
  const end =
    instantOfWall(endWall, tz) === endMs
      ? `DTEND;TZID=${tz}:${icsLocalDateTime(endWall)}`
      : `DTEND:${icsUtc(endMs)}`;
  return { lines: [`DTSTART;TZID=${tz}:${icsLocalDateTime(startWall)}`, end], startWall };
}

/**
 * One EXDATE per cancelled occurrence (one per line reads everywhere; comma lists trip some readers).
 * A bare date on a timed series cancels that day's occurrence, which starts at the series' time of
 * day: EXDATE must name that exact start, so the date gets the start's local time.
 */
function exdateLines(e: CalendarEventRecord, startWall: number): string[] {
  const timeOfDay = ((startWall % DAY_MS) + DAY_MS) % DAY_MS;
  const values = new Set<string>();
  for (const x of e.exdates) {
    const p = parseWall(x);
    if (!p) throw invalid(e.id, 'exdates', 'invalidDateTime');
    if (e.allDay) values.add(`EXDATE;VALUE=DATE:${icsDate(p.wall)}`);
    else {
      const wall = p.dateOnly ? p.wall + timeOfDay : p.wall;
      values.add(`EXDATE;TZID=${e.timeZone}:${icsLocalDateTime(wall)}`);
    }
  }
  return [...values];
}
