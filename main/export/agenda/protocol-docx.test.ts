import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../core/decisions/schema';
import type { Protocol } from '../../../core/protocols/schema';
import type { Language } from '../../../core/settings/schema';
import { protocolDocx } from './protocol-docx';
import { decision, docxParagraphs, NOW, plOffice, protocol, uaOffice } from './test-fixtures';

const DECISIONS = [
  decision({
    id: 'dc2',
    ordinal: 2,
    title: 'Poinformować mieszkańców o objazdach',
    departmentId: null,
    responsiblePersonId: 'p2',
    dueDate: '2026-03-10',
  }),
  decision({ id: 'dc1', ordinal: 1 }),
];

function plProtocol(p: Protocol, decisions: Decision[] = DECISIONS, language: Language = 'pl') {
  return protocolDocx(p, decisions, {
    office: plOffice(),
    language,
    now: NOW,
    peopleById: { p1: 'Jerzy Wiśniewski' },
    departmentsById: { d1: 'Wydział Gospodarki Komunalnej' },
    recorder: 'Anna Żak',
  });
}

describe('protocolDocx', () => {
  it('prints the heading, the facts, the numbered lists and the minutes as typed', async () => {
    const text = await docxParagraphs(await plProtocol(protocol()));
    expect(text).toContain('PROTOKÓŁ');
    expect(text).toContain('Narada w sprawie remontu ul. Żeromskiego');
    expect(text).toContain('Data: 2 marca 2026 r.');
    expect(text).toContain('Miejsce: Gabinet Prezydenta, pok. 110');
    expect(text).toContain('Przewodniczący: Hanna Zdanowska');
    expect(text).toContain('Obecni:');
    expect(text).toContain('1. Jerzy Wiśniewski – Wydział Gospodarki Komunalnej');
    expect(text).toContain('2. Małgorzata Żółkiewska');
    expect(text).toContain('Porządek spotkania:');
    expect(text).toContain('1. Harmonogram robót');
    expect(text).toContain('2. Komunikacja z mieszkańcami');
    // A single line break stays inside the paragraph; a blank line starts a new one.
    expect(text).toContain('Wykonawca przedstawił harmonogram.\nPrace ruszą 16 marca.');
    expect(text).toContain('Rzeczniczka omówiła plan informowania mieszkańców.');
  });

  it('marks a draft and says nothing about approval', async () => {
    const text = await docxParagraphs(await plProtocol(protocol()));
    expect(text[0]).toBe('PROJEKT');
    expect(text.join('\n')).not.toContain('Zatwierdzono');
  });

  it('prints the approval in the office zone with its author, version and revision reason', async () => {
    const approved = protocol({
      status: 'approved',
      version: 2,
      // 00:30 on 5 March in Warsaw.
      approvedAt: '2026-03-04T23:30:00.000Z',
      approvedBy: 'Hanna Zdanowska',
      revisionReason: 'Korekta terminu ustalenia nr 2',
    });
    const text = await docxParagraphs(await plProtocol(approved));
    expect(text).toContain('Zatwierdzono 5 marca 2026 r. (Hanna Zdanowska), wersja 2');
    expect(text).toContain('Przyczyna zmiany: Korekta terminu ustalenia nr 2');
    expect(text).not.toContain('PROJEKT');
  });

  it('marks a reopened draft with its version and reason', async () => {
    const reopened = protocol({ version: 3, revisionReason: 'Uzupełnienie listy obecności' });
    const text = await docxParagraphs(await plProtocol(reopened));
    expect(text[0]).toBe('PROJEKT');
    expect(text).toContain('Projekt wersji 3');
    expect(text).toContain('Przyczyna zmiany: Uzupełnienie listy obecności');
  });

  it('lists the decisions by ordinal with department, person and due date', async () => {
    const text = await docxParagraphs(await plProtocol(protocol()));
    expect(text).toEqual(
      expect.arrayContaining(['Ustalenia:', 'Lp.', 'Ustalenie', 'Wydział', 'Osoba odpowiedzialna', 'Termin']),
    );
    const first = text.indexOf('Przygotować objazdy dla komunikacji miejskiej');
    const second = text.indexOf('Poinformować mieszkańców o objazdach');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text[first - 1]).toBe('1.');
    expect(text.slice(first + 1, first + 4)).toEqual([
      'Wydział Gospodarki Komunalnej',
      'Jerzy Wiśniewski',
      '13.03.2026',
    ]);
    expect(text[second - 1]).toBe('2.');
    // No department; an unknown person id is shown as it is.
    expect(text.slice(second + 1, second + 3)).toEqual(['p2', '10.03.2026']);
  });

  it('says when no decisions were taken', async () => {
    const text = await docxParagraphs(await plProtocol(protocol(), []));
    expect(text).toContain('Nie podjęto ustaleń.');
    expect(text).not.toContain('Lp.');
  });

  it('ends with the minutes-taker on the left and the chair on the right', async () => {
    const text = await docxParagraphs(await plProtocol(protocol()));
    const recorder = text.indexOf('Protokołował(a)');
    const chair = text.lastIndexOf('Przewodniczący');
    expect(recorder).toBeGreaterThan(0);
    expect(chair).toBeGreaterThan(recorder);
    expect(text[recorder + 1]).toMatch(/^…+\nAnna Żak$/);
    expect(text[chair + 1]).toMatch(/^…+\nHanna Zdanowska$/);
    expect(chair + 1).toBe(text.length - 1);
  });

  it('writes Ukrainian and English protocols', async () => {
    const uk = await docxParagraphs(
      await protocolDocx(
        protocol({
          title: 'Нарада щодо укриттів',
          chair: 'Віталій Кличко',
          minutes: 'Зустріч з мешканцями відбулася.',
        }),
        [decision({ title: 'Перевірити укриття в школах' })],
        {
          office: uaOffice(),
          language: 'uk',
          now: NOW,
          peopleById: { p1: 'Олена Ковальчук' },
          departmentsById: { d1: 'Департамент освіти' },
          recorder: 'Ірина Шевчук',
        },
      ),
    );
    expect(uk[0]).toBe('ПРОЄКТ');
    expect(uk).toContain('ПРОТОКОЛ');
    expect(uk).toContain('Нарада щодо укриттів');
    expect(uk).toContain('Дата: 2 березня 2026 р.');
    expect(uk).toContain('Головуючий: Віталій Кличко');
    expect(uk).toContain('Присутні:');
    expect(uk).toContain('Зустріч з мешканцями відбулася.');
    expect(uk).toContain('Перевірити укриття в школах');
    expect(uk).toContain('Департамент освіти');
    expect(uk).toContain('13.03.2026');
    expect(uk).toContain('Протокол вів (вела)');
    expect(uk).toContain('Головуючий');

    const en = await docxParagraphs(
      await plProtocol(
        protocol({ status: 'approved', approvedAt: '2026-03-03T09:00:00Z', approvedBy: null }),
        [],
        'en',
      ),
    );
    expect(en).toContain('MINUTES');
    expect(en).toContain('Approved on 3 March 2026, version 1');
    expect(en).toContain('Minutes taken by');
    expect(en).toContain('Chair');
    expect(en).not.toContain('DRAFT');
  });
});
