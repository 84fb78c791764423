/**
 * Helpers over local calendar dates ('YYYY-MM-DD' strings, no time, no zone) and the conversion
 * between UTC instants and local dates/times in an IANA zone. Calendar arithmetic never touches
 * instants, so DST can never shift a date.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { DeadlineError } from './errors';
import type { Jurisdiction } from './types';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

export const DEFAULT_TIME_ZONES: Record<Jurisdiction, string> = {
  PL: 'Europe/Warsaw',
  UA: 'Europe/Kyiv',
};

/** Old or linked names mapped to the name we store (tzdata 2022b renamed Kiev → Kyiv). */
const ZONE_ALIASES: Record<string, string> = {
  'europe/kiev': 'Europe/Kyiv',
  'europe/kyiv': 'Europe/Kyiv',
};

// ---------------------------------------------------------------------------------------------
// Local dates
// ---------------------------------------------------------------------------------------------

/** Proleptic Gregorian month length; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Parses 'YYYY-MM-DD' into numbers, or null if it is not a real calendar date. */
export function parseDateParts(date: string): { year: number; month: number; day: number } | null {
  if (typeof date !== 'string') return null;
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isLocalDate(date: unknown): date is string {
  return typeof date === 'string' && parseDateParts(date) !== null;
}

/** Throws DeadlineError('INVALID_DATE', { field, value }) unless `date` is a real YYYY-MM-DD date. */
export function assertLocalDate(date: unknown, field: string): string {
  if (!isLocalDate(date)) throw new DeadlineError('INVALID_DATE', { field, value: String(date) });
  return date;
}

function mustParse(date: string): { year: number; month: number; day: number } {
  const p = parseDateParts(date);
  if (!p) throw new DeadlineError('INVALID_DATE', { field: 'date', value: String(date) });
  return p;
}

/** Days since 1970-01-01 (may be negative). */
export function toDayNumber(date: string): number {
  const { year, month, day } = mustParse(date);
  return Math.round(utcMs(year, month, day) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Same day number `n` months later; if the target month is shorter, its last day
 * (KPA art. 57 § 3, ЦК ст. 254 ч. 3).
 */
export function addMonthsClamped(date: string, n: number): { date: string; clamped: boolean } {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  return { date: formatDate(y, m, Math.min(day, last)), clamped: day > last };
}

// ---------------------------------------------------------------------------------------------
// Instants
// ---------------------------------------------------------------------------------------------

/**
 * Parses a strict ISO 8601 instant that carries an offset or Z (e.g. 2026-03-28T20:00:00+01:00,
 * 2026-01-05T23:30:00Z). Returns epoch milliseconds, or null when malformed, zone-less or not a
 * real date/time.
 */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = INSTANT_RE.exec(value.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, z, sign, ohs, oms] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!z) {
    const oh = Number(ohs);
    const om = Number(oms);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  return (
    utcMs(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMinutes * 60_000
  );
}

export function toUtcIso(ms: number): string {
  return new Date(ms).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

const zoneCache = new Map<string, string>();

/**
 * Validates an IANA zone and returns the name to store ('Europe/Kiev' → 'Europe/Kyiv').
 * Throws DeadlineError('INVALID_TIME_ZONE') for anything the runtime does not know and for
 * bare UTC offsets (an office lives in a zone with DST rules, not at a fixed offset).
 */
export function normalizeTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new DeadlineError('INVALID_TIME_ZONE', { timeZone: String(timeZone) });
  }
  const cached = zoneCache.get(timeZone);
  if (cached) return cached;
  const alias = ZONE_ALIASES[timeZone.toLowerCase()];
  let resolved: string;
  if (/^[+-]\d/.test(timeZone)) throw new DeadlineError('INVALID_TIME_ZONE', { timeZone });
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: alias ?? timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new DeadlineError('INVALID_TIME_ZONE', { timeZone });
  }
  // ICU may canonicalise Europe/Kyiv back to Europe/Kiev; we always store the modern name.
  const result = alias ?? ZONE_ALIASES[resolved.toLowerCase()] ?? resolved;
  zoneCache.set(timeZone, result);
  return result;
}

export interface LocalParts {
  date: string;
  /** 'HH:mm' */
  time: string;
  second: number;
  /** Minutes east of UTC, e.g. 60 for CET, 120 for CEST. */
  offsetMinutes: number;
}

/** Local wall-clock parts of an instant in a (validated) zone. */
export function localParts(ms: number, timeZone: string): LocalParts {
  const t = new TZDate(ms, timeZone);
  return {
    date: formatDate(t.getFullYear(), t.getMonth() + 1, t.getDate()),
    time: `${pad2(t.getHours())}:${pad2(t.getMinutes())}`,
    second: t.getSeconds(),
    offsetMinutes: tzOffset(timeZone, new Date(ms)),
  };
}

/** The instant at which the local day `date` begins (its local midnight, or first existing instant). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const { year, month, day } = mustParse(date);
  return new TZDate(year, month - 1, day, 0, 0, 0, 0, timeZone).getTime();
}

/** The instant at which the local day `date` ends: 24:00 = the start of the next day. */
export function endOfLocalDay(date: string, timeZone: string): number {
  return startOfLocalDay(addDays(date, 1), timeZone);
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Local ISO string with offset, e.g. '2026-03-29T21:00:00+02:00'. */
export function formatLocalIso(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.date}T${p.time}:${pad2(p.second)}${formatOffset(p.offsetMinutes)}`;
}

/**
 * Public helper: the local calendar date of an ISO instant in a zone.
 * Throws DeadlineError('INVALID_DATE') for a malformed instant, 'INVALID_TIME_ZONE' for a bad zone.
 */
export function localDateOf(instant: string, timeZone: string): string {
  const ms = parseInstant(instant);
  if (ms === null) throw new DeadlineError('INVALID_DATE', { field: 'instant', value: String(instant) });
  return localParts(ms, normalizeTimeZone(timeZone)).date;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
