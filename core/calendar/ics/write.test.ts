import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { eventsToIcs } from './write';
import { contentLines, exportOptions, NOW, record, veventOf } from './test-fixtures';

const UID = '3f2c8a9e-1b7d-4c35-9a0e-6d2f1c4b8e01@pressdesk';

describe('eventsToIcs: calendar envelope', () => {
  it('writes the VCALENDAR header and ends with CRLF', () => {
    const ics = eventsToIcs([record()], { ...exportOptions, calendarName: 'Kalendarz; burmistrza, 2026' });
    const lines = contentLines(ics);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//PressDesk//PressDesk Calendar//PL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Kalendarz\\; burmistrza\\, 2026',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('takes the PRODID from the options', () => {
    const ics = eventsToIcs([], { ...exportOptions, productId: '-//Urząd Miasta//Eksport//PL' });
    expect(contentLines(ics)).toContain('PRODID:-//Urząd Miasta//Eksport//PL');
  });

  it('adds one VTIMEZONE per zone used by timed events, and none for all-day events only', () => {
    const both = eventsToIcs(
      [
        record({ id: 'a' }),
        record({ id: 'b' }),
        record({
          id: 'c',
          timeZone: 'Europe/Kyiv',
          start: '2026-03-02T10:00:00+02:00',
          end: '2026-03-02T11:00:00+02:00',
        }),
      ],
      exportOptions,
    );
    const tzids = contentLines(both).filter((l) => l.startsWith('TZID:'));
    expect(tzids).toEqual(['TZID:Europe/Warsaw', 'TZID:Europe/Kyiv']);
    const allDay = eventsToIcs(
      [record({ allDay: true, start: '2026-05-03', end: '2026-05-04', timeZone: 'Europe/Kyiv' })],
      exportOptions,
    );
    expect(allDay).not.toContain('BEGIN:VTIMEZONE');
  });
});

describe('eventsToIcs: one event', () => {
  it('writes a timed event with local wall times, stamps and details', () => {
    const ics = eventsToIcs(
      [
        record({
          type: 'press_conference',
          title: 'Konferencja prasowa',
          location: 'Ratusz, sala 12',
          notes: 'Pytania; odpowiedzi',
          participantsInternal: ['Jan Kowalski', 'Nowak, Anna'],
          participantsExternal: ['Олена Петренко'],
          status: 'planned',
          reminders: [15, 0],
        }),
      ],
      exportOptions,
    );
    expect(veventOf(ics, UID)).toEqual([
      'BEGIN:VEVENT',
      `UID:${UID}`,
      'DTSTAMP:20260210T120000Z',
      'CREATED:20260201T100000Z',
      'LAST-MODIFIED:20260202T113000Z',
      'DTSTART;TZID=Europe/Warsaw:20260302T090000',
      'DTEND;TZID=Europe/Warsaw:20260302T100000',
      'SUMMARY:Konferencja prasowa',
      'LOCATION:Ratusz\\, sala 12',
      'DESCRIPTION:Pytania\\; odpowiedzi\\n\\n-- \\nParticipants (internal): Jan Kowalski\\, Nowak\\, Anna\\nParticipants (external): Олена Петренко',
      'X-PRESSDESK-PARTICIPANTS-INTERNAL:Jan Kowalski,Nowak\\, Anna',
      'X-PRESSDESK-PARTICIPANTS-EXTERNAL:Олена Петренко',
      'CATEGORIES:press_conference',
      'X-PRESSDESK-TYPE:press_conference',
      'STATUS:TENTATIVE',
      'X-PRESSDESK-CALENDAR:mayor',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'DESCRIPTION:Konferencja prasowa',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT0M',
      'DESCRIPTION:Konferencja prasowa',
      'END:VALARM',
      'END:VEVENT',
    ]);
  });

  it('uses translated participant labels', () => {
    const ics = eventsToIcs([record({ participantsInternal: ['Jan'] })], {
      ...exportOptions,
      participantLabels: { internal: 'Uczestnicy (urząd)', external: 'Goście' },
    });
    expect(veventOf(ics, UID)).toContain('DESCRIPTION:-- \\nUczestnicy (urząd): Jan');
  });

  it('writes a summer event with its summer wall time, not the winter offset', () => {
    const ics = eventsToIcs(
      [record({ start: '2026-07-01T07:00:00Z', end: '2026-07-01T08:15:00Z', timeZone: 'Europe/Kyiv' })],
      exportOptions,
    );
    const lines = veventOf(ics, UID);
    expect(lines).toContain('DTSTART;TZID=Europe/Kyiv:20260701T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Kyiv:20260701T111500');
  });

  it('writes all-day events as DATE values with the exclusive end', () => {
    const ics = eventsToIcs(
      [record({ allDay: true, start: '2026-05-03', end: '2026-05-04' })],
      exportOptions,
    );
    const lines = veventOf(ics, UID);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260503');
    expect(lines).toContain('DTEND;VALUE=DATE:20260504');
    expect(lines).toContain('X-PRESSDESK-TIMEZONE:Europe/Warsaw');
  });

  it.each([
    ['planned', 'TENTATIVE'],
    ['confirmed', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
  ] as const)('maps status %s to %s', (status, ics) => {
    expect(veventOf(eventsToIcs([record({ status })], exportOptions), UID)).toContain(`STATUS:${ics}`);
  });

  it('writes an end in the repeated autumn hour as UTC so it reads back exactly', () => {
    // 01:30 CEST → the second 02:30 (CET) on 25 Oct 2026: 2 hours.
    const ics = eventsToIcs(
      [record({ start: '2026-10-25T01:30:00+02:00', end: '2026-10-25T02:30:00+01:00' })],
      exportOptions,
    );
    const lines = veventOf(ics, UID);
    expect(lines).toContain('DTSTART;TZID=Europe/Warsaw:20261025T013000');
    expect(lines).toContain('DTEND:20261025T013000Z');
  });

  it('refuses an event whose start is not an instant', () => {
    expect(() => eventsToIcs([record({ start: 'yesterday' })], exportOptions)).toThrow(AppError);
  });

  it('stamps with options.now', () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    expect(veventOf(eventsToIcs([record()], { ...exportOptions, now: later }), UID)).toContain(
      'DTSTAMP:20260211T120000Z',
    );
  });
});

describe('eventsToIcs: recurrence', () => {
  it('writes RRULE as stored and one EXDATE per cancelled occurrence with the TZID', () => {
    const ics = eventsToIcs(
      [
        record({
          rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO;COUNT=10',
          exdates: ['2026-03-30T09:00:00', '2026-03-16T09:00'],
        }),
      ],
      exportOptions,
    );
    const lines = veventOf(ics, UID);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO;COUNT=10');
    expect(lines.filter((l) => l.startsWith('EXDATE'))).toEqual([
      'EXDATE;TZID=Europe/Warsaw:20260330T090000',
      'EXDATE;TZID=Europe/Warsaw:20260316T090000',
    ]);
  });

  it("turns a bare-date exdate of a timed series into that day's start at the series' time", () => {
    const ics = eventsToIcs(
      [
        record({
          start: '2026-03-02T18:30:00+01:00',
          end: '2026-03-02T20:00:00+01:00',
          rrule: 'FREQ=DAILY',
          exdates: ['2026-04-01'],
        }),
      ],
      exportOptions,
    );
    expect(veventOf(ics, UID)).toContain('EXDATE;TZID=Europe/Warsaw:20260401T183000');
  });

  it('writes exdates of an all-day series as DATE values', () => {
    const ics = eventsToIcs(
      [
        record({
          allDay: true,
          start: '2026-05-03',
          end: '2026-05-04',
          rrule: 'FREQ=YEARLY',
          exdates: ['2027-05-03'],
        }),
      ],
      exportOptions,
    );
    expect(veventOf(ics, UID)).toContain('EXDATE;VALUE=DATE:20270503');
  });

  it('gives UNTIL the value type RFC 5545 requires, keeping what it means', () => {
    const timed = (rrule: string) => veventOf(eventsToIcs([record({ rrule })], exportOptions), UID);
    // A date UNTIL includes the whole local day: 23:59:59 CEST = 21:59:59Z.
    expect(timed('FREQ=WEEKLY;UNTIL=20260601;BYDAY=MO')).toContain(
      'RRULE:FREQ=WEEKLY;UNTIL=20260601T215959Z;BYDAY=MO',
    );
    expect(timed('FREQ=WEEKLY;UNTIL=20260302T090000')).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260302T080000Z');
    expect(timed('FREQ=WEEKLY;UNTIL=20260302T080000Z')).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260302T080000Z');
    const allDay = veventOf(
      eventsToIcs(
        [
          record({
            allDay: true,
            start: '2026-05-03',
            end: '2026-05-04',
            rrule: 'FREQ=DAILY;UNTIL=20260509T215959Z',
          }),
        ],
        exportOptions,
      ),
      UID,
    );
    // 21:59:59Z on 9 May is 23:59:59 in Warsaw: still the 9th.
    expect(allDay).toContain('RRULE:FREQ=DAILY;UNTIL=20260509');
  });

  it('writes no EXDATE for a single event', () => {
    const lines = veventOf(eventsToIcs([record({ exdates: ['2026-03-02T09:00:00'] })], exportOptions), UID);
    expect(lines.some((l) => l.startsWith('EXDATE') || l.startsWith('RRULE'))).toBe(false);
  });
});

describe('eventsToIcs: private events', () => {
  const secret = record({
    private: true,
    type: 'official_trip',
    title: 'Wizyta w szpitalu — sprawa poufna',
    location: 'Szpital Wojewódzki',
    notes: 'Tylko dla burmistrza',
    participantsInternal: ['Sekretarz Miasta'],
    participantsExternal: ['Dyrektor szpitala'],
    reminders: [30],
  });

  it('without details shows only the busy label, the time and the status', () => {
    const ics = eventsToIcs([secret, record({ id: 'open', title: 'Sesja Rady' })], {
      ...exportOptions,
      includePrivateDetails: false,
    });
    const lines = veventOf(ics, UID);
    expect(lines).toContain('SUMMARY:Zajęty');
    expect(lines).toContain('CLASS:PRIVATE');
    expect(lines).toContain('DTSTART;TZID=Europe/Warsaw:20260302T090000');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.filter((l) => l.startsWith('DESCRIPTION:'))).toEqual(['DESCRIPTION:Zajęty']); // the VALARM's
    for (const name of [
      'LOCATION',
      'ATTENDEE',
      'X-PRESSDESK-PARTICIPANTS',
      'CATEGORIES',
      'X-PRESSDESK-TYPE',
    ]) {
      expect(lines.some((l) => l.startsWith(name))).toBe(false);
    }
    for (const detail of [
      'szpital',
      'Szpital',
      'poufna',
      'burmistrza',
      'Sekretarz',
      'Dyrektor',
      'official_trip',
    ]) {
      expect(lines.join('\n')).not.toContain(detail);
    }
    // Other events keep their details.
    expect(veventOf(ics, 'open@pressdesk')).toContain('SUMMARY:Sesja Rady');
  });

  it('with details is exported in full, marked CLASS:PRIVATE', () => {
    const lines = veventOf(eventsToIcs([secret], exportOptions), UID);
    expect(lines).toContain('SUMMARY:Wizyta w szpitalu — sprawa poufna');
    expect(lines).toContain('LOCATION:Szpital Wojewódzki');
    expect(lines).toContain('CLASS:PRIVATE');
  });
});
