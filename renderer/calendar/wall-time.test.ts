import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWallMinutes,
  dayOfInstant,
  dayOfMarker,
  inputOfInstant,
  inputOfMarker,
  instantOfInput,
  instantOfMarker,
  wallTimeOf,
} from './wall-time';

// 2026: Europe switches to summer time on Sunday 29 March and back on Sunday 25 October (both
// Warsaw and Kyiv, at 01:00 UTC). Kyiv is one hour ahead of Warsaw all year.
describe('office wall time for FullCalendar', () => {
  it.each([
    ['Europe/Warsaw', '2026-03-28T08:00:00.000Z', '2026-03-28T09:00:00'], // winter, UTC+1
    ['Europe/Warsaw', '2026-03-30T07:00:00.000Z', '2026-03-30T09:00:00'], // summer, UTC+2
    ['Europe/Warsaw', '2026-10-26T08:00:00.000Z', '2026-10-26T09:00:00'], // winter again
    ['Europe/Kyiv', '2026-03-28T07:00:00.000Z', '2026-03-28T09:00:00'], // winter, UTC+2
    ['Europe/Kyiv', '2026-03-30T06:00:00.000Z', '2026-03-30T09:00:00'], // summer, UTC+3
    ['Europe/Kyiv', '2026-12-31T22:30:00.000Z', '2027-01-01T00:30:00'], // a new year in Kyiv only
  ])('%s: %s is %s on the wall', (zone, instant, wall) => {
    expect(wallTimeOf(instant, zone)).toBe(wall);
    // FullCalendar (timeZone UTC) hands the wall time back as a Date whose UTC fields carry it.
    expect(instantOfMarker(new Date(`${wall}Z`), zone)).toBe(instant);
  });

  it('reads a 09:00 series at 09:00 on both sides of the spring change', () => {
    expect(instantOfInput('2026-03-28T09:00', 'Europe/Warsaw')).toBe('2026-03-28T08:00:00.000Z');
    expect(instantOfInput('2026-03-29T09:00', 'Europe/Warsaw')).toBe('2026-03-29T07:00:00.000Z');
    expect(instantOfInput('2026-03-29T09:00', 'Europe/Kyiv')).toBe('2026-03-29T06:00:00.000Z');
  });

  it('reads a time in the spring gap with the winter offset and an autumn double hour as its first', () => {
    // 02:30 does not exist in Warsaw on 29 March 2026: RFC 5545 reads it as 03:30 summer time.
    expect(instantOfInput('2026-03-29T02:30', 'Europe/Warsaw')).toBe('2026-03-29T01:30:00.000Z');
    expect(inputOfInstant('2026-03-29T01:30:00.000Z', 'Europe/Warsaw')).toBe('2026-03-29T03:30');
    // 02:30 happens twice on 25 October 2026: the first (summer time) one is meant.
    expect(instantOfInput('2026-10-25T02:30', 'Europe/Warsaw')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOfInput('2026-10-25T03:30', 'Europe/Kyiv')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour of the change weekends through the form inputs', () => {
    for (const zone of ['Europe/Warsaw', 'Europe/Kyiv']) {
      for (const from of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z']) {
        for (let q = 0; q < 4 * 72; q++) {
          const instant = new Date(Date.parse(from) + q * 900_000).toISOString();
          const input = inputOfInstant(instant, zone);
          // The second pass through an autumn double hour lands on its first pass, one hour earlier.
          const back = Date.parse(instantOfInput(input, zone));
          expect([0, 3_600_000], `${zone} ${instant}`).toContain(Date.parse(instant) - back);
          expect(inputOfInstant(new Date(back).toISOString(), zone)).toBe(input);
        }
      }
    }
  });

  it('gives the local day of an instant in the office zone, not in UTC', () => {
    expect(dayOfInstant('2026-11-22T23:30:00.000Z', 'Europe/Warsaw')).toBe('2026-11-23');
    expect(dayOfInstant('2026-11-22T21:30:00.000Z', 'Europe/Kyiv')).toBe('2026-11-22');
    expect(dayOfInstant('2026-11-22T22:30:00.000Z', 'Europe/Kyiv')).toBe('2026-11-23');
  });

  it('turns FullCalendar markers into form values and days', () => {
    const marker = new Date('2026-11-23T09:15:00Z');
    expect(inputOfMarker(marker, false)).toBe('2026-11-23T09:15');
    expect(inputOfMarker(marker, true)).toBe('2026-11-23');
    expect(dayOfMarker(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
  });

  it('moves days and minutes on the wall, across months, years and clock changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-30', -1)).toBe('2026-03-29');
    expect(addWallMinutes('2026-03-29T01:30', 60)).toBe('2026-03-29T02:30');
    expect(addWallMinutes('2026-12-31T23:30', 60)).toBe('2027-01-01T00:30');
  });

  it('leaves a malformed value empty instead of guessing', () => {
    expect(instantOfInput('', 'Europe/Warsaw')).toBe('');
    expect(instantOfInput('2026-02-30T10:00', 'Europe/Warsaw')).toBe('');
    expect(instantOfInput('2026-11-23', 'Europe/Warsaw')).toBe('');
    expect(inputOfInstant('not a date', 'Europe/Warsaw')).toBe('');
  });
});
