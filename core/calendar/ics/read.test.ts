import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { CalendarEventSchema } from '../types';
import { icsToEvents } from './read';
import type { ImportedEvent } from './read';
import { idSequence } from './test-fixtures';
import { GOOGLE, ics, OUTLOOK } from './test-samples';

const base = {
  calendarId: 'press',
  type: 'other',
  rrule: null,
  exdates: [],
  status: 'confirmed',
  private: false,
  location: '',
  participantsInternal: [],
  participantsExternal: [],
  notes: '',
  reminders: [],
} as const;

const read = (text: string, defaultTimeZone: 'Europe/Warsaw' | 'Europe/Kyiv' = 'Europe/Warsaw') =>
  icsToEvents(text, { calendarId: 'press', defaultTimeZone, newId: idSequence() });

const byTitle = (events: ImportedEvent[], title: string) => events.find((e) => e.title === title);

describe('import of an Outlook calendar', () => {
  const result = read(OUTLOOK);

  it('imports what it can and says why it skipped the rest', () => {
    expect(result.events.map((e) => [e.id, e.title])).toEqual([
      ['new-1', 'Sesja Rady Miasta'],
      ['new-2', 'Нарада з мешканцями'],
      ['new-3', 'Call with the twin city'],
      ['new-4', 'Święto Konstytucji 3 Maja'],
      ['new-5', 'Нарада з мешканцями (перенесено)'],
    ]);
    expect(result.skipped).toEqual([
      { uid: 'outlook-hourly', reason: 'unsupportedRecurrence' },
      { uid: 'outlook-mars', reason: 'unsupportedTimeZone' },
    ]);
  });

  it('reads a Windows-zone meeting as Warsaw wall time, with notes and reminder', () => {
    expect(result.events[0]).toEqual({
      ...base,
      id: 'new-1',
      title: 'Sesja Rady Miasta',
      allDay: false,
      start: '2026-03-10T10:00:00+01:00',
      end: '2026-03-10T11:30:00+01:00',
      timeZone: 'Europe/Warsaw',
      location: 'Sala sesyjna, Ratusz',
      notes: 'Porządek obrad: 1. Otwarcie sesji, 2. Budżet; 3. Wolne wnioski.\n\nProszę o punktualność.',
      reminders: [15],
    });
  });

  it('reads the FLE series as Kyiv, keeps its rule text, and excludes the moved occurrence', () => {
    expect(result.events[1]).toEqual({
      ...base,
      id: 'new-2',
      title: 'Нарада з мешканцями',
      allDay: false,
      start: '2026-03-05T14:00:00+02:00',
      end: '2026-03-05T15:00:00+02:00',
      timeZone: 'Europe/Kyiv',
      rrule: 'FREQ=WEEKLY;UNTIL=20260430T110000Z;INTERVAL=1;BYDAY=TH;WKST=MO',
      exdates: ['2026-04-02T14:00:00', '2026-03-19T14:00:00'],
      private: true,
    });
    expect(result.events[4]).toEqual({
      ...base,
      id: 'new-5',
      title: 'Нарада з мешканцями (перенесено)',
      allDay: false,
      start: '2026-03-19T16:00:00+02:00',
      end: '2026-03-19T17:00:00+02:00',
      timeZone: 'Europe/Kyiv',
    });
  });

  it("places another zone's time through the file's VTIMEZONE and keeps it in the default zone", () => {
    // 09:00 BST on 1 April = 08:00Z = 10:00 CEST.
    expect(byTitle(result.events, 'Call with the twin city')).toMatchObject({
      start: '2026-04-01T10:00:00+02:00',
      end: '2026-04-01T11:00:00+02:00',
      timeZone: 'Europe/Warsaw',
    });
    expect(read(OUTLOOK, 'Europe/Kyiv').events[2]).toMatchObject({
      start: '2026-04-01T11:00:00+03:00',
      timeZone: 'Europe/Kyiv',
    });
  });

  it('reads the all-day holiday as local dates', () => {
    expect(result.events[3]).toEqual({
      ...base,
      id: 'new-4',
      title: 'Święto Konstytucji 3 Maja',
      allDay: true,
      start: '2026-05-03',
      end: '2026-05-04',
      timeZone: 'Europe/Warsaw',
    });
  });
});

describe('import of a Google calendar', () => {
  const result = read(GOOGLE);
  const get = (title: string) => byTitle(result.events, title);

  it('skips the event without DTSTART and the rule with BYHOUR', () => {
    expect(result.skipped).toEqual([
      { uid: 'no-start@google.com', reason: 'missingStart' },
      { uid: 'byhour@google.com', reason: 'unsupportedRecurrence' },
    ]);
    expect(result.events).toHaveLength(8);
    for (const e of result.events) expect(CalendarEventSchema.safeParse(e).success).toBe(true);
  });

  it('reads UTC times in the default zone, category, status and only the reminders before the start', () => {
    expect(get('Konferencja prasowa')).toEqual({
      ...base,
      id: 'new-1',
      type: 'press_conference',
      title: 'Konferencja prasowa',
      allDay: false,
      start: '2026-06-15T10:00:00+02:00',
      end: '2026-06-15T11:30:00+02:00',
      timeZone: 'Europe/Warsaw',
      status: 'planned',
      location: 'Urząd Miasta, ul. Rynek 1, 00-001 Miasto, Polska',
      reminders: [30, 1440],
    });
    expect(read(GOOGLE, 'Europe/Kyiv').events[0]).toMatchObject({
      start: '2026-06-15T11:00:00+03:00',
      end: '2026-06-15T12:30:00+03:00',
      timeZone: 'Europe/Kyiv',
    });
  });

  it('maps Europe/Kiev to Kyiv, DURATION to the end, CONFIDENTIAL to private', () => {
    expect(get('Прийом громадян')).toEqual({
      ...base,
      id: 'new-2',
      title: 'Прийом громадян',
      allDay: false,
      start: '2026-03-20T10:00:00+02:00',
      end: '2026-03-20T12:00:00+02:00',
      timeZone: 'Europe/Kyiv',
      rrule: 'FREQ=MONTHLY;BYDAY=3FR;COUNT=6',
      private: true,
    });
  });

  it('reads EXDATEs written in UTC as local wall times and adds the overridden occurrence', () => {
    expect(get('Briefing rzecznika')).toMatchObject({
      start: '2026-03-02T09:00:00+01:00',
      end: '2026-03-02T10:00:00+01:00',
      rrule: 'FREQ=WEEKLY;WKST=MO;UNTIL=20260525T065959Z;BYDAY=MO',
      exdates: ['2026-03-30T09:00:00', '2026-04-13T09:00:00', '2026-04-20T09:00:00'],
    });
    expect(get('Briefing rzecznika (później)')).toMatchObject({
      start: '2026-04-20T11:00:00+02:00',
      end: '2026-04-20T12:00:00+02:00',
      rrule: null,
      exdates: [],
    });
  });

  it('converts an IANA zone that is not ours through the time-zone database', () => {
    // 09:00 EDT (New York switched on 8 March) = 13:00Z = 14:00 CET.
    expect(get('Partner city call')).toMatchObject({
      start: '2026-03-15T14:00:00+01:00',
      end: '2026-03-15T15:00:00+01:00',
      timeZone: 'Europe/Warsaw',
    });
  });

  it('gives all-day events without DTEND one day, and reads DURATION in days', () => {
    expect(get('Dni Miasta')).toMatchObject({ allDay: true, start: '2026-08-11', end: '2026-08-12' });
    expect(get('Festiwal')).toMatchObject({ allDay: true, start: '2026-07-01', end: '2026-07-04' });
  });

  it('reads a floating time as wall time in the default zone, one hour long', () => {
    expect(get('Spotkanie bez strefy')).toMatchObject({
      start: '2026-09-01T12:00:00+02:00',
      end: '2026-09-01T13:00:00+02:00',
      timeZone: 'Europe/Warsaw',
    });
    expect(read(GOOGLE, 'Europe/Kyiv').events.find((e) => e.title === 'Spotkanie bez strefy')).toMatchObject({
      start: '2026-09-01T12:00:00+03:00',
      timeZone: 'Europe/Kyiv',
    });
  });
});

describe('import: validation and edge cases', () => {
  const one = (...lines: string[]) =>
    read(
      ics(
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:x1',
        'DTSTAMP:20260101T000000Z',
        ...lines,
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    );

  it('skips events our schema rejects: no title, end before start, title too long', () => {
    expect(one('DTSTART:20260301T100000Z').skipped).toEqual([{ uid: 'x1', reason: 'invalid' }]);
    expect(one('DTSTART:20260301T100000Z', 'DTEND:20260301T090000Z', 'SUMMARY:A').skipped).toEqual([
      { uid: 'x1', reason: 'invalid' },
    ]);
    expect(one('DTSTART:20260301T100000Z', `SUMMARY:${'x'.repeat(301)}`).skipped).toEqual([
      { uid: 'x1', reason: 'invalid' },
    ]);
  });

  it('gives a zero-length appointment the default hour', () => {
    expect(one('DTSTART:20260301T100000Z', 'DTEND:20260301T100000Z', 'SUMMARY:A').events[0]).toMatchObject({
      start: '2026-03-01T11:00:00+01:00',
      end: '2026-03-01T12:00:00+01:00',
    });
  });

  it('reads our participant lists and type, and drops the participants tail from the notes', () => {
    const [event] = one(
      'DTSTART;TZID=Europe/Warsaw:20260301T100000',
      'SUMMARY:A',
      'DESCRIPTION:Notatka\\n\\n-- \\nUczestnicy: Jan\\, Anna',
      'X-PRESSDESK-PARTICIPANTS-INTERNAL:Jan,Kowalski\\, Anna',
      'X-PRESSDESK-TYPE:ceremony',
      'CATEGORIES:meeting',
    ).events;
    expect(event).toMatchObject({
      participantsInternal: ['Jan', 'Kowalski, Anna'],
      type: 'ceremony',
      notes: 'Notatka',
    });
  });

  it('keeps a foreign description that merely looks like our tail', () => {
    const [event] = one(
      'DTSTART:20260301T100000Z',
      'SUMMARY:A',
      'DESCRIPTION:Tekst\\n\\n-- \\nPodpis',
    ).events;
    expect(event?.notes).toBe('Tekst\n\n-- \nPodpis');
  });

  it('refuses RDATE, which we cannot store', () => {
    expect(one('DTSTART:20260301T100000Z', 'SUMMARY:A', 'RDATE:20260305T100000Z').skipped).toEqual([
      { uid: 'x1', reason: 'unsupportedRecurrence' },
    ]);
  });

  it('throws a validation error for text that is not iCalendar', () => {
    expect(() => read('hello, world')).toThrow(AppError);
    expect(() => read('')).toThrow(AppError);
  });
});
