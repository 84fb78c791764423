/** The register of outgoing correspondence as an .xlsx workbook: frozen bold header, autofilter, date cells. */
import ExcelJS from 'exceljs';
import { letterKindText, lettersExportText } from '../../core/i18n/letters-export-texts';
import type { Letter } from '../../core/letters/schema';
import type { Language } from '../../core/settings/schema';
import { EXCEL_FORMATS, excelLocalDate } from './format';

type Column = {
  key: Parameters<typeof lettersExportText>[1];
  width: number;
  cell: (l: Letter, lang: Language) => string | Date;
};

const COLUMNS: Column[] = [
  { key: 'regNo', width: 22, cell: (l) => l.regNo },
  { key: 'date', width: 12, cell: (l) => excelLocalDate(l.date) },
  { key: 'kind', width: 26, cell: (l, lang) => letterKindText(lang, l.kind) },
  { key: 'recipient', width: 30, cell: (l) => l.recipientName },
  { key: 'address', width: 36, cell: (l) => l.recipientAddress },
  { key: 'subject', width: 36, cell: (l) => l.subject },
  { key: 'template', width: 28, cell: (l) => l.templateName },
  {
    key: 'signatory',
    width: 28,
    cell: (l) => [l.signatoryName, l.signatoryFunction].filter(Boolean).join(', '),
  },
  { key: 'file', width: 30, cell: (l) => l.fileName },
  { key: 'sha256', width: 66, cell: (l) => l.fileSha256 },
];

export async function lettersToXlsx(letters: readonly Letter[], lang: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lettersExportText(lang, 'sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ header: lettersExportText(lang, c.key), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const letter of letters) sheet.addRow(COLUMNS.map((c) => c.cell(letter, lang)));
  sheet.getColumn(2).numFmt = EXCEL_FORMATS[lang].date;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
