/**
 * Time-zone knowledge of the .ics module: the VTIMEZONE blocks we write, and which TZIDs written by
 * other programs mean one of our two office zones.
 *
 * VTIMEZONE source: `timezones-ical-library` (add2cal, Apache-2.0). It is pure JS with no
 * dependencies and no Node built-ins (so it runs in the browser build), it is generated from the IANA
 * database and kept current, and it writes the compact "current rules" form that Outlook, Google and
 * Apple read: for Europe/Warsaw CET/CEST +0100/+0200 with the switch on the last Sunday of March at
 * 02:00 and back on the last Sunday of October at 03:00; for Europe/Kyiv EET/EEST +0200/+0300 at
 * 03:00 and 04:00. `@touch4it/ical-timezones` was not used: it reads its zone files with `node:fs`.
 * The rules are checked against @date-fns/tz (the zone data the rest of the calendar uses) in
 * timezones.test.ts, so a wrong block from an update of the package fails the tests.
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { CalendarTimeZone } from '../types';

/** Content lines (unfolded, without CRLF) of the VTIMEZONE for one of our zones. */
export function vtimezoneLines(zone: CalendarTimeZone): string[] {
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? block[0] : undefined;
  if (typeof text !== 'string' || !text.startsWith('BEGIN:VTIMEZONE')) {
    // Only a broken install can get here; an export without its VTIMEZONE would be silently wrong.
    throw new Error(`timezones-ical-library has no VTIMEZONE for ${zone}`);
  }
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const tzid = lines.find((l) => l.startsWith('TZID:'));
  if (tzid !== `TZID:${zone}`) throw new Error(`VTIMEZONE for ${zone} is named ${tzid ?? 'nothing'}`);
  return lines;
}

/**
 * TZIDs that mean one of our zones. Besides the IANA names: the old spelling Europe/Kiev, and the
 * Windows names Outlook and Exchange write ("Central European Standard Time" is Warsaw's Windows zone,
 * "FLE Standard Time" — Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius — is Kyiv's). Keys are lower case.
 */
const ZONE_NAMES: Record<string, CalendarTimeZone> = {
  'europe/warsaw': 'Europe/Warsaw',
  poland: 'Europe/Warsaw',
  'central european standard time': 'Europe/Warsaw',
  'europe/kyiv': 'Europe/Kyiv',
  'europe/kiev': 'Europe/Kyiv',
  'fle standard time': 'Europe/Kyiv',
};

/**
 * Our zone for a TZID, or null when it names another zone. Also accepts the "prefixed" TZIDs some
 * servers write, such as "/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw" (the name after
 * the last two slashes).
 */
export function officeZoneOf(tzid: string): CalendarTimeZone | null {
  const name = tzid.trim().replace(/^"|"$/g, '').toLowerCase();
  const direct = ZONE_NAMES[name];
  if (direct) return direct;
  const m = /([^/]+\/[^/]+)$/.exec(name);
  return m?.[1] !== undefined && name.startsWith('/') ? (ZONE_NAMES[m[1]] ?? null) : null;
}

/** True when the runtime's Intl knows `name` as an IANA zone (e.g. 'America/New_York', 'UTC'). */
export function isKnownIanaZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
