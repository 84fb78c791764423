import { describe, expect, it } from 'vitest';
import { orthodoxEaster, westernEaster } from './easter';
import { DeadlineError } from './errors';
import { addDays } from './local-date';

// The movable-feast table of the reference (Meeus; Orthodox = Julian + 13 days).
const TABLE: Array<[number, string, string, string, string, string, string]> = [
  // year, PL Easter Sun, PL Easter Mon, PL Pentecost, PL Corpus Christi, UA Easter, UA Trinity
  [2025, '2025-04-20', '2025-04-21', '2025-06-08', '2025-06-19', '2025-04-20', '2025-06-08'],
  [2026, '2026-04-05', '2026-04-06', '2026-05-24', '2026-06-04', '2026-04-12', '2026-05-31'],
  [2027, '2027-03-28', '2027-03-29', '2027-05-16', '2027-05-27', '2027-05-02', '2027-06-20'],
  [2028, '2028-04-16', '2028-04-17', '2028-06-04', '2028-06-15', '2028-04-16', '2028-06-04'],
  [2029, '2029-04-01', '2029-04-02', '2029-05-20', '2029-05-31', '2029-04-08', '2029-05-27'],
  [2030, '2030-04-21', '2030-04-22', '2030-06-09', '2030-06-20', '2030-04-28', '2030-06-16'],
];

describe('movable feasts, reference table 2025–2030', () => {
  it.each(TABLE)(
    '%i: PL and UA movable dates',
    (year, easterSun, easterMon, pentecost, corpus, uaEaster, uaTrinity) => {
      const w = westernEaster(year);
      expect(w).toBe(easterSun);
      expect(addDays(w, 1)).toBe(easterMon);
      expect(addDays(w, 49)).toBe(pentecost);
      expect(addDays(w, 60)).toBe(corpus);
      const o = orthodoxEaster(year);
      expect(o).toBe(uaEaster);
      expect(addDays(o, 49)).toBe(uaTrinity);
    },
  );
});

describe('computus cross-checks', () => {
  it.each([
    // [year, western, orthodox] — well-known dates, incl. the reference's UA 2024 media check
    [2000, '2000-04-23', '2000-04-30'],
    [2008, '2008-03-23', '2008-04-27'],
    [2011, '2011-04-24', '2011-04-24'],
    [2017, '2017-04-16', '2017-04-16'],
    [2019, '2019-04-21', '2019-04-28'],
    [2021, '2021-04-04', '2021-05-02'],
    [2024, '2024-03-31', '2024-05-05'],
    [2038, '2038-04-25', '2038-04-25'],
  ])('%i: western %s, orthodox %s', (year, western, orthodox) => {
    expect(westernEaster(year)).toBe(western);
    expect(orthodoxEaster(year)).toBe(orthodox);
  });

  it('rejects years outside the algorithms’ range', () => {
    expect(() => westernEaster(1500)).toThrow(DeadlineError);
    expect(() => orthodoxEaster(2026.5)).toThrow(DeadlineError);
  });
});
