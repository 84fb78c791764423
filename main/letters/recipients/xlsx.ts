/**
 * An .xlsx workbook → grid rows of its first visible sheet that has any value, numbered as in Excel.
 * Cell texts are what a person sees: rich text joined, a formula's cached result, dates as YYYY-MM-DD,
 * numbers in full (no "1e+21") with a decimal comma as Polish and Ukrainian Excel shows them, zero-padded
 * formats such as the postal code "00-000" applied, hyperlinks by their text, and a merged area's value
 * in its first cell only.
 */
import ExcelJS from 'exceljs';
import { RecipientImportError } from './errors';
import type { GridRow } from './table';

export interface XlsxGrid {
  rows: GridRow[];
  sheetName: string;
}

export async function readXlsx(bytes: Uint8Array): Promise<XlsxGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer); // exceljs types want its own Buffer
  } catch (error) {
    throw new RecipientImportError(
      'UNREADABLE_FILE',
      'the file is not a readable .xlsx workbook',
      {},
      { cause: error },
    );
  }
  // A zip that is not a workbook (a .docx, an .ods) loads with no sheets at all.
  if (workbook.worksheets.length === 0) {
    throw new RecipientImportError('UNREADABLE_FILE', 'the file is not an .xlsx workbook');
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: GridRow[] = [];
    sheet.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell((cell, columnNumber) => {
        cells[columnNumber - 1] = cellText(cell, date1904);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    if (rows.some((r) => r.cells.some((c) => c.trim() !== ''))) return { rows, sheetName: sheet.name };
  }
  throw new RecipientImportError('EMPTY_FILE', 'the workbook has no values');
}

export function cellText(cell: ExcelJS.Cell, date1904 = false): string {
  if (cell.type === ExcelJS.ValueType.Merge) return ''; // covered by a merged area: its value is in the first cell
  return valueText(cell.value, cell.numFmt ?? '', date1904);
}

function valueText(value: unknown, numFmt: string, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return isDateFormat(numFmt) ? formatDate(serialToDate(value, date1904)) : formatNumber(value, numFmt);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[])
        .map((run) => (typeof run.text === 'string' ? run.text : ''))
        .join('');
    }
    if ('hyperlink' in v || 'text' in v) return valueText(v.text, numFmt, date1904);
    if ('formula' in v || 'sharedFormula' in v) return valueText(v.result, numFmt, date1904);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** A date format shows d, m, y, h or s outside quoted text, [colour]/[$-locale] parts and escapes. */
export function isDateFormat(numFmt: string): boolean {
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel dates are wall-clock values stored as UTC by exceljs: YYYY-MM-DD, plus " HH:MM" when timed. */
export function formatDate(date: Date): string {
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() < 1900) return time; // a time of day without a date (serial < 1)
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

const NUMBER = new Intl.NumberFormat('pl-PL', { useGrouping: false, maximumSignificantDigits: 15 });

/**
 * A number as Excel shows it in General format, in full: 15 significant digits (Excel's precision), no
 * exponent, no grouping, decimal comma. A mask of zeros ("00-000", "000000") pads and places digits
 * the way Excel does for postal codes and numbers with leading zeros; "0%" shows a percentage.
 */
export function formatNumber(value: number, numFmt = ''): string {
  if (!Number.isFinite(value)) return String(value);
  const mask = numFmt.replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1');
  if (/^0[0 -]*$/.test(mask) && Number.isInteger(value) && value >= 0 && value < 1e15) {
    const slots = mask.replace(/[^0]/g, '').length;
    const digits = String(value).padStart(slots, '0');
    let next = digits.length - slots + 1; // digits beyond the mask widen its first slot, as in Excel
    let out = '';
    let first = true;
    for (const ch of mask) {
      if (ch !== '0') out += ch;
      else if (first) {
        out += digits.slice(0, next);
        first = false;
      } else out += digits[next++];
    }
    return out;
  }
  if (/^0(\.0+)?%$/.test(mask)) return `${NUMBER.format(value * 100)}%`;
  return NUMBER.format(value);
}
