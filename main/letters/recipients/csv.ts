/**
 * A CSV (or tab-separated "text") file → grid rows, numbered as Excel numbers them when it opens the
 * file: one row per record, so a quoted value with a line break stays in its row, and empty lines count.
 *
 * Parsing is csv-parse's (quotes, doubled quotes, delimiters and line breaks inside quotes, CR/LF/CRLF).
 * Delimiter detection is ours: each candidate (`;` first — Polish Excel's default — then `,` and tab)
 * parses the first records, and the one that splits the header into the most consistent columns wins.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { decodeText, type TextEncodingName } from './decode';
import { RecipientImportError } from './errors';
import type { GridRow } from './table';

const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_RECORDS = 50;

export interface CsvGrid {
  rows: GridRow[];
  delimiter: Delimiter;
  encoding: TextEncodingName;
}

export function readCsv(bytes: Uint8Array): CsvGrid {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    throw new RecipientImportError('UNREADABLE_FILE', 'the file is neither a spreadsheet nor CSV text');
  }
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parseRecords(text, delimiter);
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : 0;
      throw new RecipientImportError(
        'UNREADABLE_FILE',
        `CSV cannot be read (${error.code})`,
        { line },
        { cause: error },
      );
    }
    throw error;
  }
  return { rows: records.map((cells, i) => ({ row: i + 1, cells })), delimiter, encoding };
}

function parseRecords(text: string, delimiter: Delimiter, to?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_quotes: true, // Jan "Johnny" Kowalski without surrounding quotes is kept as written
    relax_column_count: true, // rows of any width: too wide ones are reported, short ones padded
    ...(to === undefined ? {} : { to }),
  });
}

/** NUL bytes or many control characters: an image, a PDF, an old .xls… renamed to .csv. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length / 100);
}

const width = (record: string[]): number => {
  let n = record.length;
  while (n > 0 && record[n - 1]!.trim() === '') n--;
  return n;
};

export function detectDelimiter(text: string): Delimiter {
  const scored = DELIMITERS.map((delimiter, order) => {
    let records: string[][];
    try {
      records = parseRecords(text, delimiter, SAMPLE_RECORDS).filter((r) => width(r) > 0);
    } catch {
      return { delimiter, order, header: 0, consistency: -1, splits: Infinity };
    }
    const header = records[0]?.length ?? 0;
    const data = records.slice(1);
    const consistent = data.filter((r) => r.length === header || width(r) === width(records[0]!)).length;
    return {
      delimiter,
      order,
      header: width(records[0] ?? []),
      consistency: data.length === 0 ? 1 : consistent / data.length,
      splits: records.filter((r) => width(r) > 1).length,
    };
  });
  const splitting = scored.filter((s) => s.header > 1);
  if (splitting.length > 0) {
    splitting.sort((a, b) => b.consistency - a.consistency || b.header - a.header || a.order - b.order);
    return splitting[0]!.delimiter;
  }
  // One column: the delimiter that splits the fewest records keeps values such as "Kowalski, Jan" whole.
  scored.sort((a, b) => a.splits - b.splits || a.order - b.order);
  return scored[0]!.delimiter;
}
