/**
 * Grid rows (from a sheet or a CSV) → columns, good rows and problems. Shared by both formats so that a
 * list behaves the same whichever way it was saved.
 */
import { isEmail, normaliseDate, stripMailto } from './checks';
import { RecipientImportError } from './errors';
import { columnKeys, foldKey } from './keys';
import { isDateColumn, isEmailColumn } from './mapping';

/** One row as read: its number as a person sees it, and cell texts from the first column on. */
export interface GridRow {
  row: number;
  cells: string[];
}

export interface RecipientRow {
  /** 1-based row number in the file as a person sees it in Excel (header is row 1, first data row is 2). */
  row: number;
  /** Values by column key (normalised header, see keys.ts); strings, trimmed. */
  values: Record<string, string>;
}

export type RowProblemCode =
  | 'EMPTY_ROW'
  | 'MISSING_REQUIRED'
  | 'TOO_LONG'
  | 'BAD_ENCODING'
  | 'TOO_MANY_COLUMNS'
  | 'INVALID_EMAIL'
  | 'INVALID_DATE';

export interface RowProblem {
  row: number;
  /** Column key; null for a problem of the whole row (TOO_MANY_COLUMNS). */
  column: string | null;
  code: RowProblemCode;
  /** The offending value (cut to 80 characters for TOO_LONG). */
  value?: string;
}

export interface RecipientColumn {
  key: string;
  header: string;
}

export interface BuildOptions {
  required?: string[];
  maxRows: number;
}

export const MAX_VALUE_LENGTH = 1000;

/** Control characters and U+FFFD: what bytes in the wrong encoding leave behind. Tab and newline are fine. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const BAD_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

export const cleanCell = (text: string): string => text.replace(/\r\n?/g, '\n').normalize('NFC').trim();

const isEmptyRow = (cells: string[]): boolean => cells.every((c) => c === '');

const codePoints = (text: string): number =>
  text.length <= MAX_VALUE_LENGTH ? text.length : [...text].length;

export function buildImport(
  grid: GridRow[],
  options: BuildOptions,
): { columns: RecipientColumn[]; rows: RecipientRow[]; problems: RowProblem[] } {
  const nonEmpty = grid
    .map((r) => ({ row: r.row, cells: r.cells.map(cleanCell) }))
    .filter((r) => !isEmptyRow(r.cells));
  const headerRow = nonEmpty[0];
  if (!headerRow) throw new RecipientImportError('EMPTY_FILE', 'the list has no rows');
  const data = nonEmpty.slice(1);
  if (data.length > options.maxRows) {
    throw new RecipientImportError('TOO_MANY_ROWS', `${data.length} rows, at most ${options.maxRows}`, {
      count: data.length,
      maxRows: options.maxRows,
    });
  }

  // The header decides the width: up to its last named cell. A column with no header is kept (as
  // col_<n>) only when some row has a value in it; anything right of the last header is TOO_MANY_COLUMNS.
  let width = headerRow.cells.length;
  while (width > 0 && headerRow.cells[width - 1] === '') width--;
  const indexes: number[] = [];
  for (let i = 0; i < width; i++) {
    if (headerRow.cells[i] !== '' || data.some((r) => (r.cells[i] ?? '') !== '')) indexes.push(i);
  }
  const keys = columnKeys(indexes.map((i) => ({ header: headerRow.cells[i]!, columnNumber: i + 1 })));
  const columns = indexes.map((i, n) => ({ key: keys[n]!, header: headerRow.cells[i]!, index: i }));
  const emailKeys = new Set(columns.filter((c) => isEmailColumn(c.header, c.key)).map((c) => c.key));
  const dateKeys = new Set(columns.filter((c) => isDateColumn(c.header, c.key)).map((c) => c.key));

  const problems: RowProblem[] = [];
  const known = new Set(keys);
  const required: string[] = [];
  for (const name of options.required ?? []) {
    const key = known.has(name) ? name : foldKey(name);
    if (known.has(key)) required.push(key);
    else problems.push({ row: headerRow.row, column: key || name, code: 'MISSING_REQUIRED' });
  }

  const rows: RecipientRow[] = [];
  for (const { row, cells } of data) {
    const found: RowProblem[] = [];
    const extra = cells.slice(width).find((c) => c !== '');
    if (extra !== undefined) found.push({ row, column: null, code: 'TOO_MANY_COLUMNS', value: extra });
    const values: Record<string, string> = {};
    for (const column of columns) {
      let value = cells[column.index] ?? '';
      const at = (code: RowProblemCode, shown = value) =>
        found.push({ row, column: column.key, code, value: shown });
      if (value === '') {
        if (required.includes(column.key)) found.push({ row, column: column.key, code: 'MISSING_REQUIRED' });
      } else if (BAD_CHARS.test(value)) {
        at('BAD_ENCODING');
      } else if (codePoints(value) > MAX_VALUE_LENGTH) {
        at('TOO_LONG', `${[...value].slice(0, 80).join('')}…`);
      } else if (emailKeys.has(column.key)) {
        value = stripMailto(value);
        if (!isEmail(value)) at('INVALID_EMAIL');
      } else if (dateKeys.has(column.key)) {
        const date = normaliseDate(value);
        if (date === null) at('INVALID_DATE');
        else value = date;
      }
      values[column.key] = value;
    }
    if (found.length === 0) rows.push({ row, values });
    else problems.push(...found);
  }

  return { columns: columns.map(({ key, header }) => ({ key, header })), rows, problems };
}
