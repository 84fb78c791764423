/**
 * Wall-clock ("floating") time and its conversion to instants in an IANA zone.
 *
 * A floating value is a Date/epoch-ms whose UTC fields carry the LOCAL wall time (09:00 Warsaw is
 * stored as 09:00Z). `rrule` does its calendar arithmetic on such values, so a weekly 09:00 stays 09:00
 * on the wall whatever the offset; only at the end is each wall time turned into a real instant
 * with the zone's rules for that very date (@date-fns/tz).
 */
import { tzOffset } from '@date-fns/tz';

const HOUR_MS = 3_600_000;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Local wall time of an instant, as a floating epoch-ms value. */
export function wallOf(ms: number, timeZone: string): number {
  return ms + tzOffset(timeZone, new Date(ms)) * 60_000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `wall` (floating ms), per RFC 5545 §3.3.5:
 * an ambiguous time (autumn fall-back hour) is the FIRST of the two instants; a time that does not
 * exist (spring gap) is read with the offset in force before the gap (02:30 → 03:30 summer time).
 */
export function instantOfWall(wall: number, timeZone: string): number {
  const before = tzOffset(timeZone, new Date(wall - 12 * HOUR_MS));
  const after = tzOffset(timeZone, new Date(wall + 12 * HOUR_MS));
  const candidates = [wall - before * 60_000, wall - after * 60_000].filter(
    (ms) => wallOf(ms, timeZone) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before * 60_000;
}

/** 'YYYY-MM-DD' (dateOnly) or 'YYYY-MM-DDTHH:mm:ss' for a floating value. */
export function formatWall(wall: number, dateOnly: boolean): string {
  const iso = new Date(wall).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * Parses a local date ('YYYY-MM-DD') or local date-time without offset ('YYYY-MM-DDTHH:mm[:ss]')
 * into a floating value; null when malformed or not a real date/time.
 */
export function parseWall(text: string): { wall: number; dateOnly: boolean } | null {
  if (typeof text !== 'string') return null;
  const m = LOCAL_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return { wall: date.getTime(), dateOnly: m[4] === undefined };
}

/** The instant a local day begins (its midnight, or the first instant after a gap). */
export function startOfLocalDayMs(wallMidnight: number, timeZone: string): number {
  return instantOfWall(wallMidnight, timeZone);
}
