/**
 * Ukrainian Cyrillic → Latin by the national system (Resolution of the Cabinet of Ministers of Ukraine
 * No. 55 of 27 January 2010, "KMU 2010" — the one in Ukrainian passports): є, ї, й, ю, я are ye, yi, y,
 * yu, ya at the start of a word and ie, i, i, iu, ia inside one; "зг" is "zgh" (Згорани → Zghorany);
 * ь and the apostrophe are not written. Russian ы, э, ё, ъ are covered too, for names from old records.
 *
 * Output is lower case: this is for matching keys (duplicates.ts), not for printing a name.
 */

const SIMPLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  ы: 'y',
  э: 'e',
};

/** [at the start of a word, inside a word] */
const POSITIONAL: Record<string, [string, string]> = {
  є: ['ye', 'ie'],
  ї: ['yi', 'i'],
  й: ['y', 'i'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
  ё: ['yo', 'io'],
};

/** Apostrophes used in Ukrainian (’ U+2019, ʼ U+02BC, ' and look-alikes): not written in KMU 2010. */
export const APOSTROPHES = /['’ʼ‘`´′]/g;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/**
 * One Cyrillic letter in KMU 2010 (lower case), or undefined for any other character. `initial`: the
 * letter starts a word (є, ї, й, ю, я, ё differ). The "зг" → "zgh" rule needs the pair: see toLatin.
 */
export function latinLetter(ch: string, initial: boolean): string | undefined {
  const positional = POSITIONAL[ch];
  if (positional) return initial ? positional[0] : positional[1];
  return SIMPLE[ch];
}

export function toLatin(text: string): string {
  const source = text.toLowerCase().replace(APOSTROPHES, '');
  let out = '';
  let previous: string | undefined;
  for (const ch of source) {
    const positional = POSITIONAL[ch];
    if (positional) {
      out += isLetter(previous) ? positional[1] : positional[0];
    } else if (ch === 'г' && previous === 'з') {
      out += 'gh';
    } else {
      out += SIMPLE[ch] ?? ch;
    }
    previous = ch;
  }
  return out;
}
