import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportText } from '../../core/i18n/export-texts';
import type { Inquiry } from '../../core/inquiries/schema';
import type { Language, OfficeSettings } from '../../core/settings/schema';
import { inquiriesToXlsx, REGISTER_COLUMNS } from './inquiries-xlsx';
import { NOW, plInquiry, plOffice, uaInquiry, uaOffice } from './test-fixtures';

async function readBack(items: Inquiry[], office: OfficeSettings, language: Language, extra = {}) {
  const buffer = await inquiriesToXlsx(items, { office, language, now: NOW, ...extra });
  expect(Buffer.isBuffer(buffer)).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  /** Cell value of a data row (1-based after the header) by header key. */
  const cell = (row: number, key: (typeof REGISTER_COLUMNS)[number]) =>
    sheet.getRow(row + 1).getCell(REGISTER_COLUMNS.indexOf(key) + 1);
  return { sheet, headers, cell };
}

const overdue = plInquiry();
const onTime = plInquiry({
  id: 'i2',
  regNo: 'BP.1431.8.2026',
  status: 'answered',
  answerText: 'Odpowiedź',
  answerSentAt: '2026-11-20T12:00:00+01:00',
  answerChannel: 'email',
});

describe('inquiriesToXlsx', () => {
  it('writes translated headers, a bold frozen header row with an autofilter, and the sheet name', async () => {
    const { sheet, headers } = await readBack([overdue], plOffice(), 'pl');
    expect(sheet.name).toBe('Rejestr zapytań prasowych');
    expect(headers).toEqual(REGISTER_COLUMNS.map((k) => exportText('pl', k)));
    expect(headers).toContain('Dni opóźnienia');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(2);
  });

  it('switches every header with the language', async () => {
    const [pl, uk, en] = await Promise.all([
      readBack([overdue], plOffice(), 'pl'),
      readBack([overdue], plOffice(), 'uk'),
      readBack([overdue], plOffice(), 'en'),
    ]);
    expect(pl.headers[0]).toBe('Nr rejestru');
    expect(uk.headers[0]).toBe('Реєстр. №');
    expect(en.headers[0]).toBe('Reg. no.');
    expect(uk.sheet.name).toBe('Реєстр запитів ЗМІ');
    expect(en.headers).toContain('Days late');
    expect(uk.headers).toContain('Днів прострочення');
  });

  it('writes a row a person can read: text, translated enums, names, legal basis', async () => {
    const { cell } = await readBack([overdue, onTime], plOffice(), 'pl');
    expect(cell(1, 'col.regNo').value).toBe('BP.1431.7.2026');
    expect(cell(1, 'col.journalist').value).toBe('Zofia Łęcka');
    expect(cell(1, 'col.subject').value).toBe('Zażółć gęślą jaźń – remont ul. Piotrkowskiej');
    expect(cell(1, 'col.question').value).toBe('Ile kosztował remont?\n\nKiedy zakończą się prace?');
    expect(cell(1, 'col.channel').value).toBe('E-mail');
    expect(cell(1, 'col.outletType').value).toBe('Dziennik');
    expect(cell(1, 'col.status').value).toBe('W realizacji');
    expect(cell(2, 'col.status').value).toBe('Udzielono odpowiedzi');
    expect(cell(1, 'col.department').value).toBe('Wydział Gospodarki Komunalnej');
    expect(cell(1, 'col.assignee').value).toBe('Jerzy Wiśniewski');
    expect(cell(1, 'col.ruleId').value).toBe('PL-UDIP-PROVIDE');
    expect(String(cell(1, 'col.legalBasis').value)).toMatch(
      /^art\. 13 ust\. 1, .*o dostępie do informacji publicznej/,
    );
  });

  it('writes real Excel dates in office local time', async () => {
    const { cell } = await readBack([overdue, onTime], plOffice(), 'pl');
    const due = cell(1, 'col.dueDate');
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(due.numFmt).toBe('dd.mm.yyyy');
    // 09:15 in Warsaw stays 09:15 in the cell.
    expect((cell(1, 'col.receivedAt').value as Date).toISOString()).toBe('2026-11-09T09:15:00.000Z');
    expect(cell(1, 'col.receivedAt').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect((cell(2, 'col.answeredAt').value as Date).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(cell(1, 'col.answeredAt').value).toBeNull();
  });

  it('computes days late for an overdue and an on-time record', async () => {
    const { cell } = await readBack([overdue, onTime], plOffice(), 'pl');
    expect(cell(1, 'col.daysLate').value).toBe(2);
    expect(cell(2, 'col.daysLate').value).toBe(0);
  });

  it('round-trips Ukrainian text and shows the local due date-time of an hour rule', async () => {
    const urgent = uaInquiry({ ruleId: 'UA-API-URGENT', dueDate: null, dueAt: '2026-11-24T08:00:00.000Z' });
    const { cell, sheet } = await readBack([uaInquiry(), urgent], uaOffice(), 'uk');
    expect(sheet.name).toBe('Реєстр запитів ЗМІ');
    expect(cell(1, 'col.regNo').value).toBe('ПС-12/2026');
    expect(cell(1, 'col.outlet').value).toBe('Запорізька правда');
    expect(cell(1, 'col.subject').value).toBe('Ремонт укриттів у Києві');
    expect(cell(1, 'col.status').value).toBe('У роботі');
    expect(cell(1, 'col.outletType').value).toBe('Онлайн-медіа');
    expect(String(cell(1, 'col.legalBasis').value)).toContain(
      'ст. 20 ч. 1, Закон України «Про доступ до публічної інформації»',
    );
    expect((cell(1, 'col.dueDate').value as Date).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(cell(1, 'col.daysLate').value).toBe(1);
    // Hour rule: 08:00 UTC is 10:00 in Kyiv; the cell carries date and time.
    expect((cell(2, 'col.dueDate').value as Date).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(cell(2, 'col.dueDate').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(cell(2, 'col.daysLate').value).toBe(1);
  });

  it('falls back to ids for unknown people and prefers the given name maps', async () => {
    const item = plInquiry({ assigneePersonId: 'ghost', assigneeDepartmentId: 'd1' });
    const { cell } = await readBack([item], plOffice(), 'en', { departmentsById: { d1: 'Roads' } });
    expect(cell(1, 'col.assignee').value).toBe('ghost');
    expect(cell(1, 'col.department').value).toBe('Roads');
    expect(cell(1, 'col.status').value).toBe('In progress');
  });

  it('writes an empty register with only the header row', async () => {
    const { sheet } = await readBack([], plOffice(), 'pl');
    expect(sheet.rowCount).toBe(1);
  });
});
