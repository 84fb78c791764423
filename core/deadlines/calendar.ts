/**
 * Day-off calendar per jurisdiction. A working day is Monday–Friday that is not a statutory day off:
 * - PL: Sunday, Saturday (5-day week of public offices; for term ends see roll.ts), PL holidays;
 * - UA: Saturday, Sunday, and — only outside the martial-law suspension — КЗпП ст. 73 holidays and
 *   the days off transferred to a weekday by ст. 67 ч. 3.
 */
import { DeadlineError } from './errors';
import { PL_COVERAGE_FROM, PL_COVERAGE_TO, plHolidayOn } from './holidays-pl';
import {
  UA_COVERAGE_FROM,
  UA_COVERAGE_TO,
  isUaHolidaySuspended,
  uaHolidayOn,
  uaTransferOn,
} from './holidays-ua';
import { addDays, assertLocalDate, dayOfWeek } from './local-date';
import type { CalendarOptions, DayInfo, Jurisdiction } from './types';

export const COVERAGE: Record<Jurisdiction, { from: string; to: string }> = {
  PL: { from: PL_COVERAGE_FROM, to: PL_COVERAGE_TO },
  UA: { from: UA_COVERAGE_FROM, to: UA_COVERAGE_TO },
};

/** Validates the martial-law option: undefined/null → null (still in force), else a YYYY-MM-DD date. */
export function resolveMartialLawEnd(opts?: CalendarOptions): string | null {
  const end = opts?.uaMartialLawEnd;
  if (end === undefined || end === null) return null;
  return assertLocalDate(end, 'uaMartialLawEnd');
}

export function assertCovered(date: string, jurisdiction: Jurisdiction): void {
  const c = COVERAGE[jurisdiction];
  if (date < c.from || date > c.to) {
    throw new DeadlineError('DATE_OUT_OF_RANGE', { date, jurisdiction, from: c.from, to: c.to });
  }
}

/** Full information about one local date; `martialLawEnd` must already be validated. */
export function dayInfoResolved(
  date: string,
  jurisdiction: Jurisdiction,
  martialLawEnd: string | null,
): DayInfo {
  assertCovered(date, jurisdiction);
  const dow = dayOfWeek(date);
  const weekend = dow === 0 ? 'sunday' : dow === 6 ? 'saturday' : null;
  if (jurisdiction === 'PL') {
    const h = plHolidayOn(date);
    if (h) return { off: true, reason: `holiday:${h.key}`, suspendedHoliday: null };
    return { off: weekend !== null, reason: weekend, suspendedHoliday: null };
  }
  const h = uaHolidayOn(date);
  const suspended = isUaHolidaySuspended(date, martialLawEnd);
  if (h && !suspended) return { off: true, reason: `holiday:${h.key}`, suspendedHoliday: null };
  const suspendedHoliday = h && suspended ? h.key : null;
  if (weekend) return { off: true, reason: weekend, suspendedHoliday };
  if (!suspended) {
    const t = uaTransferOn(date, martialLawEnd);
    if (t) return { off: true, reason: `transfer:${t.key}`, suspendedHoliday: null };
  }
  return { off: false, reason: null, suspendedHoliday };
}

export function dayInfo(date: string, jurisdiction: Jurisdiction, opts?: CalendarOptions): DayInfo {
  assertLocalDate(date, 'date');
  return dayInfoResolved(date, jurisdiction, resolveMartialLawEnd(opts));
}

/**
 * Is `date` a day off? reason: 'saturday' | 'sunday' | 'holiday:<key>' | 'transfer:<key>' (UA
 * peacetime transfer, КЗпП ст. 67 ч. 3), or null for a working day. A holiday that falls on a
 * weekend reports the holiday.
 */
export function isDayOff(
  date: string,
  jurisdiction: Jurisdiction,
  opts?: CalendarOptions,
): { off: boolean; reason: string | null } {
  const { off, reason } = dayInfo(date, jurisdiction, opts);
  return { off, reason };
}

/**
 * Number of working days in (fromDate, toDate]; negative (−count of (toDate, fromDate]) when toDate is
 * earlier; 0 when equal.
 */
export function workingDaysBetween(
  fromDate: string,
  toDate: string,
  jurisdiction: Jurisdiction,
  opts?: CalendarOptions,
): number {
  assertLocalDate(fromDate, 'fromDate');
  assertLocalDate(toDate, 'toDate');
  const end = resolveMartialLawEnd(opts);
  if (fromDate === toDate) return 0;
  const [lo, hi, sign] = fromDate < toDate ? [fromDate, toDate, 1] : [toDate, fromDate, -1];
  let count = 0;
  for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) {
    if (!dayInfoResolved(d, jurisdiction, end).off) count++;
  }
  return sign * count;
}
