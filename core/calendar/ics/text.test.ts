import { describe, expect, it } from 'vitest';
import {
  escapeText,
  escapeTextList,
  foldLine,
  joinContentLines,
  MAX_LINE_OCTETS,
  splitTextList,
  unescapeText,
} from './text';

const utf8 = new TextEncoder();
const octets = (s: string) => utf8.encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('TEXT escaping (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that a TEXT value may not hold, keeps tabs', () => {
    expect(escapeText('a\u0000b\u000Cc\td')).toBe('abc\td');
  });

  it('unescapes what it escaped, including \\N', () => {
    const original = 'Sala 12; piętro 1, wejście B\\C\nдруга лінія';
    expect(unescapeText(escapeText(original))).toBe(original);
    expect(unescapeText('x\\Ny')).toBe('x\ny');
  });

  it('splits a list on unescaped commas only', () => {
    const names = ['Kowalski, Jan', 'Anna;B', 'C\\D', 'Олена'];
    expect(escapeTextList(names)).toBe('Kowalski\\, Jan,Anna\\;B,C\\\\D,Олена');
    expect(splitTextList(escapeTextList(names))).toEqual(names);
  });
});

describe('line folding at 75 octets', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Krótko')).toEqual(['SUMMARY:Krótko']);
  });

  it('folds ASCII at exactly 75 octets, continuation lines starting with one space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const parts = foldLine(line);
    expect(parts[0]).toHaveLength(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it.each([
    ['Polish (2-octet letters)', 'Zażółć gęślą jaźń — Rada Miasta, posiedzenie nadzwyczajne. '.repeat(6)],
    ['Ukrainian (Cyrillic, 2 octets)', 'Засідання міської ради щодо ремонту вулиці Шевченка. '.repeat(6)],
    ['emoji and CJK (3 and 4 octets)', '📅 会议 Spotkanie 🇵🇱🇺🇦 '.repeat(12)],
  ])('never splits a multi-byte character: %s', (_name, text) => {
    const ics = joinContentLines([`SUMMARY:${text}`]);
    const bytes = utf8.encode(ics);
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(2);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // A split sequence would leave a lone surrogate, which UTF-8 cannot carry.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(utf8.encode(line))).not.toThrow();
    }
    expect(unfold(new TextDecoder('utf-8', { fatal: true }).decode(bytes))).toBe(`SUMMARY:${text}\r\n`);
  });

  it('ends every line, the last one too, with CRLF and has no bare LF', () => {
    const ics = joinContentLines(['BEGIN:VCALENDAR', `X-A:${'ą'.repeat(100)}`, 'END:VCALENDAR']);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
