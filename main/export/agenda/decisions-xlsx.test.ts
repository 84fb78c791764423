import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import type { DecisionView } from '../../../core/decisions/schema';
import type { Language } from '../../../core/settings/schema';
import { DECISIONS_COLUMNS, decisionsXlsx } from './decisions-xlsx';
import { decisionView, NOW, plOffice, uaOffice } from './test-fixtures';

async function readBack(items: DecisionView[], language: Language = 'pl', office = plOffice()) {
  const buffer = await decisionsXlsx(items, {
    office,
    language,
    now: NOW,
    peopleById: { p1: 'Jerzy Wiśniewski', p2: 'Олена Ковальчук' },
    departmentsById: { d1: 'Wydział Gospodarki Komunalnej', d2: 'Департамент освіти' },
  });
  expect(Buffer.isBuffer(buffer)).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (row: number, key: (typeof DECISIONS_COLUMNS)[number]) =>
    sheet.getRow(row + 1).getCell(DECISIONS_COLUMNS.indexOf(key) + 1);
  return { sheet, headers, cell };
}

const overdue = decisionView({
  status: 'in_progress',
  viewStatus: 'overdue',
  overdueDays: 5,
  progress: 40,
});
const done = decisionView({
  id: 'dc2',
  ordinal: 2,
  title: 'Zamknąć ul. Żeromskiego dla ruchu',
  departmentId: null,
  responsiblePersonId: 'ghost',
  status: 'done',
  viewStatus: 'done',
  progress: 100,
  // 00:30 on 11 March in Warsaw.
  doneAt: '2026-03-10T23:30:00.000Z',
});

describe('decisionsXlsx', () => {
  it('writes translated headers, a bold frozen header row with an autofilter, and the sheet name', async () => {
    const { sheet, headers } = await readBack([overdue]);
    expect(sheet.name).toBe('Rejestr ustaleń');
    expect(headers).toEqual(DECISIONS_COLUMNS.map((k) => agendaText('pl', k)));
    expect(headers).toEqual([
      'Lp.',
      'Protokół',
      'Ustalenie',
      'Wydział',
      'Osoba odpowiedzialna',
      'Termin',
      'Status',
      'Postęp (%)',
      'Dni po terminie',
      'Data wykonania',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(3).width).toBe(60);
    expect(sheet.rowCount).toBe(2);
  });

  it('writes a row a person can read, with overdue shown as overdue', async () => {
    const { cell } = await readBack([overdue, done]);
    expect(cell(1, 'decision.no').value).toBe(1);
    expect(cell(2, 'decision.no').value).toBe(2);
    expect(cell(1, 'register.protocol').value).toBe('Narada w sprawie remontu ul. Żeromskiego (02.03.2026)');
    expect(cell(1, 'decision.title').value).toBe('Przygotować objazdy dla komunikacji miejskiej');
    expect(cell(1, 'decision.department').value).toBe('Wydział Gospodarki Komunalnej');
    expect(cell(1, 'decision.person').value).toBe('Jerzy Wiśniewski');
    expect(cell(1, 'register.status').value).toBe('Po terminie');
    expect(cell(2, 'register.status').value).toBe('Wykonane');
    expect(cell(2, 'decision.department').value).toBeNull();
    expect(cell(2, 'decision.person').value).toBe('ghost');
  });

  it('writes real dates and numbers', async () => {
    const { cell } = await readBack([overdue, done]);
    const due = cell(1, 'decision.dueDate');
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2026-03-13T00:00:00.000Z');
    expect(due.numFmt).toBe('dd.mm.yyyy');
    expect(cell(1, 'register.overdueDays').value).toBe(5);
    expect(cell(2, 'register.overdueDays').value).toBe(0);
    expect(cell(1, 'register.progress').value).toBe(40);
    expect(cell(1, 'register.doneAt').value).toBeNull();
    const doneAt = cell(2, 'register.doneAt');
    expect(doneAt.value).toBeInstanceOf(Date);
    // The Warsaw day, not the UTC day.
    expect((doneAt.value as Date).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(doneAt.numFmt).toBe('dd.mm.yyyy');
  });

  it('writes a Ukrainian register with Ukrainian text intact', async () => {
    const item = decisionView({
      title: 'Перевірити укриття в школах Подільського району',
      protocolTitle: 'Нарада щодо укриттів',
      departmentId: 'd2',
      responsiblePersonId: 'p2',
      viewStatus: 'overdue',
      overdueDays: 2,
    });
    const { sheet, headers, cell } = await readBack([item], 'uk', uaOffice());
    expect(sheet.name).toBe('Реєстр доручень');
    expect(headers).toContain('Днів прострочення');
    expect(cell(1, 'decision.title').value).toBe('Перевірити укриття в школах Подільського району');
    expect(cell(1, 'register.protocol').value).toBe('Нарада щодо укриттів (02.03.2026)');
    expect(cell(1, 'decision.department').value).toBe('Департамент освіти');
    expect(cell(1, 'decision.person').value).toBe('Олена Ковальчук');
    expect(cell(1, 'register.status').value).toBe('Прострочено');
    expect(cell(1, 'register.overdueDays').value).toBe(2);
  });

  it('writes an empty register with only the header row', async () => {
    const { sheet } = await readBack([], 'en');
    expect(sheet.name).toBe('Decisions register');
    expect(sheet.rowCount).toBe(1);
  });
});
