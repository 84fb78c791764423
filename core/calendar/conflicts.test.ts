import { describe, expect, it } from 'vitest';
import { conflictsWith, findConflicts } from './conflicts';
import { expandAll } from './recurrence';
import type { CalendarEvent } from './types';

let seq = 0;
function ev(over: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: `e${++seq}`,
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Spotkanie',
    allDay: false,
    start: '2026-06-10T09:00:00+02:00',
    end: '2026-06-10T10:00:00+02:00',
    timeZone: 'Europe/Warsaw',
    rrule: null,
    exdates: [],
    status: 'planned',
    private: false,
    ...over,
  };
}
const at = (from: string, to: string, over: Partial<CalendarEvent> = {}) =>
  ev({ start: `2026-06-10T${from}:00+02:00`, end: `2026-06-10T${to}:00+02:00`, ...over });

const RANGE = { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' };
const pairs = (events: CalendarEvent[]) =>
  findConflicts(expandAll(events, RANGE.start, RANGE.end)).map((c) => [c.first.eventId, c.second.eventId]);

describe('findConflicts', () => {
  it.each([
    {
      name: 'overlap',
      events: [at('09:00', '10:00', { id: 'a' }), at('09:30', '11:00', { id: 'b' })],
      expected: [['a', 'b']],
    },
    {
      name: 'containment',
      events: [at('08:00', '12:00', { id: 'a' }), at('09:00', '10:00', { id: 'b' })],
      expected: [['a', 'b']],
    },
    {
      name: 'back-to-back is not a conflict',
      events: [at('09:00', '10:00', { id: 'a' }), at('10:00', '11:00', { id: 'b' })],
      expected: [],
    },
    {
      name: 'different people do not conflict',
      events: [at('09:00', '10:00', { id: 'a' }), at('09:00', '10:00', { id: 'b', calendarId: 'deputy1' })],
      expected: [],
    },
    {
      name: 'cancelled event is ignored',
      events: [at('09:00', '10:00', { id: 'a' }), at('09:00', '10:00', { id: 'b', status: 'cancelled' })],
      expected: [],
    },
    {
      name: 'private events still make the person busy',
      events: [at('09:00', '10:00', { id: 'a' }), at('09:30', '10:30', { id: 'b', private: true })],
      expected: [['a', 'b']],
    },
    {
      name: 'all-day vs timed on the same local day',
      events: [
        ev({ id: 'a', allDay: true, start: '2026-06-10', end: '2026-06-11' }),
        at('15:00', '16:00', { id: 'b' }),
      ],
      expected: [['a', 'b']],
    },
    {
      name: 'all-day vs timed the next day: none',
      events: [
        ev({ id: 'a', allDay: true, start: '2026-06-09', end: '2026-06-10' }),
        at('00:00', '01:00', { id: 'b' }), // 10 June 00:00 local, right after the all-day ends
      ],
      expected: [],
    },
    {
      name: 'three-way overlap gives three pairs',
      events: [
        at('09:00', '12:00', { id: 'a' }),
        at('10:00', '11:00', { id: 'b' }),
        at('10:30', '13:00', { id: 'c' }),
      ],
      expected: [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
      ],
    },
    {
      name: 'recurring series vs one-off: only the clashing occurrence',
      events: [
        ev({
          id: 'a',
          start: '2026-06-03T09:00:00+02:00',
          end: '2026-06-03T10:00:00+02:00',
          rrule: 'FREQ=WEEKLY;COUNT=4',
        }),
        at('09:45', '10:15', { id: 'b' }),
      ],
      expected: [['a', 'b']],
    },
    {
      name: 'a series does not conflict with itself',
      events: [
        ev({ id: 'a', allDay: true, start: '2026-06-10', end: '2026-06-13', rrule: 'FREQ=DAILY;COUNT=3' }),
      ],
      expected: [],
    },
  ])('$name', ({ events, expected }) => {
    expect(pairs(events)).toEqual(expected);
  });

  it('Warsaw and Kyiv events of one person compare as instants', () => {
    const w = ev({ id: 'w', start: '2026-06-10T09:00:00+02:00', end: '2026-06-10T10:00:00+02:00' });
    const k = ev({
      id: 'k',
      timeZone: 'Europe/Kyiv',
      start: '2026-06-10T10:30:00+03:00',
      end: '2026-06-10T11:30:00+03:00',
    });
    expect(pairs([w, k])).toEqual([['w', 'k']]); // 07:00–08:00Z vs 07:30–08:30Z
  });

  it('ignores a cancelled occurrence passed in directly', () => {
    const occ = expandAll(
      [at('09:00', '10:00', { id: 'a' }), at('09:00', '10:00', { id: 'b' })],
      RANGE.start,
      RANGE.end,
    );
    expect(
      findConflicts(occ.map((o) => (o.eventId === 'b' ? { ...o, status: 'cancelled' as const } : o))),
    ).toEqual([]);
  });

  // Speed is measured by `npm run bench`, never asserted here; this proves the sweep on a busy year is exact.
  it('finds nothing in a year of back-to-back-free busy days, and the one overlap added to it', () => {
    const events = Array.from({ length: 2000 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 6) * 86_400_000).toISOString().slice(0, 10);
      const h = String(8 + (i % 6) * 2).padStart(2, '0');
      return ev({ id: `x${i}`, start: `${day}T${h}:00:00Z`, end: `${day}T${h}:30:00Z` });
    });
    const occ = expandAll(events, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(occ).toHaveLength(2000);
    expect(findConflicts(occ)).toEqual([]);
    const clash = expandAll(
      [...events, ev({ id: 'clash', start: '2026-03-02T08:15:00Z', end: '2026-03-02T08:45:00Z' })],
      '2026-01-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
    );
    expect(findConflicts(clash)).toHaveLength(1);
  });
});

describe('conflictsWith', () => {
  const stored = [
    at('09:00', '10:00', { id: 'board' }),
    at('11:00', '12:00', { id: 'press', type: 'press_conference' }),
    at('09:00', '12:00', { id: 'other-person', calendarId: 'deputy1' }),
    at('09:30', '10:30', { id: 'clash-among-stored' }),
  ];
  it.each([
    {
      name: 'new overlapping event',
      candidate: at('09:30', '11:30', { id: 'new' }),
      expected: ['board', 'clash-among-stored', 'press'],
    },
    { name: 'new back-to-back event', candidate: at('10:30', '11:00', { id: 'new' }), expected: [] },
    {
      name: 'moving an event does not clash with its old self',
      candidate: at('11:15', '11:45', { id: 'press' }),
      expected: [],
    },
    { name: 'moved onto another', candidate: at('09:15', '09:20', { id: 'press' }), expected: ['board'] },
    {
      name: 'a cancelled candidate never clashes',
      candidate: at('09:00', '12:00', { id: 'new', status: 'cancelled' }),
      expected: [],
    },
    {
      name: 'recurring candidate reports each clashing occurrence',
      candidate: ev({
        id: 'new',
        start: '2026-06-03T09:00:00+02:00',
        end: '2026-06-03T09:30:00+02:00',
        rrule: 'FREQ=WEEKLY',
      }),
      expected: ['board'],
    },
  ])('$name', ({ candidate, expected }) => {
    const found = conflictsWith(candidate, stored, RANGE);
    expect(found.map((c) => c.existing.eventId).sort()).toEqual([...expected].sort());
    expect(found.every((c) => c.candidate.eventId === candidate.id)).toBe(true);
  });
});
