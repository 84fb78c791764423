import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../deadlines/errors';
import { badgeCount } from './engine';
import { clockOf, dueInstantOf, groupDue } from './today';
import type { DueItem } from './types';

const WARSAW = 'Europe/Warsaw';
const KYIV = 'Europe/Kyiv';
const iso = (ms: number) => new Date(ms).toISOString();

function byDate(recordId: string, dueDate: string, module: DueItem['module'] = 'decisions'): DueItem {
  return {
    module,
    kind: 'decision',
    recordId,
    title: recordId,
    dueAt: null,
    dueDate,
    link: { route: 'decisions', id: recordId },
  };
}

function byInstant(recordId: string, dueAt: string, module: DueItem['module'] = 'authorizations'): DueItem {
  return {
    module,
    kind: 'authorization',
    recordId,
    title: recordId,
    dueAt,
    dueDate: null,
    link: { route: 'authorization', id: recordId },
  };
}

describe('due instant of a day-precision deadline: the next local midnight in the office zone', () => {
  it.each([
    // [dueDate, zone, end]
    ['2026-03-20', WARSAW, '2026-03-20T23:00:00.000Z'], // CET: 24:00 = 23:00Z
    ['2026-03-20', KYIV, '2026-03-20T22:00:00.000Z'], // EET: 24:00 = 22:00Z
    ['2026-03-28', WARSAW, '2026-03-28T23:00:00.000Z'], // 2026-03-29T00:00+01:00, before the spring change
    ['2026-03-29', WARSAW, '2026-03-29T22:00:00.000Z'], // 2026-03-30T00:00+02:00, the 23-hour day
    ['2026-03-28', KYIV, '2026-03-28T22:00:00.000Z'], // 2026-03-29T00:00+02:00
    ['2026-03-29', KYIV, '2026-03-29T21:00:00.000Z'], // 2026-03-30T00:00+03:00
    ['2026-10-24', WARSAW, '2026-10-24T22:00:00.000Z'], // 2026-10-25T00:00+02:00
    ['2026-10-25', WARSAW, '2026-10-25T23:00:00.000Z'], // 2026-10-26T00:00+01:00, the 25-hour day
    ['2026-12-31', WARSAW, '2026-12-31T23:00:00.000Z'], // year end
  ])('%s in %s ends at %s', (dueDate, zone, end) => {
    expect(iso(dueInstantOf(byDate('d', dueDate), zone))).toBe(end);
  });

  it('keeps an exact deadline as it is, whatever the zone', () => {
    const item = byInstant('a', '2026-03-28T20:00:00+01:00');
    expect(iso(dueInstantOf(item, WARSAW))).toBe('2026-03-28T19:00:00.000Z');
    expect(iso(dueInstantOf(item, KYIV))).toBe('2026-03-28T19:00:00.000Z');
  });

  it('accepts Europe/Kiev as Europe/Kyiv', () => {
    expect(dueInstantOf(byDate('d', '2026-03-20'), 'Europe/Kiev')).toBe(
      dueInstantOf(byDate('d', '2026-03-20'), KYIV),
    );
  });

  it('rejects an item with both, neither or malformed due fields', () => {
    const both = { ...byDate('d', '2026-03-20'), dueAt: '2026-03-20T10:00:00Z' } as unknown as DueItem;
    const neither = { ...byDate('d', '2026-03-20'), dueDate: null } as unknown as DueItem;
    expect(() => dueInstantOf(both, WARSAW)).toThrow(DeadlineError);
    expect(() => dueInstantOf(neither, WARSAW)).toThrow(DeadlineError);
    expect(() => dueInstantOf(byDate('d', '2026-02-30'), WARSAW)).toThrow(DeadlineError);
    expect(() => dueInstantOf(byInstant('a', '2026-03-20T10:00:00'), WARSAW)).toThrow(DeadlineError);
  });
});

describe('the clock of an entry', () => {
  it('counts the 23-hour DST day exactly: due 29 March, at its Warsaw midnight 23 h remain', () => {
    const clock = clockOf(byDate('d', '2026-03-29'), Date.parse('2026-03-28T23:00:00Z'), WARSAW);
    expect(clock.remaining).toEqual({ days: 0, hours: 23, minutes: 0 });
    expect(clock.remainingMs).toBe(23 * 3_600_000);
    expect(clock.overdueBy).toBeNull();
  });

  it('rounds the time left up to the minute', () => {
    const clock = clockOf(byInstant('a', '2026-03-20T12:00:00Z'), Date.parse('2026-03-18T09:29:30Z'), WARSAW);
    expect(clock.remaining).toEqual({ days: 2, hours: 2, minutes: 31 });
  });

  it('an exact deadline is overdue from its instant, by elapsed days and hours', () => {
    const item = byInstant('a', '2026-03-20T12:00:00Z');
    const at = clockOf(item, Date.parse('2026-03-20T12:00:00Z'), WARSAW);
    expect(at.overdueBy).toEqual({ days: 0, hours: 0 });
    expect(at.remaining).toEqual({ days: 0, hours: 0, minutes: 0 });
    const later = clockOf(item, Date.parse('2026-03-22T17:59:00Z'), WARSAW);
    expect(later.overdueBy).toEqual({ days: 2, hours: 5 });
    expect(later.remainingMs).toBe(-(2 * 86_400_000 + 5 * 3_600_000 + 59 * 60_000));
  });

  it('a day-precision deadline is late by office calendar days (due Friday, Monday morning: 3)', () => {
    const clock = clockOf(byDate('d', '2026-03-27'), Date.parse('2026-03-30T06:00:00Z'), WARSAW);
    expect(clock.overdueBy).toEqual({ days: 3, hours: 0 });
  });
});

describe('groupDue', () => {
  it('puts a due date in today or overdue by the office zone (22:30Z is 23:30 in Warsaw, 00:30 in Kyiv)', () => {
    const now = new Date('2026-03-20T22:30:00Z');
    const items = [byDate('due-20', '2026-03-20'), byDate('due-21', '2026-03-21')];
    const warsaw = groupDue(items, now, WARSAW);
    expect(warsaw.overdue.map((e) => e.recordId)).toEqual([]);
    expect(warsaw.today.map((e) => e.recordId)).toEqual(['due-20']);
    expect(warsaw.upcoming.map((e) => e.recordId)).toEqual(['due-21']);
    const kyiv = groupDue(items, now, KYIV);
    expect(kyiv.overdue.map((e) => e.recordId)).toEqual(['due-20']);
    expect(kyiv.today.map((e) => e.recordId)).toEqual(['due-21']);
    expect(kyiv.upcoming).toEqual([]);
  });

  it('moves a day-precision item to overdue exactly at its local midnight', () => {
    const item = byDate('d', '2026-03-28');
    expect(groupDue([item], new Date('2026-03-28T22:59:59.999Z'), WARSAW).today).toHaveLength(1);
    expect(groupDue([item], new Date('2026-03-28T23:00:00Z'), WARSAW).overdue).toHaveLength(1);
  });

  it('today ends at 24:00 local: an exact deadline at the next midnight is today, one minute later is not', () => {
    const now = new Date('2026-03-29T08:00:00Z'); // 10:00 CEST, the day after the change
    const groups = groupDue(
      [byInstant('midnight', '2026-03-30T00:00:00+02:00'), byInstant('after', '2026-03-30T00:01:00+02:00')],
      now,
      WARSAW,
    );
    expect(groups.today.map((e) => e.recordId)).toEqual(['midnight']);
    expect(groups.upcoming.map((e) => e.recordId)).toEqual(['after']);
  });

  it('upcoming reaches 24:00 of the horizon-th day after today, and no further', () => {
    const now = new Date('2026-03-20T09:00:00Z');
    const items = [
      byDate('d+7', '2026-03-27'),
      byDate('d+8', '2026-03-28'),
      byInstant('d+8-midnight', '2026-03-28T00:00:00+01:00'),
      byInstant('d+8-morning', '2026-03-28T08:00:00+01:00'),
    ];
    // d+7 ends at the same instant as the exact 00:00 of d+8: the tie goes by module order.
    expect(groupDue(items, now, WARSAW).upcoming.map((e) => e.recordId)).toEqual(['d+8-midnight', 'd+7']);
    expect(groupDue(items, now, WARSAW, 8).upcoming.map((e) => e.recordId)).toEqual([
      'd+8-midnight',
      'd+7',
      'd+8-morning',
      'd+8',
    ]);
    expect(groupDue(items, now, WARSAW, 0).upcoming).toEqual([]);
  });

  it('orders overdue most late first, then today and upcoming by due instant, across modules', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    const items: DueItem[] = [
      byDate('upcoming-late', '2026-03-25'),
      byInstant('today-noon', '2026-03-20T12:00:00Z'),
      byDate('late-1-day', '2026-03-19'),
      byInstant('late-hour', '2026-03-20T09:00:00Z'),
      byInstant('today-morning', '2026-03-20T10:30:00Z', 'inquiries'),
      byDate('today-by-date', '2026-03-20', 'patronage'),
      byDate('late-5-days', '2026-03-15'),
      byInstant('upcoming-soon', '2026-03-21T08:00:00Z'),
      byInstant('far', '2026-04-20T08:00:00Z'),
    ];
    const groups = groupDue(items, now, WARSAW);
    expect(groups.overdue.map((e) => e.recordId)).toEqual(['late-5-days', 'late-1-day', 'late-hour']);
    expect(groups.overdue.map((e) => e.overdueBy)).toEqual([
      { days: 5, hours: 0 },
      { days: 1, hours: 0 },
      { days: 0, hours: 1 },
    ]);
    expect(groups.today.map((e) => e.recordId)).toEqual(['today-morning', 'today-noon', 'today-by-date']);
    expect(groups.upcoming.map((e) => e.recordId)).toEqual(['upcoming-soon', 'upcoming-late']);
    expect(badgeCount(groups)).toBe(6);
  });

  it('breaks ties at the same instant by module, then record', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    const groups = groupDue(
      [byDate('b', '2026-03-20', 'patronage'), byDate('z', '2026-03-20'), byDate('a', '2026-03-20')],
      now,
      WARSAW,
    );
    expect(groups.today.map((e) => `${e.module}/${e.recordId}`)).toEqual([
      'decisions/a',
      'decisions/z',
      'patronage/b',
    ]);
  });

  it('keeps each entry a full item with its link and citation', () => {
    const item: DueItem = {
      ...byDate('i1', '2026-03-23', 'inquiries'),
      kind: 'answer',
      link: { route: 'inquiry', id: 'i1' },
      citation: { act: 'UDIP', article: 'art. 13 ust. 1' },
    };
    const [entry] = groupDue([item], new Date('2026-03-20T10:00:00Z'), WARSAW).upcoming;
    expect(entry).toMatchObject({ ...item, dueInstant: Date.parse('2026-03-23T23:00:00Z') });
  });

  it('rejects a bad horizon or clock', () => {
    expect(() => groupDue([], new Date('2026-03-20T10:00:00Z'), WARSAW, -1)).toThrow(RangeError);
    expect(() => groupDue([], new Date('2026-03-20T10:00:00Z'), WARSAW, 1.5)).toThrow(RangeError);
    expect(() => groupDue([], new Date('nope'), WARSAW)).toThrow(RangeError);
    expect(() => groupDue([], new Date('2026-03-20T10:00:00Z'), '+01:00')).toThrow(DeadlineError);
  });
});

describe('badgeCount', () => {
  it('counts overdue and today, not upcoming', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    const groups = groupDue(
      [byDate('late', '2026-03-19'), byDate('today', '2026-03-20'), byDate('soon', '2026-03-21')],
      now,
      WARSAW,
    );
    expect(badgeCount(groups)).toBe(2);
    expect(badgeCount({ overdue: [], today: [] })).toBe(0);
  });
});
