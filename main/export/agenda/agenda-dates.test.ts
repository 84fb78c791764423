import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  entriesOfDay,
  formatShortDate,
  formatTimeRange,
  formatWeekdayDate,
  formatWeekRange,
  isoWeekday,
  touchesDay,
} from './agenda-dates';
import { entry } from './test-fixtures';

// A machine zone far from the office zones: nothing below may change with it.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const WAW = 'Europe/Warsaw';

describe('days in words', () => {
  it('names the weekday and the date in each language', () => {
    expect(formatWeekdayDate('2026-03-02', 'pl')).toBe('poniedziałek, 2 marca 2026 r.');
    expect(formatWeekdayDate('2026-03-02', 'uk')).toBe('понеділок, 2 березня 2026 р.');
    expect(formatWeekdayDate('2026-03-08', 'en')).toBe('Sunday, 8 March 2026');
  });

  it('writes a week range within a month, across months and across years', () => {
    expect(formatWeekRange('2026-03-02', 'pl')).toBe('2–8 marca 2026');
    expect(formatWeekRange('2026-03-02', 'uk')).toBe('2–8 березня 2026');
    expect(formatWeekRange('2026-03-30', 'pl')).toBe('30 marca – 5 kwietnia 2026');
    expect(formatWeekRange('2025-12-29', 'en')).toBe('29 December 2025 – 4 January 2026');
  });

  it('writes short dates and counts days over month ends', () => {
    expect(formatShortDate('2026-03-13', 'pl')).toBe('13.03.2026');
    expect(formatShortDate('2026-03-13', 'en')).toBe('13 Mar 2026');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(() => formatWeekdayDate('2026-02-30', 'pl')).toThrow(RangeError);
  });
});

describe('times in the office zone', () => {
  it('keeps 09:00 on the wall on both sides of the March DST change', () => {
    const before = entry({ start: '2026-03-27T08:00:00.000Z', end: '2026-03-27T09:00:00.000Z' });
    const after = entry({ start: '2026-03-30T07:00:00.000Z', end: '2026-03-30T08:30:00.000Z' });
    expect(formatTimeRange(before, '2026-03-27', WAW, 'pl')).toBe('09:00–10:00');
    expect(formatTimeRange(after, '2026-03-30', WAW, 'pl')).toBe('09:00–10:30');
    expect(formatTimeRange(after, '2026-03-30', 'Europe/Kyiv', 'uk')).toBe('10:00–11:30');
  });

  it('says "all day" and dates the bounds of an overnight event', () => {
    const allDay = entry({ allDay: true, start: '2026-03-02', end: '2026-03-03' });
    expect(formatTimeRange(allDay, '2026-03-02', WAW, 'pl')).toBe('cały dzień');
    expect(formatTimeRange(allDay, '2026-03-02', WAW, 'uk')).toBe('весь день');
    const night = entry({ start: '2026-03-02T21:00:00.000Z', end: '2026-03-03T00:00:00.000Z' });
    expect(formatTimeRange(night, '2026-03-02', WAW, 'pl')).toBe('22:00–03.03 01:00');
    expect(formatTimeRange(night, '2026-03-03', WAW, 'pl')).toBe('02.03 22:00–01:00');
    const toMidnight = entry({ start: '2026-03-02T21:00:00.000Z', end: '2026-03-02T23:00:00.000Z' });
    expect(formatTimeRange(toMidnight, '2026-03-02', WAW, 'pl')).toBe('22:00–24:00');
  });
});

describe('entries of a day', () => {
  it('takes the day from the office zone, not from UTC', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Warsaw.
    const early = entry({ start: '2026-03-01T23:30:00.000Z', end: '2026-03-02T00:30:00.000Z' });
    expect(touchesDay(early, '2026-03-02', WAW)).toBe(true);
    expect(touchesDay(early, '2026-03-01', WAW)).toBe(false);
  });

  it('spans multi-day all-day entries over every day but the exclusive end', () => {
    const trip = entry({ allDay: true, start: '2026-03-04', end: '2026-03-06' });
    expect(touchesDay(trip, '2026-03-03', WAW)).toBe(false);
    expect(touchesDay(trip, '2026-03-04', WAW)).toBe(true);
    expect(touchesDay(trip, '2026-03-05', WAW)).toBe(true);
    expect(touchesDay(trip, '2026-03-06', WAW)).toBe(false);
  });

  it('sorts all-day entries first, then by start', () => {
    const list = entriesOfDay(
      [
        entry({ title: 'B', start: '2026-03-02T10:00:00.000Z', end: '2026-03-02T11:00:00.000Z' }),
        entry({ title: 'A', start: '2026-03-02T07:00:00.000Z', end: '2026-03-02T08:00:00.000Z' }),
        entry({ title: 'Day', allDay: true, start: '2026-03-02', end: '2026-03-03' }),
        entry({ title: 'Other day', start: '2026-03-03T07:00:00.000Z', end: '2026-03-03T08:00:00.000Z' }),
      ],
      '2026-03-02',
      WAW,
    );
    expect(list.map((e) => e.title)).toEqual(['Day', 'A', 'B']);
  });
});
