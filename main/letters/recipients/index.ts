/**
 * Recipient lists for mail merge (letters, diplomas, obituaries): an .xlsx or .csv file → columns, the
 * good rows and the bad rows' problems, each with the row number a person sees in Excel. A bad row never
 * stops the import; only an unreadable, empty or too large file does (RecipientImportError).
 */
import { readCsv } from './csv';
import { RecipientImportError } from './errors';
import { buildImport, type RecipientColumn, type RecipientRow, type RowProblem } from './table';
import { readXlsx } from './xlsx';

export { RecipientImportError, type RecipientImportErrorCode } from './errors';
export { guessFieldMapping, type RecipientField } from './mapping';
export { foldKey } from './keys';
export type { RecipientColumn, RecipientRow, RowProblem, RowProblemCode } from './table';

export const DEFAULT_MAX_ROWS = 5000;

export interface RecipientImport {
  /** In file order. */
  columns: RecipientColumn[];
  /** The good rows. */
  rows: RecipientRow[];
  /** Bad rows, with row numbers; the good rows are still returned. */
  problems: RowProblem[];
  format: 'xlsx' | 'csv';
  sheetName: string | null;
}

export interface ImportOptions {
  /** Column keys (or headers, folded to keys) that must have a value in every row. */
  required?: string[];
  /** Most data rows accepted; more → TOO_MANY_ROWS. Default 5000. */
  maxRows?: number;
}

const startsWith = (bytes: Uint8Array, ...signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/** Files that are surely neither a workbook nor text, whatever they are called. */
const FOREIGN: { name: string; signature: number[] }[] = [
  { name: 'old binary Excel (.xls)', signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'PNG image', signature: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', signature: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', signature: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'gzip archive', signature: [0x1f, 0x8b] },
  { name: 'RAR archive', signature: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z archive', signature: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** The format by content: a zip is tried as .xlsx, known binaries are refused, anything else is CSV text. */
function sniff(file: Uint8Array, fileName: string): 'xlsx' | 'csv' {
  if (startsWith(file, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  const foreign = FOREIGN.find((f) => startsWith(file, ...f.signature));
  if (foreign) {
    throw new RecipientImportError('UNREADABLE_FILE', `the file is a ${foreign.name}`, {
      detected: foreign.name,
    });
  }
  if (/\.xls[xmb]?$|\.xlt[xm]?$|\.ods$/i.test(fileName)) {
    throw new RecipientImportError('UNREADABLE_FILE', `${fileName} is not a readable workbook`);
  }
  return 'csv';
}

export async function importRecipients(
  file: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<RecipientImport> {
  const maxRows =
    options.maxRows !== undefined && Number.isInteger(options.maxRows) && options.maxRows >= 0
      ? options.maxRows
      : DEFAULT_MAX_ROWS;
  if (file.byteLength === 0) throw new RecipientImportError('EMPTY_FILE', 'the file is empty');
  const format = sniff(file, fileName);
  const { rows: grid, sheetName } =
    format === 'xlsx' ? await readXlsx(file) : { ...readCsv(file), sheetName: null };
  const built = buildImport(grid, { required: options.required, maxRows });
  return { ...built, format, sheetName };
}
