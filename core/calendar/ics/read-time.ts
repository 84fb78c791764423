/**
 * Reading DATE / DATE-TIME values of an imported file into our time model.
 *
 * We read the values as ical.js parsed them into jCal ('2026-03-02T09:00:00', '…Z', '2026-03-02') with
 * the property's TZID, and do the zone arithmetic ourselves with @date-fns/tz (local-time.ts), never
 * with JS Date's local fields, so the result does not depend on the workstation's zone. A TZID that
 * means one of our office zones keeps its wall time and zone (a weekly 09:00 Warsaw stays 09:00 Warsaw);
 * any other zone is turned into the instant — by the file's own VTIMEZONE through ical.js, or by the
 * IANA database when the file has none — and the event is then kept in the default zone.
 *
 * Known limit of that choice: a SERIES in a foreign zone or in UTC repeats at its first wall time in
 * the default zone; where the two zones switch DST on other dates (New York vs Warsaw), occurrences
 * between the switches are an hour off from the sender's. Series from Outlook and Google carry a TZID,
 * and for an office in Poland or Ukraine that TZID is ours, so this is rare. (ical.js also reads a
 * skipped or repeated wall time of a foreign VTIMEZONE by its own convention, not RFC 5545's.)
 */
import ICAL from 'ical.js';
import { instantOfWall, parseWall, wallOf } from '../local-time';
import type { CalendarTimeZone } from '../types';
import { isKnownIanaZone, officeZoneOf } from './timezones';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type IcalTimezone = InstanceType<typeof ICAL.Timezone>;

export type TimeValue =
  | { kind: 'date'; wall: number }
  /** Wall time in an office zone, or floating (zone null: read in the event's zone). */
  | { kind: 'wall'; wall: number; zone: CalendarTimeZone | null }
  | { kind: 'instant'; ms: number };

export type TimeProblem = 'invalid' | 'unsupportedTimeZone';

/** The VTIMEZONE definitions of a calendar by TZID, for zones that are neither ours nor IANA names. */
export type ZoneTable = Map<string, IcalTimezone>;

export function zoneTable(calendar: Component): ZoneTable {
  const table: ZoneTable = new Map();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') table.set(tzid, new ICAL.Timezone(vtz));
  }
  return table;
}

const VALUE_RE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;

/** The raw jCal values of a property (strings for DATE/DATE-TIME/DURATION/unknown types). */
export function jcalValues(prop: Property): unknown[] {
  return (prop.toJSON() as unknown[]).slice(3);
}

export function tzidOf(prop: Property): string | null {
  const tzid = prop.getParameter('tzid');
  return typeof tzid === 'string' && tzid.trim() !== '' ? tzid : null;
}

/** One DATE or DATE-TIME value with its TZID, in our model; a problem when it cannot be placed. */
export function readTimeValue(
  value: unknown,
  tzid: string | null,
  zones: ZoneTable,
): TimeValue | TimeProblem {
  if (typeof value !== 'string') return 'invalid';
  const m = VALUE_RE.exec(value);
  if (!m) return 'invalid';
  const [, date = '', hh, mm, ss, utc] = m;
  // A leap second (:60) is allowed by RFC 5545; our wall strings stop at :59.
  const seconds = ss === undefined ? undefined : String(Math.min(Number(ss), 59)).padStart(2, '0');
  const parsed = parseWall(hh === undefined ? date : `${date}T${hh}:${mm}:${seconds}`);
  if (!parsed) return 'invalid';
  const wall = parsed.wall;
  if (parsed.dateOnly) return { kind: 'date', wall };
  if (utc) return { kind: 'instant', ms: wall };
  if (tzid === null) return { kind: 'wall', wall, zone: null };
  const office = officeZoneOf(tzid);
  if (office) return { kind: 'wall', wall, zone: office };
  const defined = zones.get(tzid);
  if (defined) {
    const d = new Date(wall);
    const time = ICAL.Time.fromData(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        isDate: false,
      },
      defined,
    );
    const ms = time.toUnixTime() * 1000;
    return Number.isFinite(ms) ? { kind: 'instant', ms } : 'unsupportedTimeZone';
  }
  if (isKnownIanaZone(tzid)) return { kind: 'instant', ms: instantOfWall(wall, tzid) };
  return 'unsupportedTimeZone';
}

/** The value as a floating wall value in `zone` (dates stay dates). */
export function wallIn(value: TimeValue, zone: CalendarTimeZone): number {
  switch (value.kind) {
    case 'date':
      return value.wall;
    case 'wall':
      return value.zone === null || value.zone === zone
        ? value.wall
        : wallOf(instantOfWall(value.wall, value.zone), zone);
    case 'instant':
      return wallOf(value.ms, zone);
  }
}

/** The value as an instant; floating times and dates are read in `zone`. */
export function instantIn(value: TimeValue, zone: CalendarTimeZone): number {
  switch (value.kind) {
    case 'date':
      return instantOfWall(value.wall, zone);
    case 'wall':
      return instantOfWall(value.wall, value.zone ?? zone);
    case 'instant':
      return value.ms;
  }
}
