/**
 * Counting primitives over local dates: N working days after a date, and the roll-forward of a term
 * end that falls on a day off. Both report every day they pass over, for the explanation.
 */
import { dayInfoResolved } from './calendar';
import { addDays } from './local-date';
import type { Jurisdiction, RollForward } from './types';

export type CountEvent =
  | { kind: 'skipped'; date: string; reason: string }
  | { kind: 'holidayIsWorkingDay'; date: string; holiday: string };

/** Saturday is treated like a statutory day off for term ends from these dates. */
export const SATURDAY_ROLLS_FROM: Record<'PL-KPA-57-4' | 'PL-KC-115', string> = {
  // KPA art. 57 § 4 as amended by the act of 7.04.2017 (Dz.U. 2017 poz. 935), in force 1.06.2017.
  'PL-KPA-57-4': '2017-06-01',
  // KC art. 115 as amended (Dz.U. 2016 poz. 2255), in force 1.01.2017.
  'PL-KC-115': '2017-01-01',
};

/**
 * The date `n` working days after `from` (day 0 = `from`, counting starts the next day), with the days
 * skipped (weekends, holidays) and the UA holidays passed that are working days under martial law.
 */
export function addWorkingDays(
  from: string,
  n: number,
  jurisdiction: Jurisdiction,
  martialLawEnd: string | null,
): { date: string; events: CountEvent[] } {
  const events: CountEvent[] = [];
  let date = from;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    const info = dayInfoResolved(date, jurisdiction, martialLawEnd);
    if (info.suspendedHoliday)
      events.push({ kind: 'holidayIsWorkingDay', date, holiday: info.suspendedHoliday });
    if (info.off) events.push({ kind: 'skipped', date, reason: info.reason ?? 'off' });
    else counted++;
  }
  return { date, events };
}

/** Number of working days d with from <= d < to (the working days a pause stopped). */
export function workingDaysInHalfOpen(
  from: string,
  to: string,
  jurisdiction: Jurisdiction,
  martialLawEnd: string | null,
): number {
  let count = 0;
  for (let d = from; d < to; d = addDays(d, 1)) {
    if (!dayInfoResolved(d, jurisdiction, martialLawEnd).off) count++;
  }
  return count;
}

export interface RollResult {
  date: string;
  events: CountEvent[];
  /** PL only: the end is a Saturday before the Saturday rule applied, so it did not roll. */
  saturdayNotRolled: boolean;
}

/** Moves a term end off a day off according to the rule's roll-forward mode. */
export function rollForward(
  end: string,
  mode: RollForward,
  jurisdiction: Jurisdiction,
  martialLawEnd: string | null,
): RollResult {
  const events: CountEvent[] = [];
  if (mode === 'none') return { date: end, events, saturdayNotRolled: false };
  let date = end;
  for (;;) {
    const info = dayInfoResolved(date, jurisdiction, martialLawEnd);
    if (info.suspendedHoliday)
      events.push({ kind: 'holidayIsWorkingDay', date, holiday: info.suspendedHoliday });
    if (!info.off) return { date, events, saturdayNotRolled: false };
    if ((mode === 'PL-KPA-57-4' || mode === 'PL-KC-115') && info.reason === 'saturday') {
      if (date < SATURDAY_ROLLS_FROM[mode]) return { date, events, saturdayNotRolled: true };
    }
    events.push({ kind: 'skipped', date, reason: info.reason ?? 'off' });
    date = addDays(date, 1);
  }
}
