import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isKnownIanaZone, officeZoneOf, vtimezoneLines } from './timezones';

const HOUR = 3_600_000;

/** ical.js's own VTIMEZONE engine, fed only with our block. */
function zoneFromBlock(zone: 'Europe/Warsaw' | 'Europe/Kyiv') {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...vtimezoneLines(zone), 'END:VCALENDAR'].join('\r\n');
  const vtz = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
  if (!vtz) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtz);
}

/** The instant the VTIMEZONE (through ical.js) gives to a wall time. */
function blockInstant(tz: ReturnType<typeof zoneFromBlock>, wall: number): number {
  const d = new Date(wall);
  const data = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
    isDate: false,
  };
  return ICAL.Time.fromData(data, tz).toUnixTime() * 1000;
}

/** Instants whose wall clock in `zone` shows `wall` (0 in the spring gap, 2 in the autumn hour). */
function instantsOf(wall: number, zone: string): number[] {
  return [1, 2, 3]
    .map((h) => wall - h * HOUR)
    .filter((ms) => ms + tzOffset(zone, new Date(ms)) * 60_000 === wall);
}

describe('VTIMEZONE blocks', () => {
  it.each([
    ['Europe/Warsaw', 'CET', 'CEST', '+0100', '+0200', 'T020000', 'T030000'],
    ['Europe/Kyiv', 'EET', 'EEST', '+0200', '+0300', 'T030000', 'T040000'],
  ] as const)('%s has the EU rules: %s/%s, %s/%s', (zone, std, dst, stdOff, dstOff, springAt, autumnAt) => {
    const text = vtimezoneLines(zone).join('\n');
    expect(text).toMatch(new RegExp(`^BEGIN:VTIMEZONE\\nTZID:${zone}\\n`));
    const daylight = /BEGIN:DAYLIGHT\n([\s\S]*?)END:DAYLIGHT/.exec(text)?.[1] ?? '';
    const standard = /BEGIN:STANDARD\n([\s\S]*?)END:STANDARD/.exec(text)?.[1] ?? '';
    expect(daylight).toContain(`TZNAME:${dst}`);
    expect(daylight).toContain(`TZOFFSETFROM:${stdOff}`);
    expect(daylight).toContain(`TZOFFSETTO:${dstOff}`);
    expect(daylight).toMatch(new RegExp(`DTSTART:\\d{4}03\\d\\d${springAt}`));
    expect(daylight).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(standard).toContain(`TZNAME:${std}`);
    expect(standard).toContain(`TZOFFSETFROM:${dstOff}`);
    expect(standard).toContain(`TZOFFSETTO:${stdOff}`);
    expect(standard).toMatch(new RegExp(`DTSTART:\\d{4}10\\d\\d${autumnAt}`));
    expect(standard).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(text.endsWith('END:VTIMEZONE')).toBe(true);
  });

  it.each(['Europe/Warsaw', 'Europe/Kyiv'] as const)(
    '%s: the block places every wall time around each switch 2026–2040 where the IANA data does',
    (zone) => {
      const tz = zoneFromBlock(zone);
      let checked = 0;
      for (let year = 2026; year <= 2040; year++) {
        for (const month of [2, 9]) {
          // From the 24th of March/October for 8 days: the last Sunday is inside.
          const from = Date.UTC(year, month, 24);
          for (let wall = from; wall < from + 8 * 24 * HOUR; wall += HOUR / 2) {
            // Skipped and repeated wall times are left out: there ical.js has its own convention.
            const instants = instantsOf(wall, zone);
            if (instants.length !== 1) continue;
            expect(blockInstant(tz, wall), new Date(wall).toISOString()).toBe(instants[0]);
            checked++;
          }
        }
      }
      // Two half-hours a year are skipped in spring and two repeated in autumn.
      expect(checked).toBe(15 * 2 * (8 * 48 - 2));
    },
  );
});

describe('TZIDs that mean our zones', () => {
  it.each([
    ['Europe/Warsaw', 'Europe/Warsaw'],
    ['Central European Standard Time', 'Europe/Warsaw'],
    ['"Central European Standard Time"', 'Europe/Warsaw'],
    ['/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw', 'Europe/Warsaw'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['FLE Standard Time', 'Europe/Kyiv'],
    ['europe/kiev', 'Europe/Kyiv'],
    ['Europe/Berlin', null],
    ['W. Europe Standard Time', null],
    ['Something/Europe/Warsaw', null],
  ])('%s → %s', (tzid, zone) => {
    expect(officeZoneOf(tzid)).toBe(zone);
  });

  it('knows IANA names through Intl and refuses the rest', () => {
    expect(isKnownIanaZone('America/New_York')).toBe(true);
    expect(isKnownIanaZone('UTC')).toBe(true);
    expect(isKnownIanaZone('W. Europe Standard Time')).toBe(false);
    expect(isKnownIanaZone('Mars/Olympus_Mons')).toBe(false);
  });
});
