import { describe, expect, it } from 'vitest';
import { formatLeadTimes, parseLeadTimes } from './lead-times-text';

describe('lead times as people type them', () => {
  it.each([
    ['1d, 2h', [1440, 120]],
    ['3 d; 1 d', [4320, 1440]],
    ['30m, 0', [30, 0]],
    ['2 godz., 15 min', [120, 15]],
    ['1 д, 2 г, 30 хв', [1440, 120, 30]],
    ['', []],
  ])('reads %j', (text, minutes) => {
    expect(parseLeadTimes(text)).toEqual(minutes);
  });

  it('refuses what it cannot read', () => {
    expect(parseLeadTimes('tomorrow')).toBeNull();
    expect(parseLeadTimes('2 weeks')).toBeNull();
  });

  it('writes them back in the shortest unit', () => {
    expect(formatLeadTimes([4320, 120, 30])).toBe('3d, 2h, 30m');
    expect(parseLeadTimes(formatLeadTimes([1440, 90]))).toEqual([1440, 90]);
  });
});
