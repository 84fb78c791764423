import { describe, expect, it } from 'vitest';
import { DeadlineError } from './errors';
import {
  addMonthsClamped,
  dayOfWeek,
  endOfLocalDay,
  formatLocalIso,
  localDateOf,
  normalizeTimeZone,
  parseInstant,
} from './local-date';

describe('parseInstant', () => {
  it.each([
    ['2026-01-05T23:30:00Z', Date.UTC(2026, 0, 5, 23, 30)],
    ['2026-01-05T23:30Z', Date.UTC(2026, 0, 5, 23, 30)],
    ['2026-03-28T20:00:00+01:00', Date.UTC(2026, 2, 28, 19, 0)],
    ['2026-03-28T20:00:00.250+0100', Date.UTC(2026, 2, 28, 19, 0, 0, 250)],
    ['2026-10-24T20:00:00-03:30', Date.UTC(2026, 9, 24, 23, 30)],
  ])('%s', (input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  it.each([
    ['2026-01-05T10:00:00'], // no offset
    ['2026-01-05'],
    ['2026-02-30T10:00:00Z'],
    ['2026-01-05T24:00:00Z'],
    ['2026-01-05 10:00:00Z'],
    ['yesterday'],
    [''],
  ])('rejects %j', (input) => {
    expect(parseInstant(input)).toBeNull();
  });
});

describe('addMonthsClamped (KPA 57 § 3, ЦК 254)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2026-06-30', 3, '2026-09-30', false],
    ['2025-12-31', 2, '2026-02-28', true],
    ['2026-03-31', 1, '2026-04-30', true],
    ['2026-01-15', 1, '2026-02-15', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-05-31', -1, '2026-04-30', true],
  ])('%s + %i months → %s (clamped %s)', (from, n, date, clamped) => {
    expect(addMonthsClamped(from, n)).toEqual({ date, clamped });
  });
});

describe('zones', () => {
  it.each([
    ['Europe/Warsaw', 'Europe/Warsaw'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['UTC', 'UTC'],
  ])('normalizeTimeZone(%s) → %s', (input, expected) => {
    expect(normalizeTimeZone(input)).toBe(expected);
  });

  it.each([['Mars/Olympus_Mons'], ['+01:00'], ['']])('rejects %j', (zone) => {
    expect(() => normalizeTimeZone(zone)).toThrow(DeadlineError);
  });

  it.each([
    ['2026-01-05T23:30:00Z', 'Europe/Warsaw', '2026-01-06'],
    ['2026-01-05T23:30:00Z', 'UTC', '2026-01-05'],
    ['2026-01-05T22:30:00Z', 'Europe/Kyiv', '2026-01-06'],
    ['2026-01-05T22:30:00Z', 'Europe/Warsaw', '2026-01-05'],
    ['2026-07-01T20:59:59Z', 'Europe/Kiev', '2026-07-01'],
    ['2026-07-01T21:00:00Z', 'Europe/Kiev', '2026-07-02'],
    ['2026-07-01T22:00:00Z', 'Europe/Warsaw', '2026-07-02'],
  ])('localDateOf(%s, %s) = %s', (instant, zone, date) => {
    expect(localDateOf(instant, zone)).toBe(date);
  });

  it.each([
    ['2021-11-17', 'Europe/Warsaw', '2021-11-17T23:00:00.000Z'],
    ['2026-03-28', 'Europe/Warsaw', '2026-03-28T23:00:00.000Z'], // the night of the spring switch
    ['2026-03-29', 'Europe/Warsaw', '2026-03-29T22:00:00.000Z'],
    ['2026-10-24', 'Europe/Warsaw', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Warsaw', '2026-10-25T23:00:00.000Z'],
    ['2026-03-29', 'Europe/Kyiv', '2026-03-29T21:00:00.000Z'],
  ])('end of local day %s in %s = %s', (date, zone, iso) => {
    expect(new Date(endOfLocalDay(date, zone)).toISOString()).toBe(iso);
  });

  it('formats local ISO with offset', () => {
    expect(formatLocalIso(Date.UTC(2026, 2, 29, 19), 'Europe/Warsaw')).toBe('2026-03-29T21:00:00+02:00');
    expect(formatLocalIso(Date.UTC(2026, 9, 25, 18), 'Europe/Warsaw')).toBe('2026-10-25T19:00:00+01:00');
  });

  it('dayOfWeek', () => {
    expect(dayOfWeek('2021-11-03')).toBe(3);
    expect(dayOfWeek('2026-02-28')).toBe(6);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });
});
