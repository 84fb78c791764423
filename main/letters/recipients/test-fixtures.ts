/**
 * Test fixtures: legacy code-page encoders written out by hand (independent of the TextDecoder the code
 * under test uses) and small helpers for bytes and workbooks.
 */
import ExcelJS from 'exceljs';

/** Windows-1250: the Polish letters and the typographic punctuation an office list contains. */
const CP1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
  '„': 0x84,
  '”': 0x94,
  '–': 0x96,
};

/** Windows-1251: А..я are 0xC0..0xFF in order; the Ukrainian extra letters and punctuation by hand. */
const CP1251: Record<string, number> = {
  Є: 0xaa,
  є: 0xba,
  І: 0xb2,
  і: 0xb3,
  Ї: 0xaf,
  ї: 0xbf,
  Ґ: 0xa5,
  ґ: 0xb4,
  '’': 0x92,
  '„': 0x84,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '№': 0xb9,
};

function encodeWith(text: string, table: Record<string, number>, extra?: (ch: string) => number | undefined) {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 ? code : (table[ch] ?? extra?.(ch));
    if (byte === undefined) throw new Error(`no byte for ${ch} in this code page`);
    out.push(byte);
  }
  return Uint8Array.from(out);
}

export const encodeCp1250 = (text: string): Uint8Array => encodeWith(text, CP1250);

export const encodeCp1251 = (text: string): Uint8Array =>
  encodeWith(text, CP1251, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0x0410 && code <= 0x044f ? code - 0x0410 + 0xc0 : undefined;
  });

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const utf8WithBom = (text: string): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

export function utf16leWithBom(text: string): Uint8Array {
  const out = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(out);
}

export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The first bytes of a real PNG (signature and the start of its IHDR chunk), padded. */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
