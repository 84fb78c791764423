/**
 * The character-level rules of RFC 5545 that every writer needs: TEXT escaping (§3.3.11), content-line
 * folding (§3.1) and CRLF line ends. Hand-written because they are a few lines each and the one subtle
 * point — folding counts OCTETS, and a fold must never cut a multi-byte UTF-8 character (Polish and
 * Ukrainian text) — is exactly what generic helpers get wrong. `TextEncoder` is avoided on purpose: core
 * is compiled without DOM typings, and the byte length of a code point is simple arithmetic.
 */

/** Longest content line in octets, CRLF excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

// Control characters other than HTAB are not allowed in a TEXT value; LF is escaped, CR is dropped
// below, so only stray controls (NUL, form feed, …) are removed here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (any of CRLF, CR, LF → `\n`). */
export function escapeText(value: string): string {
  return value
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A multi-valued TEXT list (e.g. CATEGORIES): each value escaped, joined by unescaped commas. */
export function escapeTextList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

/**
 * Reverses escapeText for a value ical.js hands over raw (it leaves X- properties unparsed). Unknown
 * escapes keep the escaped character, as most readers do.
 */
export function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])|\\(.)/g, (_m, known: string | undefined, other: string | undefined) => {
    if (known === 'n' || known === 'N') return '\n';
    return known ?? other ?? '';
  });
}

/** Splits a raw TEXT list on the commas that are not escaped, then unescapes each value. */
export function splitTextList(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      current += ch + raw[i + 1];
      i++;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(unescapeText);
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets: each continuation starts with a
 * single space, which counts towards its 75. Iterating with for…of walks whole code points, so neither
 * a surrogate pair nor a UTF-8 sequence is ever split.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** Folds every content line and joins them with CRLF, ending with a CRLF as RFC 5545 requires. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}
