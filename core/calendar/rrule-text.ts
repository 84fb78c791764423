/**
 * Strict reading of a stored RRULE value (RFC 5545 §3.3.10, the part after "RRULE:", no DTSTART).
 * `rrule`'s own parser is lenient (it accepts 'FREQ=FOO', 'INTERVAL=0', 'BYDAY=XX' silently), so we
 * check the grammar ourselves before handing the text to it, and we narrow it to what a calendar of
 * people needs: DAILY or coarser, no BYHOUR/BYMINUTE/BYSECOND (the time of day comes from the start).
 * That narrowing is also what keeps expansion cheap; see recurrence.ts for the hard caps.
 */
import { RRule } from './rrule-lib';
import type { Options } from './rrule-lib';

export const ALLOWED_FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const INT_LIST = /^[+-]?\d{1,3}(?:,[+-]?\d{1,3})*$/;
const BYDAY_RE = new RegExp(`^[+-]?\\d{0,2}${WEEKDAY}(?:,[+-]?\\d{0,2}${WEEKDAY})*$`);
const UNTIL_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** UNTIL as written: a date, a floating local date-time, or a UTC instant. */
export type Until =
  | { kind: 'date'; year: number; month: number; day: number }
  | {
      kind: 'local' | 'utc';
      year: number;
      month: number;
      day: number;
      hour: number;
      minute: number;
      second: number;
    };

export interface ParsedRrule {
  /** Options for `new RRule(...)`, without dtstart/until/tzid (recurrence.ts supplies them). */
  options: Partial<Options>;
  until: Until | null;
}

function intsIn(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  if (!INT_LIST.test(value)) return null;
  const nums = value.split(',').map(Number);
  for (const n of nums) {
    const abs = Math.abs(n);
    if (n === 0 || abs < min || abs > max || (!allowNegative && n < 0)) return null;
  }
  return nums;
}

function parseUntil(value: string): Until | null {
  const m = UNTIL_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return null;
  if (m[4] === undefined) return { kind: 'date', year, month, day };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { kind: m[7] ? 'utc' : 'local', year, month, day, hour, minute, second };
}

/** Returns the parsed rule, or null when the text is not a rule this module accepts. */
export function parseRrule(text: string): ParsedRrule | null {
  if (typeof text !== 'string' || text.trim() === '' || /[\r\n]/.test(text)) return null;
  const seen = new Map<string, string>();
  for (const part of text.trim().split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq).toUpperCase();
    if (seen.has(key)) return null;
    seen.set(key, part.slice(eq + 1).toUpperCase());
  }
  const freq = seen.get('FREQ');
  if (!freq || !(ALLOWED_FREQS as readonly string[]).includes(freq)) return null;
  if (seen.has('COUNT') && seen.has('UNTIL')) return null;

  let until: Until | null = null;
  let months: number[] | null = null;
  let monthDays: number[] | null = null;
  for (const [key, value] of seen) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
      case 'COUNT':
        if (!/^\d{1,4}$/.test(value) || Number(value) < 1) return null;
        break;
      case 'UNTIL':
        until = parseUntil(value);
        if (!until) return null;
        break;
      case 'BYDAY':
        if (!BYDAY_RE.test(value)) return null;
        break;
      case 'WKST':
        if (!new RegExp(`^${WEEKDAY}$`).test(value)) return null;
        break;
      case 'BYMONTH':
        months = intsIn(value, 1, 12, false);
        if (!months) return null;
        break;
      case 'BYMONTHDAY':
        monthDays = intsIn(value, 1, 31, true);
        if (!monthDays) return null;
        break;
      case 'BYYEARDAY':
      case 'BYSETPOS':
        if (!intsIn(value, 1, 366, true)) return null;
        break;
      case 'BYWEEKNO':
        if (!intsIn(value, 1, 53, true)) return null;
        break;
      default:
        return null; // BYHOUR, BYMINUTE, BYSECOND, X-names, DTSTART, typos
    }
  }
  // A rule that can never produce a date would make rrule scan to year 9999: reject e.g. Feb 30.
  if (months && monthDays && monthDays.every((d) => d > 0)) {
    const possible = months.some((m) => monthDays.some((d) => d <= (MONTH_DAYS[m - 1] ?? 0)));
    if (!possible) return null;
  }

  const withoutUntil = [...seen].filter(([k]) => k !== 'UNTIL').map(([k, v]) => `${k}=${v}`);
  let options: Partial<Options>;
  try {
    options = RRule.parseString(withoutUntil.join(';'));
  } catch {
    return null;
  }
  return { options, until };
}

export function isValidRrule(text: string): boolean {
  return parseRrule(text) !== null;
}
