/**
 * Expanding an event into the occurrences that touch a range of instants.
 *
 * Why floating time: `rrule` computes with plain Dates and, without `tzid`, treats their UTC fields
 * as the wall clock. Were we to give it the real instant of the first 09:00 Warsaw meeting (08:00Z in
 * winter), every later occurrence would be 08:00Z too — 10:00 local after the March switch. So DTSTART
 * is the LOCAL wall time dressed as UTC (09:00Z), the rule is expanded in that floating time (where a
 * week is always 7×24 h and the 31st is the 31st), and each result is turned back into an instant with
 * the zone's offset for that date (instantOfWall, @date-fns/tz). We do not use rrule's own `tzid`
 * support: it relies on the host's local zone and returns "local-looking" Dates, which is wrong on a
 * workstation set to another zone.
 *
 * Limits: rules are restricted to DAILY or coarser (rrule-text.ts); an expansion stops after
 * MAX_SCANNED occurrences from DTSTART and returns at most `limit` (≤ MAX_OCCURRENCES) of them, with
 * `truncated` set, so an unbounded or huge rule cannot hang a view. COUNT and UNTIL are honoured
 * (COUNT counts from the first occurrence, including those later removed by EXDATE, as RFC 5545 says).
 */
import { RRule } from './rrule-lib';
import { AppError } from '../errors';
import { parseInstant } from '../deadlines/local-date';
import { formatWall, instantOfWall, parseWall, wallOf } from './local-time';
import { parseRrule } from './rrule-text';
import type { Until } from './rrule-text';
import type { CalendarEvent, Occurrence } from './types';

const DAY_MS = 86_400_000;
/** Most occurrences one expansion returns (a year of daily events fits; a view never needs more). */
export const MAX_OCCURRENCES = 2_000;
/** Most occurrences one expansion walks through from DTSTART before giving up. */
export const MAX_SCANNED = 50_000;

export type InstantInput = string | number | Date;

export interface ExpandOptions {
  /** At most this many occurrences (capped at MAX_OCCURRENCES). */
  limit?: number;
  /**
   * Also expand cancelled events (views show them struck through; their occurrences keep the status
   * 'cancelled', so conflict detection still ignores them). Default: cancelled events have none.
   */
  includeCancelled?: boolean;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** True when a cap stopped the expansion before the end of the range. */
  truncated: boolean;
}

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', {}, [{ path, message }]);
}

export function toMs(value: InstantInput, field: string): number {
  const ms =
    typeof value === 'number' ? value : value instanceof Date ? value.getTime() : parseInstant(value);
  if (ms === null || !Number.isFinite(ms)) throw invalid(field, 'invalidDateTime');
  return ms;
}

function untilWall(until: Until, allDay: boolean, timeZone: string): number {
  if (until.kind === 'date') {
    const midnight = Date.UTC(until.year, until.month - 1, until.day);
    return allDay ? midnight : midnight + DAY_MS - 1000; // a date UNTIL includes that whole local day
  }
  const fields = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
  return until.kind === 'local' ? fields : wallOf(fields, timeZone);
}

/** Occurrences of `event` overlapping [rangeStart, rangeEnd), with the truncation flag. */
export function expand(
  event: CalendarEvent,
  rangeStart: InstantInput,
  rangeEnd: InstantInput,
  options: ExpandOptions = {},
): Expansion {
  const from = toMs(rangeStart, 'rangeStart');
  const to = toMs(rangeEnd, 'rangeEnd');
  const occurrences: Occurrence[] = [];
  if ((event.status === 'cancelled' && !options.includeCancelled) || to <= from) {
    return { occurrences, truncated: false };
  }
  const limit = Math.max(0, Math.min(options.limit ?? MAX_OCCURRENCES, MAX_OCCURRENCES));
  const tz = event.timeZone;

  let startWall: number;
  let span: number; // all-day: local days × DAY_MS on the wall; timed: exact duration in ms
  if (event.allDay) {
    const s = parseWall(event.start);
    const e = parseWall(event.end);
    if (!s?.dateOnly) throw invalid('start', 'invalidDate');
    if (!e?.dateOnly) throw invalid('end', 'invalidDate');
    startWall = s.wall;
    span = e.wall - s.wall;
  } else {
    const s = parseInstant(event.start);
    const e = parseInstant(event.end);
    if (s === null) throw invalid('start', 'invalidDateTime');
    if (e === null) throw invalid('end', 'invalidDateTime');
    startWall = wallOf(s, tz);
    span = e - s;
  }
  if (span <= 0) throw invalid('end', 'endBeforeStart');

  const exDays = new Set<string>();
  const exTimes = new Set<string>();
  for (const x of event.exdates) {
    const p = parseWall(x);
    if (!p) throw invalid('exdates', 'invalidDateTime');
    if (p.dateOnly || event.allDay) exDays.add(formatWall(p.wall, true));
    else exTimes.add(formatWall(p.wall, false));
  }

  /** Builds the occurrence starting at `wall`, or null when it is an exception or out of range. */
  const make = (wall: number): Occurrence | null => {
    const localDate = formatWall(wall, true);
    const localStart = event.allDay ? localDate : formatWall(wall, false);
    if (exDays.has(localDate) || exTimes.has(localStart)) return null;
    const startMs = instantOfWall(wall, tz);
    const endMs = event.allDay ? instantOfWall(wall + span, tz) : startMs + span;
    if (!(startMs < to && endMs > from)) return null;
    return {
      eventId: event.id,
      calendarId: event.calendarId,
      allDay: event.allDay,
      start: event.allDay ? localDate : new Date(startMs).toISOString(),
      end: event.allDay ? formatWall(wall + span, true) : new Date(endMs).toISOString(),
      startMs,
      endMs,
      timeZone: tz,
      localStart,
      occurrenceKey: `${event.id}@${localStart}`,
      status: event.status,
    };
  };

  if (event.rrule === null) {
    const one = limit > 0 ? make(startWall) : null;
    if (one) occurrences.push(one);
    return { occurrences, truncated: false };
  }

  const parsed = parseRrule(event.rrule);
  if (!parsed) throw invalid('rrule', 'invalidRrule');
  const rule = new RRule(
    {
      ...parsed.options,
      dtstart: new Date(startWall),
      until: parsed.until ? new Date(untilWall(parsed.until, event.allDay, tz)) : null,
      tzid: null,
    },
    true,
  );
  // Floating bounds with a day of slack for the zone offset; `make` then checks exact instants.
  const lo = wallOf(from, tz) - span - DAY_MS;
  const hi = wallOf(to, tz) + DAY_MS;
  let scanned = 0;
  let truncated = false;
  rule.all((date) => {
    const wall = date.getTime();
    if (wall > hi) return false;
    if (++scanned > MAX_SCANNED) {
      truncated = true;
      return false;
    }
    if (wall < lo) return true;
    const occ = make(wall);
    if (!occ) return true;
    if (occurrences.length >= limit) {
      truncated = true;
      return false;
    }
    occurrences.push(occ);
    return true;
  });
  return { occurrences, truncated };
}

/** Occurrences of `event` overlapping [rangeStart, rangeEnd), in start order. */
export function expandOccurrences(
  event: CalendarEvent,
  rangeStart: InstantInput,
  rangeEnd: InstantInput,
  options?: ExpandOptions,
): Occurrence[] {
  return expand(event, rangeStart, rangeEnd, options).occurrences;
}

/** Occurrences of many events in a range, sorted by start (then end, then key). */
export function expandAll(
  events: readonly CalendarEvent[],
  rangeStart: InstantInput,
  rangeEnd: InstantInput,
  options?: ExpandOptions,
): Occurrence[] {
  return events.flatMap((e) => expand(e, rangeStart, rangeEnd, options).occurrences).sort(byStart);
}

export function byStart(a: Occurrence, b: Occurrence): number {
  return (
    a.startMs - b.startMs ||
    a.endMs - b.endMs ||
    (a.occurrenceKey < b.occurrenceKey ? -1 : a.occurrenceKey > b.occurrenceKey ? 1 : 0)
  );
}
