/** Small text helpers shared by the Polish, Ukrainian and English salutation rules. */

/** Trims, collapses inner white space and composes diacritics (NFC); undefined for empty input. */
export function clean(value: string | undefined): string | undefined {
  if (value == null) return undefined;
  const cleaned = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** The first of several given names ("Jan Maria" → "Jan"): letters address a person by one name. */
export function firstWord(value: string): string {
  return value.split(' ')[0] ?? value;
}

function isAllUpperCase(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Gives `lowerResult` (an inflected form computed on the lower-cased word) the letter case of `original`:
 * the part the two share keeps the original's letters as typed, the new ending follows them (upper case
 * when the whole original was in capitals). "Jan" + "janie" → "Janie", "MACIEK" + "maćku" → "MAĆKU".
 */
export function transferCase(original: string, lowerResult: string): string {
  const lower = original.toLowerCase();
  let shared = 0;
  while (shared < lower.length && shared < lowerResult.length && lower[shared] === lowerResult[shared]) {
    shared += 1;
  }
  const tail = lowerResult.slice(shared);
  return original.slice(0, shared) + (isAllUpperCase(original) ? tail.toUpperCase() : tail);
}

/** Upper-cases the first letter, keeping the rest as it is. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Applies `inflect` to each part of a hyphenated name ("Anna-Maria" → "Anno-Mario"). */
export function eachHyphenPart(name: string, inflect: (part: string) => string): string {
  return name
    .split('-')
    .map((part) => (part === '' ? part : inflect(part)))
    .join('-');
}
