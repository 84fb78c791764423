/**
 * The inquiry register as an .xlsx workbook: one sheet, a bold frozen header row with an autofilter, one
 * row per inquiry. Dates are real Excel date cells holding the office-local wall clock.
 */
import ExcelJS from 'exceljs';
import { exportText, type ExportTextKey } from '../../core/i18n/export-texts';
import type { Inquiry } from '../../core/inquiries/schema';
import type { Language, OfficeSettings } from '../../core/settings/schema';
import { daysLate } from './days-late';
import { citationText, EXCEL_FORMATS, excelLocalDate, excelLocalDateTime } from './format';

export interface RegisterExportContext {
  office: OfficeSettings;
  language: Language;
  /** ISO instant: "today" for the days-late column. */
  now: string;
  /** Person id → name; defaults to office.people. Unknown ids are shown as they are. */
  peopleById?: Record<string, string>;
  /** Department id → name; defaults to office.departments. */
  departmentsById?: Record<string, string>;
}

type CellValue = string | number | Date | null;
type Kind = 'text' | 'longText' | 'date' | 'dateTime' | 'number';

interface Cell {
  value: CellValue;
  /** Overrides the column kind for this cell (the due column holds a date or a date-time). */
  kind?: Kind;
}

interface ColumnDef {
  header: ExportTextKey;
  width: number;
  kind: Kind;
  cell: (inquiry: Inquiry, env: Env) => CellValue | Cell;
}

interface Env {
  lang: Language;
  timeZone: string;
  now: string;
  people: Record<string, string>;
  departments: Record<string, string>;
}

const at = (instant: string | null, env: Env): Date | null =>
  instant ? excelLocalDateTime(instant, env.timeZone) : null;

const COLUMNS: ColumnDef[] = [
  { header: 'col.regNo', width: 18, kind: 'text', cell: (i) => i.regNo },
  { header: 'col.receivedAt', width: 18, kind: 'dateTime', cell: (i, e) => at(i.receivedAt, e) },
  {
    header: 'col.channel',
    width: 16,
    kind: 'text',
    cell: (i, e) => exportText(e.lang, `channel.${i.channel}`),
  },
  { header: 'col.journalist', width: 24, kind: 'text', cell: (i) => i.journalistName },
  { header: 'col.outlet', width: 24, kind: 'text', cell: (i) => i.outletName },
  {
    header: 'col.outletType',
    width: 18,
    kind: 'text',
    cell: (i, e) => exportText(e.lang, `outletType.${i.outletType}`),
  },
  { header: 'col.contact', width: 26, kind: 'text', cell: (i) => i.contact || null },
  { header: 'col.subject', width: 36, kind: 'longText', cell: (i) => i.subject },
  { header: 'col.question', width: 60, kind: 'longText', cell: (i) => i.question },
  {
    header: 'col.jurisdiction',
    width: 12,
    kind: 'text',
    cell: (i, e) => exportText(e.lang, `jurisdiction.${i.jurisdiction}`),
  },
  { header: 'col.ruleId', width: 20, kind: 'text', cell: (i) => i.ruleId },
  { header: 'col.legalBasis', width: 48, kind: 'longText', cell: (i, e) => citationText(i.ruleId, e.lang) },
  {
    header: 'col.department',
    width: 24,
    kind: 'text',
    cell: (i, e) =>
      i.assigneeDepartmentId ? (e.departments[i.assigneeDepartmentId] ?? i.assigneeDepartmentId) : null,
  },
  {
    header: 'col.assignee',
    width: 24,
    kind: 'text',
    cell: (i, e) => (i.assigneePersonId ? (e.people[i.assigneePersonId] ?? i.assigneePersonId) : null),
  },
  { header: 'col.status', width: 20, kind: 'text', cell: (i, e) => exportText(e.lang, `status.${i.status}`) },
  {
    header: 'col.dueDate',
    width: 18,
    kind: 'date',
    cell: (i, e) => {
      if (i.dueDate) return { value: excelLocalDate(i.dueDate), kind: 'date' };
      // Hour rules (authorization, urgent requests) have no due day: show the local due date-time.
      if (i.dueAt) return { value: at(i.dueAt, e), kind: 'dateTime' };
      return null;
    },
  },
  {
    header: 'col.extensionDate',
    width: 16,
    kind: 'date',
    cell: (i) => (i.extensionDueDate ? excelLocalDate(i.extensionDueDate) : null),
  },
  { header: 'col.extensionReason', width: 36, kind: 'longText', cell: (i) => i.extensionReason },
  {
    header: 'col.extensionNoticeAt',
    width: 18,
    kind: 'dateTime',
    cell: (i, e) => at(i.extensionNoticeAt, e),
  },
  { header: 'col.answeredAt', width: 18, kind: 'dateTime', cell: (i, e) => at(i.answerSentAt, e) },
  {
    header: 'col.answerChannel',
    width: 16,
    kind: 'text',
    cell: (i, e) => (i.answerChannel ? exportText(e.lang, `channel.${i.answerChannel}`) : null),
  },
  { header: 'col.refusedAt', width: 18, kind: 'dateTime', cell: (i, e) => at(i.refusedAt, e) },
  { header: 'col.refusalLegalBasis', width: 36, kind: 'longText', cell: (i) => i.refusalLegalBasis },
  { header: 'col.forwardedAt', width: 18, kind: 'dateTime', cell: (i, e) => at(i.forwardedAt, e) },
  { header: 'col.forwardedTo', width: 28, kind: 'longText', cell: (i) => i.forwardedTo },
  { header: 'col.withdrawnAt', width: 18, kind: 'dateTime', cell: (i, e) => at(i.withdrawnAt, e) },
  { header: 'col.daysLate', width: 12, kind: 'number', cell: (i, e) => daysLate(i, e.now, e.timeZone) },
];

/** Header keys in column order (for tests and for anyone reading the sheet by position). */
export const REGISTER_COLUMNS: readonly ExportTextKey[] = COLUMNS.map((c) => c.header);

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

function byId(list: ReadonlyArray<{ id: string; name: string }>): Record<string, string> {
  return Object.fromEntries(list.map((x) => [x.id, x.name]));
}

export async function inquiriesToXlsx(items: Inquiry[], ctx: RegisterExportContext): Promise<Buffer> {
  const lang = ctx.language;
  const env: Env = {
    lang,
    timeZone: ctx.office.timeZone,
    now: ctx.now,
    people: ctx.peopleById ?? byId(ctx.office.people),
    departments: ctx.departmentsById ?? byId(ctx.office.departments),
  };
  const formats = EXCEL_FORMATS[lang];

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PressDesk';
  workbook.created = new Date(ctx.now);
  const sheet = workbook.addWorksheet(sheetName(exportText(lang, 'register.sheetName')), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });

  sheet.columns = COLUMNS.map((c) => ({ header: exportText(lang, c.header), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  for (const inquiry of items) {
    const row = sheet.addRow([]);
    COLUMNS.forEach((column, index) => {
      const raw = column.cell(inquiry, env);
      const { value, kind = column.kind } =
        raw !== null && typeof raw === 'object' && !(raw instanceof Date) ? raw : { value: raw };
      const cell = row.getCell(index + 1);
      cell.value = value;
      cell.alignment = { vertical: 'top', wrapText: kind === 'longText' };
      if (kind === 'date') cell.numFmt = formats.date;
      if (kind === 'dateTime') cell.numFmt = formats.dateTime;
    });
  }

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
