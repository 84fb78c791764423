import ical from 'node-ical';
import type { VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../recurrence';
import type { CalendarEventRecord } from '../record';
import { icsToEvents } from './read';
import { eventsToIcs } from './write';
import { exportOptions, idSequence, record } from './test-fixtures';

const LONG_PL =
  'Posiedzenie Komisji Budżetu i Finansów Rady Miasta w sprawie zmian w wieloletniej prognozie ' +
  'finansowej — żółć, gęślą jaźń, źdźbło; ĄĘŚĆŻŹŃÓŁ';
const LONG_UA =
  'Зустріч із мешканцями мікрорайону щодо ремонту вулиці Шевченка та облаштування ' +
  'зупинки громадського транспорту; питання — відповіді, ґанок, їжак, є';

/** The weekly 09:00 Warsaw series from the brief: it crosses the switch to summer time on 29 March. */
const weekly = record({
  id: 'b7e1c1d2-0000-4000-8000-000000000001',
  type: 'council_session',
  title: 'Cotygodniowa narada',
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-02T10:00:00+01:00',
  rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
  exdates: ['2026-03-30T09:00:00'],
  status: 'confirmed',
  reminders: [15],
});

const events: CalendarEventRecord[] = [
  weekly,
  record({
    id: 'b7e1c1d2-0000-4000-8000-000000000002',
    type: 'residents_meeting',
    title: LONG_UA,
    start: '2026-06-10T18:00:00+03:00',
    end: '2026-06-10T20:30:00+03:00',
    timeZone: 'Europe/Kyiv',
    location: 'Будинок культури, вул. Шевченка, 12; зала №2',
    participantsInternal: ['Олена Петренко', 'Іван Коваль, заступник'],
    participantsExternal: ['Голова ОСББ "Світанок"'],
    notes: `${LONG_PL}\nDruga linia; z średnikiem, przecinkiem i \\ ukośnikiem.\n\n-- \nTo nie jest nasza stopka.`,
    status: 'planned',
    reminders: [0, 60, 1440],
  }),
  record({
    id: 'b7e1c1d2-0000-4000-8000-000000000003',
    type: 'ceremony',
    title: 'Święto Konstytucji 3 Maja',
    allDay: true,
    start: '2026-05-03',
    end: '2026-05-04',
    rrule: 'FREQ=YEARLY',
    exdates: ['2027-05-03'],
    location: 'Plac Ratuszowy',
  }),
  record({
    id: 'b7e1c1d2-0000-4000-8000-000000000004',
    type: 'official_trip',
    title: 'Delegacja do Lwowa',
    allDay: true,
    start: '2026-09-14',
    end: '2026-09-17',
    timeZone: 'Europe/Kyiv',
    status: 'cancelled',
    participantsExternal: ['Мер Львова'],
  }),
  record({
    id: 'b7e1c1d2-0000-4000-8000-000000000005',
    title: 'Lekarz',
    private: true,
    notes: 'Kontrola',
    start: '2026-10-25T01:30:00+02:00',
    end: '2026-10-25T02:30:00+01:00',
  }),
];

const imported = (ics: string) =>
  icsToEvents(ics, { calendarId: 'mayor', defaultTimeZone: 'Europe/Warsaw', newId: idSequence() });

const withoutStamps = ({ createdAt: _c, updatedAt: _u, ...rest }: CalendarEventRecord) => rest;

describe('our export → our import', () => {
  it('returns every event with every field unchanged', () => {
    const ics = eventsToIcs(events, exportOptions);
    const result = imported(ics);
    expect(result.skipped).toEqual([]);
    expect(result.events).toEqual(events.map(withoutStamps));
  });

  it('is stable: exporting the imported events again gives the same file', () => {
    const ics = eventsToIcs(events, exportOptions);
    const again = imported(ics).events.map((e, i) => ({
      ...e,
      createdAt: events[i]!.createdAt,
      updatedAt: events[i]!.updatedAt,
    }));
    expect(eventsToIcs(again, exportOptions)).toBe(ics);
  });

  it('keeps the occurrences of rules and exdates it had to rewrite', () => {
    const original = record({
      rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601',
      exdates: ['2026-04-13', '2026-03-30T09:00'],
    });
    const [back] = imported(eventsToIcs([original], exportOptions)).events;
    expect(back?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T215959Z');
    expect(back?.exdates).toEqual(['2026-04-13T09:00:00', '2026-03-30T09:00:00']);
    const range = ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'] as const;
    const starts = expandOccurrences(original, ...range).map((o) => o.start);
    expect(back && expandOccurrences(back, ...range).map((o) => o.start)).toEqual(starts);
    expect(starts).toHaveLength(12); // 14 Mondays from 2 March to 1 June (included), less two
  });

  it('gives new ids to events that are not ours and keeps ours', () => {
    const ics = eventsToIcs([record({ id: 'ours-1' })], exportOptions).replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:foreign@example.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260301T100000Z\r\nSUMMARY:Obce\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    expect(imported(ics).events.map((e) => e.id)).toEqual(['ours-1', 'new-1']);
  });
});

describe('our export read by another parser (node-ical)', () => {
  const ics = eventsToIcs(events, exportOptions);
  const data = ical.sync.parseICS(ics);
  const vevent = (uid: string) => data[`${uid}@pressdesk`] as VEvent;

  it('finds the VTIMEZONEs and the calendar name', () => {
    const zones = Object.values(data).filter((c) => c?.type === 'VTIMEZONE');
    expect(zones.map((z) => (z as { tzid: string }).tzid).sort()).toEqual(['Europe/Kyiv', 'Europe/Warsaw']);
    expect(JSON.stringify(data.vcalendar)).toContain('Kalendarz burmistrza');
  });

  it('reads the weekly 09:00 Warsaw series at the right instants across the DST switch', () => {
    const ev = vevent(weekly.id);
    expect(ev.summary).toBe('Cotygodniowa narada');
    expect(ev.start.toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(ev.start.tz).toBe('Europe/Warsaw');
    expect(ev.end?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    const rule = ev.rrule?.between(new Date('2026-03-20T00:00:00Z'), new Date('2026-04-08T00:00:00Z'), true);
    expect(rule?.map((d) => d.toISOString())).toEqual([
      '2026-03-23T08:00:00.000Z', // 09:00 CET
      '2026-03-30T07:00:00.000Z', // 09:00 CEST
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(Object.values(ev.exdate ?? {}).map((d) => d.toISOString())).toContain('2026-03-30T07:00:00.000Z');
    const shown = ical
      .expandRecurringEvent(ev, {
        from: new Date('2026-03-20T00:00:00Z'),
        to: new Date('2026-04-08T00:00:00Z'),
      })
      .map((i) => i.start.toISOString());
    expect(shown).toEqual(['2026-03-23T08:00:00.000Z', '2026-04-06T07:00:00.000Z']);
  });

  it('reads the folded Ukrainian and Polish text, location and times in Kyiv', () => {
    const ev = vevent('b7e1c1d2-0000-4000-8000-000000000002');
    expect(ev.summary).toBe(LONG_UA);
    expect(ev.location).toBe('Будинок культури, вул. Шевченка, 12; зала №2');
    expect(String(ev.description)).toContain(
      `${LONG_PL}\nDruga linia; z średnikiem, przecinkiem i \\ ukośnikiem.`,
    );
    expect(String(ev.description)).toContain(
      'Participants (internal): Олена Петренко, Іван Коваль, заступник',
    );
    expect(ev.start.toISOString()).toBe('2026-06-10T15:00:00.000Z');
    expect(ev.status).toBe('TENTATIVE');
  });

  it('reads all-day events as dates with the exclusive end, and the yearly exdate', () => {
    const ev = vevent('b7e1c1d2-0000-4000-8000-000000000003');
    expect(ev.datetype).toBe('date');
    const shown = ical
      .expandRecurringEvent(ev, {
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2028-12-31T00:00:00Z'),
      })
      .map((i) => [i.isFullDay, i.start.getFullYear(), i.start.getMonth() + 1, i.start.getDate()]);
    expect(shown).toEqual([
      [true, 2026, 5, 3],
      [true, 2028, 5, 3],
    ]);
  });

  it('reads the end in the repeated autumn hour exactly and the private class', () => {
    const ev = vevent('b7e1c1d2-0000-4000-8000-000000000005');
    expect(ev.start.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(ev.end?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(ev.class).toBe('PRIVATE');
  });
});
