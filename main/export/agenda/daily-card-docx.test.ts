import { describe, expect, it } from 'vitest';
import { dailyCardDocx } from './daily-card-docx';
import { docxParagraphs, docxXml, entry, NOW, plOffice, uaOffice } from './test-fixtures';
import type { AgendaEntry } from './types';

const MAYOR = 'Prezydent Miasta Łodzi';

function plCard(entries: AgendaEntry[], date = '2026-03-02') {
  return dailyCardDocx(entries, {
    office: plOffice(),
    language: 'pl',
    now: NOW,
    date,
    calendarName: MAYOR,
  });
}

describe('dailyCardDocx', () => {
  it('writes the heading with the calendar and the weekday date, and a row per entry', async () => {
    const text = await docxParagraphs(await plCard([entry()]));
    expect(text).toContain('Karta dnia – Prezydent Miasta Łodzi');
    expect(text).toContain('poniedziałek, 2 marca 2026 r.');
    expect(text).toEqual(expect.arrayContaining(['Godzina', 'Wydarzenie', 'Miejsce', 'Uczestnicy', 'Uwagi']));
    // 08:00 UTC is 09:00 in Warsaw in winter.
    expect(text).toContain('09:00–10:30');
    expect(text).toContain('Spotkanie z mieszkańcami osiedla Śródmieście');
    expect(text).toContain('Spotkanie z mieszkańcami · Potwierdzone');
    expect(text).toContain('Sala Obrad, ul. Piotrkowska 104');
    expect(text).toContain('Ze strony urzędu: Jerzy Wiśniewski');
    expect(text).toContain('Spoza urzędu: Rada Osiedla Śródmieście');
    expect(text).toContain('Przygotować mapę inwestycji.');
    expect(text).toContain('Zabrać listę wniosków.');
    expect(text).toContain('Stan na 01.03.2026, 18:00');
  });

  it('sorts by start with all-day entries first and leaves out other days', async () => {
    const text = await docxParagraphs(
      await plCard([
        entry({
          title: 'Konferencja o budżecie',
          start: '2026-03-02T12:00:00.000Z',
          end: '2026-03-02T13:00:00.000Z',
        }),
        entry({
          title: 'Dyżur w Urzędzie',
          start: '2026-03-02T07:00:00.000Z',
          end: '2026-03-02T08:00:00.000Z',
        }),
        entry({ title: 'Dzień Sołtysa', allDay: true, start: '2026-03-02', end: '2026-03-03' }),
        entry({
          title: 'Wtorkowa sesja',
          start: '2026-03-03T08:00:00.000Z',
          end: '2026-03-03T09:00:00.000Z',
        }),
      ]),
    );
    const order = ['Dzień Sołtysa', 'Dyżur w Urzędzie', 'Konferencja o budżecie'].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('cały dzień');
    expect(text).toContain('08:00–09:00');
    expect(text).toContain('13:00–14:00');
    expect(text).not.toContain('Wtorkowa sesja');
  });

  it('strikes a cancelled entry through and says it is cancelled', async () => {
    const buffer = await plCard([entry({ status: 'cancelled' })]);
    const text = await docxParagraphs(buffer);
    expect(text).toContain('(odwołane)');
    expect(text).not.toContain('Spotkanie z mieszkańcami · Potwierdzone');
    expect(await docxXml(buffer)).toMatch(/<w:strike\/>[\s\S]*?Spotkanie z mieszkańcami osiedla Śródmieście/);
    const plain = await docxXml(await plCard([entry()]));
    expect(plain).not.toContain('<w:strike/>');
  });

  it('keeps private entries on the internal card, marked as private', async () => {
    const text = await docxParagraphs(await plCard([entry({ private: true, title: 'Wizyta u lekarza' })]));
    expect(text).toContain('Wizyta u lekarza');
    expect(text).toContain('(prywatne)');
  });

  it('shows 09:00 on both sides of the DST change', async () => {
    const winter = await docxParagraphs(
      await plCard([entry({ start: '2026-03-27T08:00:00Z', end: '2026-03-27T09:00:00Z' })], '2026-03-27'),
    );
    const summer = await docxParagraphs(
      await plCard([entry({ start: '2026-03-30T07:00:00Z', end: '2026-03-30T08:00:00Z' })], '2026-03-30'),
    );
    expect(winter).toContain('piątek, 27 marca 2026 r.');
    expect(winter).toContain('09:00–10:00');
    expect(summer).toContain('poniedziałek, 30 marca 2026 r.');
    expect(summer).toContain('09:00–10:00');
  });

  it('says so when the day is empty', async () => {
    const text = await docxParagraphs(
      await plCard([entry({ start: '2026-03-05T08:00:00Z', end: '2026-03-05T09:00:00Z' })]),
    );
    expect(text).toContain('Brak wydarzeń w tym dniu.');
    expect(text).not.toContain('Godzina');
  });

  it('writes a Ukrainian card in the Kyiv zone on a portrait A4 page', async () => {
    const buffer = await dailyCardDocx(
      [
        entry({
          calendarName: 'Київський міський голова',
          title: 'Зустріч з мешканцями Подільського району',
          start: '2026-03-02T07:00:00.000Z',
          end: '2026-03-02T08:00:00.000Z',
          location: 'вул. Хрещатик, 36',
          participantsInternal: ['Олена Ковальчук'],
          participantsExternal: [],
          notes: '',
        }),
        entry({
          title: 'Прийом громадян',
          status: 'cancelled',
          start: '2026-03-02T12:00:00Z',
          end: '2026-03-02T13:00:00Z',
        }),
        entry({
          title: 'День міста',
          allDay: true,
          start: '2026-03-02',
          end: '2026-03-03',
          type: 'ceremony',
        }),
      ],
      {
        office: uaOffice(),
        language: 'uk',
        now: NOW,
        date: '2026-03-02',
        calendarName: 'Київський міський голова',
      },
    );
    const text = await docxParagraphs(buffer);
    expect(text).toContain('Розклад дня – Київський міський голова');
    expect(text).toContain('понеділок, 2 березня 2026 р.');
    expect(text).toContain('Зустріч з мешканцями Подільського району');
    expect(text).toContain('09:00–10:00');
    expect(text).toContain('Від міської ради: Олена Ковальчук');
    expect(text).toContain('(скасовано)');
    expect(text).toContain('весь день');
    expect(text).toContain('Урочистий захід · Підтверджено');
    expect(await docxXml(buffer)).toContain('w:orient="portrait"');
  });
});
