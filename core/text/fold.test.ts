import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTokens } from './fold';

describe('foldForSearch', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['ŻÓŁĆ gęślą jaźń', 'zolc gesla jazn'],
    ['Київ', 'киів'],
    ['Ґалаґан', 'галаган'],
    ['Запорізька', 'запорізька'],
    ['BP.1431.7.2026', 'bp.1431.7.2026'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('splits queries into folded tokens', () => {
    expect(searchTokens('  Łódź, "Gazeta"  ')).toEqual(['lodz', 'gazeta']);
    expect(searchTokens('BP.1431.7.2026')).toEqual(['bp', '1431', '7', '2026']);
  });
});
