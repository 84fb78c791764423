/**
 * iCalendar DATE / DATE-TIME forms (RFC 5545 §3.3.4–5) of our floating wall values and UTC instants.
 * Everything goes through epoch-ms numbers and the UTC fields of Date, never the host's local fields,
 * so the output does not depend on the workstation's time zone.
 */
import { formatWall, instantOfWall, parseWall, wallOf } from '../local-time';

export const DAY_MS = 86_400_000;

/** 'YYYYMMDD' of a floating wall value. */
export function icsDate(wall: number): string {
  return formatWall(wall, true).replace(/-/g, '');
}

/** 'YYYYMMDDTHHMMSS' (local, no zone suffix) of a floating wall value. */
export function icsLocalDateTime(wall: number): string {
  return formatWall(wall, false).replace(/[-:]/g, '');
}

/** 'YYYYMMDDTHHMMSSZ' of an instant. */
export function icsUtc(ms: number): string {
  return `${icsLocalDateTime(ms)}Z`;
}

const UNTIL_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i;

/**
 * The RRULE as stored, with UNTIL brought to the value type RFC 5545 §3.3.10 demands, because
 * Outlook and others misread a mismatch: UTC for a timed series (its DTSTART has a TZID), a DATE for
 * an all-day one. The meaning is kept as recurrence.ts reads it: a date UNTIL on a timed series
 * includes that whole local day, a local UNTIL is wall time in the event's zone. Everything else in
 * the rule is written exactly as stored.
 */
export function rruleForExport(rule: string, allDay: boolean, timeZone: string): string {
  return rule
    .split(';')
    .map((part) => {
      const eq = part.indexOf('=');
      if (part.slice(0, eq).toUpperCase() !== 'UNTIL') return part;
      const m = UNTIL_RE.exec(part.slice(eq + 1));
      if (!m) return part;
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      const dayWall = parseWall(date)?.wall;
      if (dayWall === undefined) return part;
      if (allDay) {
        if (m[4] === undefined) return part;
        const wall = m[7] ? wallOf(Date.parse(`${date}T${m[4]}:${m[5]}:${m[6]}Z`), timeZone) : dayWall;
        return `UNTIL=${icsDate(wall)}`;
      }
      if (m[7]) return part;
      const wall =
        m[4] === undefined
          ? dayWall + DAY_MS - 1000
          : dayWall + ((Number(m[4]) * 60 + Number(m[5])) * 60 + Number(m[6])) * 1000;
      return `UNTIL=${icsUtc(instantOfWall(wall, timeZone))}`;
    })
    .join(';');
}
