import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importRecipients, RecipientImportError } from './index';
import { xlsxBytes } from './test-fixtures';
import { cellText, formatDate, formatNumber, isDateFormat } from './xlsx';

/** The golden-wedding list as an office keeps it: a title-less sheet after an empty one, header on row 2. */
async function goldenWeddingWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((workbook) => {
    workbook.addWorksheet('Instrukcja'); // empty: skipped
    const hidden = workbook.addWorksheet('Stare');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = 'ukryte';
    const sheet = workbook.addWorksheet('Złote Gody 2026');
    sheet.getRow(2).values = [
      'Małżonkowie',
      'Data ślubu',
      'Lata',
      'Opis',
      'Uwagi',
      'E-mail',
      'Kod pocztowy',
      'PESEL',
    ];
    sheet.getRow(3).values = [
      'Anna i Jan Kowalscy',
      new Date(Date.UTC(1976, 4, 15)),
      { formula: 'YEAR(TODAY())-YEAR(B3)', result: 50 },
      { richText: [{ text: 'Para ', font: { bold: true } }, { text: 'z Oliwy' }] },
      'wspólny dyplom',
      { text: 'kowalscy@example.pl', hyperlink: 'mailto:kowalscy@example.pl' },
      80950,
      1e21,
    ];
    sheet.getCell('G3').numFmt = '00-000';
    sheet.mergeCells('D3:E3'); // "Opis" spans "Uwagi": the value stays in D only
    // row 4 left empty
    sheet.getRow(5).values = [
      'Ewa i Piotr Nowakowie',
      { formula: 'DATE(1976,6,1)', result: new Date(Date.UTC(1976, 5, 1)) },
      { formula: 'YEAR(TODAY())-YEAR(B5)' }, // no cached result
      'Zaręczyny w Sopocie',
      '',
      '',
      950,
      2.5,
    ];
    sheet.getCell('G5').numFmt = '00\\-000';
  });
}

describe('importRecipients: xlsx', () => {
  it('reads dates, formulas, rich text, hyperlinks, merged cells and number formats with Excel row numbers', async () => {
    const result = await importRecipients(await goldenWeddingWorkbook(), 'złote-gody.xlsx');
    expect(result.format).toBe('xlsx');
    expect(result.sheetName).toBe('Złote Gody 2026');
    expect(result.columns.map((c) => c.key)).toEqual([
      'malzonkowie',
      'data_slubu',
      'lata',
      'opis',
      'uwagi',
      'e_mail',
      'kod_pocztowy',
      'pesel',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 3,
        values: {
          malzonkowie: 'Anna i Jan Kowalscy',
          data_slubu: '1976-05-15',
          lata: '50',
          opis: 'Para z Oliwy',
          uwagi: '',
          e_mail: 'kowalscy@example.pl',
          kod_pocztowy: '80-950',
          pesel: '1000000000000000000000',
        },
      },
      {
        row: 5,
        values: {
          malzonkowie: 'Ewa i Piotr Nowakowie',
          data_slubu: '1976-06-01',
          lata: '',
          opis: 'Zaręczyny w Sopocie',
          uwagi: '',
          e_mail: '',
          kod_pocztowy: '00-950',
          pesel: '2,5',
        },
      },
    ]);
  });

  it('reports bad rows by their Excel row numbers and returns the rest', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Adresaci');
      sheet.addRows([
        ['Imię', 'Nazwisko', 'Instytucja', 'E-mail'],
        ['Jan', 'Kowalski', 'SP 1', 'jan@sp1.pl'],
        ['Anna', 'Nowak', 'SP 2', 'anna@sp2.pl'],
        ['Piotr', null, 'SP 3', 'piotr@sp3.pl'],
        ['Ewa', 'Wiśniewska', 'SP 4', 'ewa@sp4.pl'],
        ['Adam', 'Zieliński', 'SP 5', 'adam@@sp5.pl'],
        ['Ola', 'Lis', 'SP 6', null],
      ]);
      sheet.getCell('F6').value = 'notatka poza tabelą';
    });
    const result = await importRecipients(bytes, 'adresaci.xlsx', { required: ['nazwisko'] });
    expect(result.problems).toEqual([
      { row: 4, column: 'nazwisko', code: 'MISSING_REQUIRED' },
      { row: 6, column: null, code: 'TOO_MANY_COLUMNS', value: 'notatka poza tabelą' },
      { row: 6, column: 'e_mail', code: 'INVALID_EMAIL', value: 'adam@@sp5.pl' },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 5, 7]);
    expect(result.rows[3]!.values).toEqual({ imie: 'Ola', nazwisko: 'Lis', instytucja: 'SP 6', e_mail: '' });
  });

  it('throws TOO_MANY_ROWS for a sheet longer than maxRows', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Lista');
      sheet.addRow(['Imię']);
      for (let i = 0; i < 11; i++) sheet.addRow([`Osoba ${i}`]);
    });
    await expect(importRecipients(bytes, 'a.xlsx', { maxRows: 11 })).resolves.toMatchObject({
      rows: { length: 11 },
    });
    await expect(importRecipients(bytes, 'a.xlsx', { maxRows: 10 })).rejects.toMatchObject({
      code: 'TOO_MANY_ROWS',
      details: { count: 11, maxRows: 10 },
    });
  });

  it('throws EMPTY_FILE for a workbook without values and UNREADABLE_FILE for a zip that is no workbook', async () => {
    const empty = await xlsxBytes((workbook) => void workbook.addWorksheet('Arkusz1'));
    await expect(importRecipients(empty, 'pusty.xlsx')).rejects.toMatchObject({ code: 'EMPTY_FILE' });

    const zip = new JSZip();
    zip.file('notatka.txt', 'to nie jest arkusz');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = await importRecipients(bytes, 'lista.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecipientImportError);
    expect((error as RecipientImportError).code).toBe('UNREADABLE_FILE');
  });

  it('reads a workbook even when it is named .csv (the bytes decide)', async () => {
    const bytes = await xlsxBytes((workbook) => workbook.addWorksheet('Lista').addRows([['Imię'], ['Jan']]));
    const result = await importRecipients(bytes, 'lista.csv');
    expect(result.format).toBe('xlsx');
    expect(result.rows).toEqual([{ row: 2, values: { imie: 'Jan' } }]);
  });
});

describe('xlsx cell formatting', () => {
  it('formats numbers in full with a decimal comma, and zero masks like Excel', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(48123456789)).toBe('48123456789');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(-1.25)).toBe('-1,25');
    expect(formatNumber(0.0000001)).toBe('0,0000001');
    expect(formatNumber(950, '00-000')).toBe('00-950');
    expect(formatNumber(1234567, '00-000')).toBe('1234-567');
    expect(formatNumber(42, '000000')).toBe('000042');
    expect(formatNumber(0.25, '0%')).toBe('25%');
  });

  it('formats dates as YYYY-MM-DD, with a time only when there is one', () => {
    expect(formatDate(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(formatDate(new Date(Date.UTC(2026, 0, 5, 14, 29, 59, 990)))).toBe('2026-01-05 14:30');
    expect(formatDate(new Date(Date.UTC(1899, 11, 30, 9, 15)))).toBe('09:15');
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('dd.mm.yyyy')).toBe(true);
    expect(isDateFormat('[$-415]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00" szt."')).toBe(false);
    expect(isDateFormat('[Red]#,##0.00')).toBe(false);
  });

  it('turns a serial number in a date format into a date when exceljs left it a number', () => {
    const cell = (value: unknown, numFmt: string) =>
      ({ type: ExcelJS.ValueType.Number, value, numFmt }) as unknown as ExcelJS.Cell;
    expect(cellText(cell(46157, 'dd.mm.yyyy'))).toBe('2026-05-15');
    expect(cellText(cell(46157.75, 'yyyy-mm-dd hh:mm'))).toBe('2026-05-15 18:00');
    expect(cellText(cell(46157, '0'))).toBe('46157');
    expect(cellText(cell({ formula: 'NA()', result: { error: '#N/A' } }, ''))).toBe('#N/A');
  });
});
