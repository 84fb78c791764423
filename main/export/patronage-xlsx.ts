/** The register of patronages as an .xlsx workbook: frozen bold header, autofilter, real date cells. */
import ExcelJS from 'exceljs';
import type { PatronageView } from '../../core/api/contract-patronage';
import {
  patronageExportText,
  patronageStatusText,
  requestsText,
} from '../../core/i18n/patronage-export-texts';
import type { Language } from '../../core/settings/schema';
import { EXCEL_FORMATS, excelLocalDate, excelLocalDateTime } from './format';

type Row = PatronageView & { letterNumbers: string };
type Cell = string | Date | null;
interface Column {
  key: Parameters<typeof patronageExportText>[1];
  width: number;
  format?: 'date' | 'dateTime';
  cell: (row: Row, lang: Language, timeZone: string) => Cell;
}

const at = (instant: string | null, timeZone: string) =>
  instant ? excelLocalDateTime(instant, timeZone) : null;
const day = (date: string | null) => (date ? excelLocalDate(date) : null);
const obligation = (row: Row, kind: 'logoApproval' | 'report') =>
  row.obligations.find((o) => o.kind === kind);

const COLUMNS: Column[] = [
  { key: 'received', width: 17, format: 'dateTime', cell: (r, _l, tz) => at(r.receivedAt, tz) },
  { key: 'applicant', width: 32, cell: (r) => r.applicantName },
  { key: 'event', width: 36, cell: (r) => r.eventTitle },
  { key: 'eventStart', width: 17, format: 'dateTime', cell: (r, _l, tz) => at(r.eventStart, tz) },
  { key: 'eventEnd', width: 17, format: 'dateTime', cell: (r, _l, tz) => at(r.eventEnd, tz) },
  { key: 'place', width: 28, cell: (r) => r.eventPlace },
  { key: 'requests', width: 36, cell: (r, lang) => requestsText(lang, r.requests) },
  {
    key: 'late',
    width: 12,
    cell: (r, lang) => patronageExportText(lang, r.leadTime.late ? 'yes' : 'no'),
  },
  { key: 'status', width: 14, cell: (r, lang) => patronageStatusText(lang, r.status) },
  { key: 'decidedAt', width: 17, format: 'dateTime', cell: (r, _l, tz) => at(r.decidedAt, tz) },
  { key: 'decidedBy', width: 24, cell: (r) => r.decidedBy ?? '' },
  { key: 'refusalReason', width: 36, cell: (r) => r.refusalReason ?? '' },
  {
    key: 'logoDue',
    width: 14,
    format: 'date',
    cell: (r) => day(obligation(r, 'logoApproval')?.dueDate ?? null),
  },
  { key: 'logoApproved', width: 17, format: 'dateTime', cell: (r, _l, tz) => at(r.logoApprovedAt, tz) },
  { key: 'reportDue', width: 14, format: 'date', cell: (r) => day(obligation(r, 'report')?.dueDate ?? null) },
  {
    key: 'reportReceived',
    width: 17,
    format: 'dateTime',
    cell: (r, _l, tz) => at(r.reportReceivedAt, tz),
  },
  { key: 'letters', width: 30, cell: (r) => r.letterNumbers },
];

export async function patronageToXlsx(
  rows: readonly Row[],
  lang: Language,
  timeZone: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(patronageExportText(lang, 'sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ header: patronageExportText(lang, c.key), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => c.cell(row, lang, timeZone)));
  COLUMNS.forEach((c, i) => {
    if (c.format) sheet.getColumn(i + 1).numFmt = EXCEL_FORMATS[lang][c.format];
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
