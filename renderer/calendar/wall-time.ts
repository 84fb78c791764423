/**
 * Conversions between instants and the office's wall-clock time for the calendar screen.
 *
 * FullCalendar only knows named zones through an extra plugin; without one it would convert offsets
 * to the MACHINE's zone. So the grid runs in 'UTC' and is given office wall times as offset-less
 * strings: 09:00 in Warsaw is handed over as '…T09:00:00' and drawn at 09:00 wherever the laptop is.
 * The Dates FullCalendar hands back ("markers") carry that wall time in their UTC fields; they are
 * turned back into instants with the zone's rules for that very date (core/calendar/local-time).
 */
import { formatWall, instantOfWall, parseWall, wallOf } from '../../core/calendar/local-time';

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DDTHH:mm:ss' wall time of an instant in `timeZone`, without offset. */
export function wallTimeOf(iso: string, timeZone: string): string {
  return formatWall(wallOf(Date.parse(iso), timeZone), false);
}

/** The instant (UTC ISO) of a FullCalendar marker read as wall time in `timeZone`. */
export function instantOfMarker(marker: Date, timeZone: string): string {
  return new Date(instantOfWall(marker.getTime(), timeZone)).toISOString();
}

/** The local day ('YYYY-MM-DD') of a FullCalendar marker. */
export function dayOfMarker(marker: Date): string {
  return formatWall(marker.getTime(), true);
}

/** The local day ('YYYY-MM-DD') of an instant in `timeZone`. */
export function dayOfInstant(iso: string, timeZone: string): string {
  return formatWall(wallOf(Date.parse(iso), timeZone), true);
}

/** `day` moved by `days` calendar days (no DST involved: days are counted on the wall). */
export function addDays(day: string, days: number): string {
  const parsed = parseWall(day);
  if (!parsed) return day;
  return formatWall(parsed.wall + days * DAY_MS, true);
}

/** Value for <input type="datetime-local"> showing an instant in `timeZone`. */
export function inputOfInstant(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : formatWall(wallOf(ms, timeZone), false).slice(0, 16);
}

/**
 * The instant a datetime-local value means in `timeZone` ('' when it is not a date and time, which
 * the contract then reports as a missing field). A time in the spring gap is read as RFC 5545 says.
 */
export function instantOfInput(value: string, timeZone: string): string {
  const parsed = parseWall(value);
  if (!parsed || parsed.dateOnly) return '';
  return new Date(instantOfWall(parsed.wall, timeZone)).toISOString();
}

/** A wall time ('YYYY-MM-DDTHH:mm') moved by `minutes` on the wall. */
export function addWallMinutes(value: string, minutes: number): string {
  const parsed = parseWall(value);
  if (!parsed) return value;
  return formatWall(parsed.wall + minutes * 60_000, false).slice(0, 16);
}

/** A FullCalendar marker as a form value: 'YYYY-MM-DDTHH:mm', or 'YYYY-MM-DD' for a day. */
export function inputOfMarker(marker: Date, dateOnly: boolean): string {
  return dateOnly ? dayOfMarker(marker) : formatWall(marker.getTime(), false).slice(0, 16);
}
