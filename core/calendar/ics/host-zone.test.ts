/**
 * The module must not depend on the workstation's time zone. This file switches the process to New
 * York (UTC−5/−4, with DST on other dates than Europe's) and checks exact strings built without any
 * local-time Date API. Vitest runs each test file in its own worker process, so TZ does not leak.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsToEvents } from './read';
import { eventsToIcs } from './write';
import { contentLines, exportOptions, idSequence, record } from './test-fixtures';

// `process` is reached through globalThis: core's tests are also type-checked without Node typings.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const previous = env.TZ;
beforeAll(() => {
  env.TZ = 'America/New_York';
});
afterAll(() => {
  if (previous === undefined) delete env.TZ;
  else env.TZ = previous;
});

describe('with the host in America/New_York', () => {
  it('really runs in New York time', () => {
    // 15 January: EST, five hours behind UTC; 15 July: EDT, four.
    expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(300);
    expect(new Date(Date.UTC(2026, 6, 15, 12)).getTimezoneOffset()).toBe(240);
  });

  it('exports Warsaw wall times and imports them back unchanged', () => {
    const events = [
      record({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10', exdates: ['2026-03-30T09:00:00'] }),
      record({ id: 'day', allDay: true, start: '2026-05-03', end: '2026-05-04', timeZone: 'Europe/Kyiv' }),
      // 23:30 in Kyiv is still 22 March there, but 17:30 the day before in New York: dates must not slip.
      record({
        id: 'late',
        start: '2026-03-22T23:30:00+02:00',
        end: '2026-03-23T00:30:00+02:00',
        timeZone: 'Europe/Kyiv',
      }),
    ];
    const ics = eventsToIcs(events, exportOptions);
    const lines = contentLines(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/Warsaw:20260302T090000');
    expect(lines).toContain('EXDATE;TZID=Europe/Warsaw:20260330T090000');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260503');
    expect(lines).toContain('DTSTART;TZID=Europe/Kyiv:20260322T233000');
    expect(lines).toContain('DTSTAMP:20260210T120000Z');
    const back = icsToEvents(ics, {
      calendarId: 'mayor',
      defaultTimeZone: 'Europe/Warsaw',
      newId: idSequence(),
    });
    expect(back.events).toEqual(events.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest));
  });

  it('imports UTC, floating and foreign-zone times into the office zone, not the host zone', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:u1',
      'DTSTART:20260329T003000Z',
      'SUMMARY:UTC',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:u2',
      'DTSTART:20260329T023000',
      'SUMMARY:Floating in the spring gap',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:u3',
      'DTSTART;TZID=Asia/Tokyo:20260329T090000',
      'SUMMARY:Tokyo',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events } = icsToEvents(text, {
      calendarId: 'c',
      defaultTimeZone: 'Europe/Warsaw',
      newId: idSequence(),
    });
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00'],
      // 02:30 does not exist in Warsaw that night: read with the offset before the gap (RFC 5545).
      ['2026-03-29T03:30:00+02:00', '2026-03-29T04:30:00+02:00'],
      // 09:00 JST = 00:00Z = 01:00 CET.
      ['2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00'],
    ]);
  });
});
