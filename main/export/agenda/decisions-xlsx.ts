/**
 * The register of the mayor's decisions as an .xlsx workbook, in the style of the inquiry register:
 * one sheet, a bold frozen header row with an autofilter, one row per decision. Dates are real Excel
 * date cells (sortable, filterable); progress and days overdue are numbers, not text.
 */
import ExcelJS from 'exceljs';
import { agendaText, type AgendaTextKey } from '../../../core/i18n/agenda-export-texts';
import type { DecisionView } from '../../../core/decisions/schema';
import type { Language } from '../../../core/settings/schema';
import { EXCEL_FORMATS, excelLocalDate, localDateOfInstant } from '../format';
import { formatShortDate } from './agenda-dates';
import type { AgendaContext } from './types';

export interface DecisionsRegisterContext extends AgendaContext {
  /** Person id → name; unknown ids are shown as they are. */
  peopleById: Record<string, string>;
  departmentsById: Record<string, string>;
}

type CellValue = string | number | Date | null;
type Kind = 'text' | 'longText' | 'date' | 'number';

interface Env {
  lang: Language;
  timeZone: string;
  people: Record<string, string>;
  departments: Record<string, string>;
}

interface ColumnDef {
  header: AgendaTextKey;
  width: number;
  kind: Kind;
  cell: (d: DecisionView, env: Env, index: number) => CellValue;
}

const nameOf = (id: string | null, names: Record<string, string>) => (id ? (names[id] ?? id) : null);

const COLUMNS: ColumnDef[] = [
  { header: 'decision.no', width: 6, kind: 'number', cell: (_d, _e, i) => i + 1 },
  {
    header: 'register.protocol',
    width: 36,
    kind: 'longText',
    cell: (d, e) =>
      agendaText(e.lang, 'register.protocolRef', {
        title: d.protocolTitle,
        date: formatShortDate(d.protocolDate, e.lang),
      }),
  },
  { header: 'decision.title', width: 60, kind: 'longText', cell: (d) => d.title },
  {
    header: 'decision.department',
    width: 26,
    kind: 'text',
    cell: (d, e) => nameOf(d.departmentId, e.departments),
  },
  {
    header: 'decision.person',
    width: 24,
    kind: 'text',
    cell: (d, e) => nameOf(d.responsiblePersonId, e.people),
  },
  { header: 'decision.dueDate', width: 14, kind: 'date', cell: (d) => excelLocalDate(d.dueDate) },
  {
    header: 'register.status',
    width: 16,
    kind: 'text',
    // viewStatus, not status: an open decision past its due date must read "Po terminie".
    cell: (d, e) => agendaText(e.lang, `decisionStatus.${d.viewStatus}`),
  },
  { header: 'register.progress', width: 12, kind: 'number', cell: (d) => d.progress },
  { header: 'register.overdueDays', width: 14, kind: 'number', cell: (d) => d.overdueDays },
  {
    header: 'register.doneAt',
    width: 14,
    kind: 'date',
    // The day it was done in the office zone (done at 00:30 in Warsaw is that day, not the UTC one).
    cell: (d, e) => (d.doneAt ? excelLocalDate(localDateOfInstant(d.doneAt, e.timeZone)) : null),
  },
];

/** Header keys in column order (for tests and for anyone reading the sheet by position). */
export const DECISIONS_COLUMNS: readonly AgendaTextKey[] = COLUMNS.map((c) => c.header);

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
function sheetName(text: string): string {
  return text.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function decisionsXlsx(
  decisions: DecisionView[],
  ctx: DecisionsRegisterContext,
): Promise<Buffer> {
  const lang = ctx.language;
  const env: Env = {
    lang,
    timeZone: ctx.office.timeZone,
    people: ctx.peopleById,
    departments: ctx.departmentsById,
  };
  const formats = EXCEL_FORMATS[lang];

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PressDesk';
  workbook.created = new Date(ctx.now);
  const sheet = workbook.addWorksheet(sheetName(agendaText(lang, 'register.sheetName')), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });

  sheet.columns = COLUMNS.map((c) => ({ header: agendaText(lang, c.header), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  decisions.forEach((decision, index) => {
    const row = sheet.addRow([]);
    COLUMNS.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = column.cell(decision, env, index);
      cell.alignment = { vertical: 'top', wrapText: column.kind === 'longText' };
      if (column.kind === 'date') cell.numFmt = formats.date;
    });
  });

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
