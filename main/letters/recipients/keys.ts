/**
 * Column keys: a stable ASCII folding of a header so that templates and code can name a column.
 *
 * Steps: lower-case; Cyrillic transliterated by the Ukrainian national system (KMU 2010) without its
 * "зг" → "zgh" rule (є/ї/й/ю/я are ye/yi/y/yu/ya at the start of a word, ie/i/i/iu/ia inside one, ь and
 * ъ dropped; Russian ы/э/ё also covered); Latin letters without a decomposition folded by a small table
 * (ł→l, đ→d, ø→o, ß→ss, æ→ae, œ→oe); remaining diacritics removed and compatibility forms spelled out
 * (NFKD: № → no); every run of other characters (spaces, punctuation, apostrophes) becomes one `_`,
 * and `_` is trimmed from both ends.
 *
 * "Imię" → "imie", "Nazwisko" → "nazwisko", "E-mail" → "e_mail", "Ім'я" → "im_ya" (the apostrophe
 * separates, so я starts a word), "Прізвище" → "prizvyshche", "По батькові" → "po_batkovi".
 */
import { latinLetter } from '../../../core/text/translit';

const LATIN: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

const LETTER = /\p{L}/u;

/** Folds any text to `[a-z0-9_]*` as described above ('' when nothing is left). */
export function foldKey(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  let previous = '';
  for (const ch of lower) {
    out += latinLetter(ch, !LETTER.test(previous)) ?? LATIN[ch] ?? ch;
    previous = ch;
  }
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase() // compatibility forms can bring capitals back: № → No
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Keys for a header row, in order: the folded header, `col_<n>` (1-based column number) for an empty
 * one, and `_2`, `_3`… for a key already taken.
 */
export function columnKeys(headers: { header: string; columnNumber: number }[]): string[] {
  const used = new Set<string>();
  return headers.map(({ header, columnNumber }) => {
    const base = foldKey(header) || `col_${columnNumber}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
    used.add(key);
    return key;
  });
}
