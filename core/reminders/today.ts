/**
 * The "Today" home screen: everything overdue, due today and due in the next days, across modules.
 * "Today" is the office's local day, not the workstation's: the boundaries are local midnights in the
 * office zone, computed with the zone's rules for that very date (a day can have 23 or 25 hours).
 */
import { DeadlineError } from '../deadlines/errors';
import {
  addDays,
  assertLocalDate,
  diffDays,
  endOfLocalDay,
  localParts,
  normalizeTimeZone,
  parseInstant,
} from '../deadlines/local-date';
import type { Clock, DueGroups, DueItem, Entry } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MODULE_ORDER = ['inquiries', 'authorizations', 'decisions', 'patronage', 'calendar'];

export const DEFAULT_HORIZON_DAYS = 7;
export const MAX_HORIZON_DAYS = 366;

/**
 * The instant an item is due: its `dueAt`, or for a day-precision item the END of its local day in
 * the office zone (24:00 = the next local midnight). Throws DeadlineError('INVALID_DATE') when the
 * item is malformed (both or neither of dueAt / dueDate set, an unparsable value).
 */
export function dueInstantOf(item: DueItem, timeZone: string): number {
  const { dueAt, dueDate } = item as { dueAt: unknown; dueDate: unknown };
  const hasAt = dueAt !== null && dueAt !== undefined;
  const hasDate = dueDate !== null && dueDate !== undefined;
  if (hasAt === hasDate) {
    throw new DeadlineError('INVALID_DATE', { field: 'due', value: item.recordId });
  }
  if (hasAt) {
    const ms = parseInstant(dueAt);
    if (ms === null) throw new DeadlineError('INVALID_DATE', { field: 'dueAt', value: String(dueAt) });
    return ms;
  }
  return endOfLocalDay(assertLocalDate(dueDate, 'dueDate'), normalizeTimeZone(timeZone));
}

/** The clock of one item at `nowMs`, in the office zone. */
export function clockOf(item: DueItem, nowMs: number, timeZone: string): Clock {
  const zone = normalizeTimeZone(timeZone);
  const dueInstant = dueInstantOf(item, zone);
  const remainingMs = dueInstant - nowMs;
  if (remainingMs > 0) {
    const minutes = Math.ceil(remainingMs / MINUTE_MS);
    return {
      dueInstant,
      remainingMs,
      overdueBy: null,
      remaining: {
        days: Math.floor(minutes / 1440),
        hours: Math.floor((minutes % 1440) / 60),
        minutes: minutes % 60,
      },
    };
  }
  const late = nowMs - dueInstant;
  const overdueBy =
    item.dueDate !== null
      ? { days: diffDays(item.dueDate, localParts(nowMs, zone).date), hours: 0 }
      : { days: Math.floor(late / DAY_MS), hours: Math.floor((late % DAY_MS) / HOUR_MS) };
  return { dueInstant, remainingMs, overdueBy, remaining: { days: 0, hours: 0, minutes: 0 } };
}

/** By due instant (for overdue items: the most late first), then a stable order of module, record and kind. */
export function compareEntries(a: Entry, b: Entry): number {
  return (
    a.dueInstant - b.dueInstant ||
    MODULE_ORDER.indexOf(a.module) - MODULE_ORDER.indexOf(b.module) ||
    compareText(a.recordId, b.recordId) ||
    compareText(a.kind, b.kind)
  );
}

/**
 * Groups items for the home screen at `now`:
 * - overdue: due at or before now (the deadline instant has passed), most late first;
 * - today: due after now and at or before the end of the office's local today (24:00);
 * - upcoming: due after today and at or before 24:00 of the `horizonDays`-th local day after today.
 * Items beyond the horizon are left out.
 */
export function groupDue(
  items: readonly DueItem[],
  now: Date,
  timeZone: string,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): DueGroups {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('groupDue: invalid now');
  if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > MAX_HORIZON_DAYS) {
    throw new RangeError(`groupDue: horizonDays must be an integer 0…${MAX_HORIZON_DAYS}`);
  }
  const zone = normalizeTimeZone(timeZone);
  const today = localParts(nowMs, zone).date;
  const endOfToday = endOfLocalDay(today, zone);
  const endOfHorizon = endOfLocalDay(addDays(today, horizonDays), zone);

  const groups: DueGroups = { overdue: [], today: [], upcoming: [] };
  for (const item of items) {
    const entry = { ...item, ...clockOf(item, nowMs, zone) } as Entry;
    if (entry.dueInstant <= nowMs) groups.overdue.push(entry);
    else if (entry.dueInstant <= endOfToday) groups.today.push(entry);
    else if (entry.dueInstant <= endOfHorizon) groups.upcoming.push(entry);
  }
  groups.overdue.sort(compareEntries);
  groups.today.sort(compareEntries);
  groups.upcoming.sort(compareEntries);
  return groups;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
