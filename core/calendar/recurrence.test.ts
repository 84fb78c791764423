import { describe, expect, it } from 'vitest';
import { expand, expandOccurrences, MAX_OCCURRENCES } from './recurrence';
import type { CalendarEvent } from './types';

function ev(over: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'e1',
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Narada',
    allDay: false,
    start: '2026-03-02T09:00:00+01:00',
    end: '2026-03-02T10:00:00+01:00',
    timeZone: 'Europe/Warsaw',
    rrule: null,
    exdates: [],
    status: 'planned',
    private: false,
    ...over,
  };
}

const starts = (e: CalendarEvent, from: string, to: string) =>
  expandOccurrences(e, from, to).map((o) => o.start);

describe('weekly 09:00 across DST stays 09:00 local', () => {
  it.each([
    // [zone, start, range, expected UTC starts]
    [
      'Europe/Warsaw',
      '2026-03-16T09:00:00+01:00',
      ['2026-03-16T00:00:00Z', '2026-04-07T00:00:00Z'],
      [
        '2026-03-16T08:00:00.000Z',
        '2026-03-23T08:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
        '2026-04-06T07:00:00.000Z',
      ],
    ],
    [
      'Europe/Warsaw',
      '2026-10-12T09:00:00+02:00',
      ['2026-10-12T00:00:00Z', '2026-11-03T00:00:00Z'],
      [
        '2026-10-12T07:00:00.000Z',
        '2026-10-19T07:00:00.000Z',
        '2026-10-26T08:00:00.000Z',
        '2026-11-02T08:00:00.000Z',
      ],
    ],
    [
      'Europe/Kyiv',
      '2026-03-16T09:00:00+02:00',
      ['2026-03-16T00:00:00Z', '2026-04-07T00:00:00Z'],
      [
        '2026-03-16T07:00:00.000Z',
        '2026-03-23T07:00:00.000Z',
        '2026-03-30T06:00:00.000Z',
        '2026-04-06T06:00:00.000Z',
      ],
    ],
    [
      'Europe/Kyiv',
      '2026-10-12T09:00:00+03:00',
      ['2026-10-12T00:00:00Z', '2026-11-03T00:00:00Z'],
      [
        '2026-10-12T06:00:00.000Z',
        '2026-10-19T06:00:00.000Z',
        '2026-10-26T07:00:00.000Z',
        '2026-11-02T07:00:00.000Z',
      ],
    ],
  ] as const)('%s from %s', (timeZone, start, [from, to], expected) => {
    const end = start.replace('T09:', 'T10:');
    const e = ev({ timeZone, start, end, rrule: 'FREQ=WEEKLY' });
    const occ = expandOccurrences(e, from, to);
    expect(occ.map((o) => o.start)).toEqual(expected);
    expect(occ.every((o) => o.localStart.endsWith('T09:00:00'))).toBe(true);
    expect(occ.every((o) => o.endMs - o.startMs === 3_600_000)).toBe(true);
  });
});

describe('rules and exceptions', () => {
  it.each([
    {
      name: 'EXDATE removes exactly one occurrence',
      e: ev({ rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2026-03-09T09:00'] }),
      expected: ['2026-03-02', '2026-03-16', '2026-03-23'],
    },
    {
      name: 'EXDATE as a local date removes that day',
      e: ev({ rrule: 'FREQ=DAILY;COUNT=3', exdates: ['2026-03-03'] }),
      expected: ['2026-03-02', '2026-03-04'],
    },
    {
      name: 'EXDATE at another time removes nothing',
      e: ev({ rrule: 'FREQ=DAILY;COUNT=2', exdates: ['2026-03-03T10:00:00'] }),
      expected: ['2026-03-02', '2026-03-03'],
    },
    {
      name: 'COUNT',
      e: ev({ rrule: 'FREQ=WEEKLY;COUNT=3' }),
      expected: ['2026-03-02', '2026-03-09', '2026-03-16'],
    },
    {
      name: 'UNTIL (UTC instant, inclusive)',
      e: ev({ rrule: 'FREQ=WEEKLY;UNTIL=20260316T080000Z' }),
      expected: ['2026-03-02', '2026-03-09', '2026-03-16'],
    },
    {
      name: 'UNTIL as a date includes that local day',
      e: ev({ rrule: 'FREQ=WEEKLY;UNTIL=20260316' }),
      expected: ['2026-03-02', '2026-03-09', '2026-03-16'],
    },
    {
      name: 'UNTIL just before the third occurrence',
      e: ev({ rrule: 'FREQ=WEEKLY;UNTIL=20260316T075959Z' }),
      expected: ['2026-03-02', '2026-03-09'],
    },
    {
      name: 'monthly on the 31st skips short months (RFC 5545)',
      e: ev({ start: '2026-01-31T09:00:00+01:00', end: '2026-01-31T10:00:00+01:00', rrule: 'FREQ=MONTHLY' }),
      expected: [
        '2026-01-31',
        '2026-03-31',
        '2026-05-31',
        '2026-07-31',
        '2026-08-31',
        '2026-10-31',
        '2026-12-31',
      ],
    },
    {
      name: 'weekdays with BYDAY',
      e: ev({ rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4' }),
      expected: ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-09'],
    },
    { name: 'single event', e: ev({}), expected: ['2026-03-02'] },
    {
      name: 'cancelled event produces nothing',
      e: ev({ rrule: 'FREQ=DAILY', status: 'cancelled' }),
      expected: [],
    },
  ])('$name', ({ e, expected }) => {
    const occ = expandOccurrences(e, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(occ.map((o) => o.localStart.slice(0, 10))).toEqual(expected);
  });

  it('expands a cancelled event only when a view asks for it, keeping its status', () => {
    const e = ev({ rrule: 'FREQ=WEEKLY;COUNT=2', status: 'cancelled' });
    const occ = expandOccurrences(e, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', {
      includeCancelled: true,
    });
    expect(occ.map((o) => [o.localStart.slice(0, 10), o.status])).toEqual([
      ['2026-03-02', 'cancelled'],
      ['2026-03-09', 'cancelled'],
    ]);
  });

  it('occurrence key matches the exdate format, so cancelling one occurrence is adding its localStart', () => {
    const e = ev({ rrule: 'FREQ=WEEKLY;COUNT=3' });
    const [, second] = expandOccurrences(e, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(second?.occurrenceKey).toBe('e1@2026-03-09T09:00:00');
    const after = expandOccurrences(
      { ...e, exdates: [second!.localStart] },
      '2026-03-01T00:00:00Z',
      '2026-04-01T00:00:00Z',
    );
    expect(after.map((o) => o.localStart)).toEqual(['2026-03-02T09:00:00', '2026-03-16T09:00:00']);
  });
});

describe('range', () => {
  it.each([
    ['range ends exactly at the start: excluded', '2026-03-02T07:00:00Z', '2026-03-02T08:00:00Z', 0],
    ['range starts exactly at the end: excluded', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z', 0],
    ['range inside the event: included', '2026-03-02T08:30:00Z', '2026-03-02T08:31:00Z', 1],
    ['empty range', '2026-03-02T08:30:00Z', '2026-03-02T08:30:00Z', 0],
  ])('%s', (_name, from, to, count) => {
    expect(expandOccurrences(ev({}), from, to)).toHaveLength(count);
  });

  it('finds occurrences of a series started long ago', () => {
    const e = ev({
      start: '2016-01-04T09:00:00+01:00',
      end: '2016-01-04T10:00:00+01:00',
      rrule: 'FREQ=WEEKLY',
    });
    expect(starts(e, '2026-07-01T00:00:00Z', '2026-07-08T00:00:00Z')).toEqual(['2026-07-06T07:00:00.000Z']);
  });
});

describe('all-day', () => {
  it.each([
    {
      name: 'multi-day event covers its local days, end exclusive',
      e: ev({ allDay: true, start: '2026-05-01', end: '2026-05-04' }),
      range: ['2026-05-03T21:00:00Z', '2026-05-10T00:00:00Z'],
      expected: [
        {
          start: '2026-05-01',
          end: '2026-05-04',
          startMs: '2026-04-30T22:00:00.000Z',
          endMs: '2026-05-03T22:00:00.000Z',
        },
      ],
    },
    {
      name: 'the day after the exclusive end is not touched',
      e: ev({ allDay: true, start: '2026-05-01', end: '2026-05-04' }),
      range: ['2026-05-03T22:00:00Z', '2026-05-10T00:00:00Z'],
      expected: [],
    },
    {
      name: 'all-day across the DST switch is two local days (47 h)',
      e: ev({ allDay: true, start: '2026-03-28', end: '2026-03-30' }),
      range: ['2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'],
      expected: [
        {
          start: '2026-03-28',
          end: '2026-03-30',
          startMs: '2026-03-27T23:00:00.000Z',
          endMs: '2026-03-29T22:00:00.000Z',
        },
      ],
    },
    {
      name: 'yearly all-day in Kyiv with a date EXDATE and UNTIL',
      e: ev({
        allDay: true,
        timeZone: 'Europe/Kyiv',
        start: '2026-08-24',
        end: '2026-08-25',
        rrule: 'FREQ=YEARLY;UNTIL=20290824',
        exdates: ['2027-08-24'],
      }),
      range: ['2026-01-01T00:00:00Z', '2035-01-01T00:00:00Z'],
      expected: [
        {
          start: '2026-08-24',
          end: '2026-08-25',
          startMs: '2026-08-23T21:00:00.000Z',
          endMs: '2026-08-24T21:00:00.000Z',
        },
        {
          start: '2028-08-24',
          end: '2028-08-25',
          startMs: '2028-08-23T21:00:00.000Z',
          endMs: '2028-08-24T21:00:00.000Z',
        },
        {
          start: '2029-08-24',
          end: '2029-08-25',
          startMs: '2029-08-23T21:00:00.000Z',
          endMs: '2029-08-24T21:00:00.000Z',
        },
      ],
    },
  ])('$name', ({ e, range, expected }) => {
    const occ = expandOccurrences(e, range[0]!, range[1]!);
    expect(
      occ.map((o) => ({
        start: o.start,
        end: o.end,
        startMs: new Date(o.startMs).toISOString(),
        endMs: new Date(o.endMs).toISOString(),
      })),
    ).toEqual(expected);
    expect(occ.every((o) => o.allDay)).toBe(true);
  });
});

describe('DST edge wall times (RFC 5545 §3.3.5)', () => {
  it('a daily 02:30 skips nothing: in the spring gap it is read with the winter offset', () => {
    const e = ev({
      start: '2026-03-28T02:30:00+01:00',
      end: '2026-03-28T03:00:00+01:00',
      rrule: 'FREQ=DAILY;COUNT=3',
    });
    expect(starts(e, '2026-03-27T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // = 03:30 CEST
      '2026-03-30T00:30:00.000Z',
    ]);
  });
  it('an ambiguous 02:30 in October is the first one (summer time)', () => {
    const e = ev({
      start: '2026-10-24T02:30:00+02:00',
      end: '2026-10-24T03:00:00+02:00',
      rrule: 'FREQ=DAILY;COUNT=2',
    });
    expect(starts(e, '2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
    ]);
  });
});

describe('caps', () => {
  it('an unbounded daily rule over a huge range stops at MAX_OCCURRENCES and says so', () => {
    const e = ev({ rrule: 'FREQ=DAILY' });
    const r = expand(e, '2026-01-01T00:00:00Z', '2200-01-01T00:00:00Z');
    expect(r.occurrences).toHaveLength(MAX_OCCURRENCES);
    expect(r.truncated).toBe(true);
  });
  it('a caller limit is honoured', () => {
    const r = expand(ev({ rrule: 'FREQ=DAILY' }), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', {
      limit: 10,
    });
    expect(r.occurrences).toHaveLength(10);
    expect(r.truncated).toBe(true);
  });
  it('a range far from an old DTSTART stops after MAX_SCANNED', () => {
    const e = ev({
      start: '1900-01-01T09:00:00+01:00',
      end: '1900-01-01T10:00:00+01:00',
      rrule: 'FREQ=DAILY',
    });
    const r = expand(e, '2100-01-01T00:00:00Z', '2100-02-01T00:00:00Z');
    expect(r).toEqual({ occurrences: [], truncated: true });
  });
  it('a limit that is not reached is not truncation', () => {
    const r = expand(ev({ rrule: 'FREQ=WEEKLY' }), '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(r.occurrences).toHaveLength(5);
    expect(r.truncated).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    ['invalid rrule', ev({ rrule: 'FREQ=FOO' }), 'invalidRrule'],
    ['bad exdate', ev({ exdates: ['2026-02-30'] }), 'invalidDateTime'],
    ['end before start', ev({ end: '2026-03-02T08:00:00+01:00' }), 'endBeforeStart'],
  ])('%s throws a VALIDATION AppError', (_n, e, message) => {
    expect(() => expandOccurrences(e, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ message })] }),
    );
  });
  it('a malformed range throws', () => {
    expect(() => expandOccurrences(ev({}), 'yesterday', '2027-01-01T00:00:00Z')).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });
});
