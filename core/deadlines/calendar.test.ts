import { describe, expect, it } from 'vitest';
import { isDayOff, workingDaysBetween } from './calendar';
import { DeadlineError } from './errors';
import { PL_HOLIDAYS } from './holidays-pl';
import { UA_HOLIDAYS } from './holidays-ua';
import type { Jurisdiction } from './types';

const PEACE_FROM_2023 = { uaMartialLawEnd: '2023-01-01' }; // hypothetical: martial law ended
const PEACE_FROM_2025_12 = { uaMartialLawEnd: '2025-12-01' };
const PEACE_FROM_2026_05 = { uaMartialLawEnd: '2026-05-04' };

describe('isDayOff — Poland', () => {
  // prettier-ignore
  it.each([
    ['2026-01-01', true, 'holiday:pl-new-year'],
    ['2026-01-06', true, 'holiday:pl-epiphany'],
    ['2010-01-06', false, null], // Trzech Króli only from 2011
    ['2011-01-06', true, 'holiday:pl-epiphany'],
    ['2026-04-05', true, 'holiday:pl-easter-sunday'],
    ['2026-04-06', true, 'holiday:pl-easter-monday'],
    ['2025-04-21', true, 'holiday:pl-easter-monday'],
    ['2026-05-01', true, 'holiday:pl-labour-day'],
    ['2026-05-03', true, 'holiday:pl-constitution-day'],
    ['2026-05-24', true, 'holiday:pl-pentecost'],
    ['2026-06-04', true, 'holiday:pl-corpus-christi'],
    ['2025-06-19', true, 'holiday:pl-corpus-christi'],
    ['2026-08-15', true, 'holiday:pl-assumption'], // a Saturday: the holiday is reported
    ['2026-11-01', true, 'holiday:pl-all-saints'],
    ['2026-11-11', true, 'holiday:pl-independence-day'],
    ['2024-12-24', false, null], // Wigilia not yet a holiday
    ['2025-12-24', true, 'holiday:pl-christmas-eve'],
    ['2025-12-25', true, 'holiday:pl-christmas-day'],
    ['2025-12-26', true, 'holiday:pl-christmas-second-day'],
    ['2026-01-03', true, 'saturday'],
    ['2026-01-04', true, 'sunday'],
    ['2026-01-07', false, null],
    ['2026-04-03', false, null], // Good Friday is a working day
  ])('%s → off=%s (%s)', (date, off, reason) => {
    expect(isDayOff(date, 'PL')).toEqual({ off, reason });
  });
});

describe('isDayOff — Ukraine', () => {
  // prettier-ignore
  it.each([
    // martial law (default: still in force) — holidays are working days, no transfers
    ['2025-12-25', undefined, false, null],
    ['2026-01-01', undefined, false, null],
    ['2023-03-08', undefined, false, null],
    ['2026-06-29', undefined, false, null],
    ['2026-01-03', undefined, true, 'saturday'],
    ['2026-04-12', undefined, true, 'sunday'], // Orthodox Easter is a Sunday anyway
    // before the suspension (Law 2136-IX in force 24.03.2022)
    ['2022-03-08', undefined, true, 'holiday:ua-womens-day'],
    ['2021-01-07', undefined, true, 'holiday:ua-christmas-jan-7'],
    ['2021-12-27', undefined, true, 'transfer:ua-christmas'], // 25.12.2021 was a Saturday
    ['2017-01-02', undefined, true, 'transfer:ua-new-year'],
    ['2017-01-09', undefined, true, 'transfer:ua-christmas-jan-7'],
    ['2017-05-02', undefined, true, 'holiday:ua-labour-day-2'],
    ['2018-05-02', undefined, false, null], // removed by 2211-VIII
    ['2019-05-09', undefined, true, 'holiday:ua-victory-day-9-may'],
    ['2021-05-03', undefined, true, 'transfer:ua-labour-day'], // 1 May 2021 Sat, Easter 2 May Sun
    ['2021-05-04', undefined, true, 'transfer:ua-easter'],
    ['2021-06-21', undefined, true, 'transfer:ua-trinity'],
    // peacetime list after a (hypothetical) end of martial law
    ['2025-12-25', PEACE_FROM_2025_12, true, 'holiday:ua-christmas'],
    ['2026-01-01', PEACE_FROM_2025_12, true, 'holiday:ua-new-year'],
    ['2025-01-07', PEACE_FROM_2023, false, null], // 7 Jan removed in 2023
    ['2024-05-08', PEACE_FROM_2023, true, 'holiday:ua-remembrance-victory-day'],
    ['2024-05-09', PEACE_FROM_2023, false, null],
    ['2024-07-15', PEACE_FROM_2023, true, 'holiday:ua-statehood-day'],
    ['2024-10-01', PEACE_FROM_2023, true, 'holiday:ua-defenders-day'],
    ['2024-10-14', PEACE_FROM_2023, false, null],
    ['2026-06-28', PEACE_FROM_2026_05, true, 'holiday:ua-constitution-day'],
    ['2026-06-29', PEACE_FROM_2026_05, true, 'transfer:ua-constitution-day'],
    ['2026-06-01', PEACE_FROM_2026_05, true, 'transfer:ua-trinity'],
    ['2026-04-13', PEACE_FROM_2026_05, false, null], // Easter Monday 2026 still inside martial law
  ])('%s (%j) → off=%s (%s)', (date, opts, off, reason) => {
    expect(isDayOff(date, 'UA', opts)).toEqual({ off, reason });
  });
});

describe('calendar errors', () => {
  // prettier-ignore
  it.each([
    ['2001-12-31', 'PL', 'DATE_OUT_OF_RANGE'],
    ['2016-12-31', 'UA', 'DATE_OUT_OF_RANGE'],
    ['2100-01-01', 'PL', 'DATE_OUT_OF_RANGE'],
    ['2026-02-30', 'PL', 'INVALID_DATE'],
    ['26-01-01', 'UA', 'INVALID_DATE'],
  ] as Array<[string, Jurisdiction, string]>)('%s %s → %s', (date, j, code) => {
    try {
      isDayOff(date, j);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeadlineError);
      expect((e as DeadlineError).code).toBe(code);
    }
  });

  it('rejects a malformed uaMartialLawEnd', () => {
    expect(() => isDayOff('2026-01-01', 'UA', { uaMartialLawEnd: '4 May 2026' })).toThrow(/INVALID_DATE/);
  });
});

describe('workingDaysBetween (fromDate, toDate]', () => {
  // prettier-ignore
  it.each([
    ['PL', '2025-12-23', '2025-12-31', undefined, 3],
    ['PL', '2024-12-23', '2024-12-31', undefined, 4],
    ['PL', '2025-12-31', '2025-12-23', undefined, -3],
    ['PL', '2026-01-02', '2026-01-09', undefined, 4],
    ['PL', '2026-01-07', '2026-01-07', undefined, 0],
    ['PL', '2026-01-09', '2026-01-10', undefined, 0],
    ['UA', '2025-12-24', '2025-12-31', undefined, 5],
    ['UA', '2025-12-24', '2025-12-31', PEACE_FROM_2025_12, 4],
    ['UA', '2025-12-24', '2026-01-02', PEACE_FROM_2025_12, 5],
  ] as Array<[Jurisdiction, string, string, { uaMartialLawEnd: string } | undefined, number]>)(
    '%s %s → %s = %i',
    (j, from, to, opts, expected) => {
      expect(workingDaysBetween(from, to, j, opts)).toBe(expected);
    },
  );
});

describe('holiday tables', () => {
  const ALL = [...PL_HOLIDAYS, ...UA_HOLIDAYS];

  it.each(ALL.map((h) => [h.key, h] as const))('%s has names, source and validity', (_key, h) => {
    expect(h.names.pl && h.names.uk && h.names.en).toBeTruthy();
    expect(h.source.act).toBeTruthy();
    expect(h.source.article).toBeTruthy();
    expect(h.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (h.validTo !== null) expect(h.validTo >= h.validFrom).toBe(true);
  });

  it('keys are unique', () => {
    const keys = ALL.map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
