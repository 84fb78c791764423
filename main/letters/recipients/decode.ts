/**
 * Bytes of a text file (a CSV) → text. Polish and Ukrainian offices meet four encodings: UTF-8 (with or
 * without a BOM), UTF-16 ("Unicode text" from Excel), Windows-1250 (Polish "CSV" from an older Excel)
 * and Windows-1251 (Ukrainian). The two legacy code pages cannot be told apart by their bytes, so both
 * decodings are scored by how plausible their letters are and the better one wins.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const decode = (encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(encoding, { fatal }).decode(bytes);

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // Declared UTF-8: broken sequences become U+FFFD and the rows holding them are reported.
    return { text: stripBom(decode('utf-8', bytes)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: stripBom(decode('utf-16le', bytes)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: stripBom(decode('utf-16be', bytes)), encoding: 'utf-16be' };
  try {
    return { text: stripBom(decode('utf-8', bytes, true)), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: mostly UTF-8 with a few bad bytes, or a legacy code page
  }
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid >= 4 * invalid) return { text: stripBom(decode('utf-8', bytes)), encoding: 'utf-8' };
  const pl = decode('windows-1250', bytes);
  const uk = decode('windows-1251', bytes);
  return plausibility(uk) > plausibility(pl)
    ? { text: uk, encoding: 'windows-1251' }
    : { text: pl, encoding: 'windows-1250' };
}

/** Well-formed multi-byte UTF-8 sequences vs bytes that cannot start or continue one. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

const POLISH = new Set('ąćęłńóśźżĄĆĘŁŃÓŚŹŻ');
/** Ukrainian and Russian letters; other Cyrillic (њ, џ, ђ, ѓ…) is what Polish bytes turn into in 1251. */
const EAST_SLAVIC = /[А-яЄєІіЇїҐґЁё]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Higher is more plausible for a Polish or Ukrainian list. Only non-ASCII characters count, since ASCII
 * decodes the same either way: a Polish letter in a Latin word or an East Slavic letter in a Cyrillic
 * word scores +1; any other non-ASCII letter, or a letter in a word mixing Latin and Cyrillic (Polish
 * "Jуzef" read as 1251), scores -1; control characters score -3; other symbols (quotes, dashes, №) 0.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    let latin = false;
    let cyrillic = false;
    for (const ch of word) {
      if (ch < '\u0080') latin = true;
      else if (CYRILLIC.test(ch)) cyrillic = true;
      else if (LATIN.test(ch)) latin = true;
    }
    for (const ch of word) {
      if (ch < '\u0080') continue;
      if (latin && cyrillic) score -= 1;
      else if (cyrillic) score += EAST_SLAVIC.test(ch) ? 1 : -1;
      else score += POLISH.has(ch) ? 1 : -1;
    }
  }
  for (const ch of text) {
    if ((ch >= '\u0080' && ch <= '\u009f') || ch === '\ufffd') score -= 3;
  }
  return score;
}
