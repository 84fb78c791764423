/**
 * Folds text for search: lower case, Polish and Ukrainian diacritics removed.
 * NFD removes most marks (ó → o, ź → z, й → и, ї → і), but some letters have no decomposition:
 * Polish ł is a letter of its own in Unicode, so SQLite's unicode61 tokenizer keeps it. We map those by hand.
 */
const NON_DECOMPOSING: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ґ: 'г',
  ё: 'е',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_DECOMPOSING_RE = new RegExp(`[${Object.keys(NON_DECOMPOSING).join('')}]`, 'g');

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .replace(NON_DECOMPOSING_RE, (ch) => NON_DECOMPOSING[ch] ?? ch);
}

/** Splits a user's query into folded word tokens (letters and digits of any script). */
export function searchTokens(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}
