import { describe, expect, it } from 'vitest';
import { docxParagraphs, docxXml, entry, NOW, plOffice, uaOffice } from './test-fixtures';
import type { AgendaEntry } from './types';
import { weeklyPlanDocx, weeklyPlanTitle, type PlanAudience } from './weekly-plan-docx';

function plPlan(entries: AgendaEntry[], audience: PlanAudience, weekStart = '2026-03-02', title = '') {
  return weeklyPlanDocx(entries, {
    office: plOffice(),
    language: 'pl',
    now: NOW,
    weekStart,
    title,
    audience,
  });
}

const PUBLIC_EVENT = entry({
  title: 'Konferencja prasowa: budżet obywatelski',
  type: 'press_conference',
  start: '2026-03-03T10:00:00.000Z',
  end: '2026-03-03T11:00:00.000Z',
  location: 'Sala konferencyjna UMŁ',
  participantsInternal: ['Małgorzata Żółkiewska'],
  notes: 'Notatka wewnętrzna: nie wspominać o przetargu',
});
const PRIVATE_EVENT = entry({
  title: 'Wizyta lekarska',
  private: true,
  start: '2026-03-04T14:00:00.000Z',
  end: '2026-03-04T15:00:00.000Z',
  location: 'Przychodnia przy ul. Zgierskiej',
  notes: 'Sprawa osobista',
});
const CANCELLED_EVENT = entry({
  title: 'Otwarcie Parku Śledzia',
  status: 'cancelled',
  type: 'ceremony',
  start: '2026-03-05T09:00:00.000Z',
  end: '2026-03-05T10:00:00.000Z',
});
const WEEK = [entry(), PUBLIC_EVENT, PRIVATE_EVENT, CANCELLED_EVENT];

describe('weeklyPlanDocx – public', () => {
  it('writes the public heading and one section per day from Monday to Sunday', async () => {
    const text = await docxParagraphs(await plPlan(WEEK, 'public'));
    expect(text).toContain('Plan wydarzeń z udziałem Prezydenta Miasta w dniach 2–8 marca 2026 r.');
    const days = [
      'poniedziałek, 2 marca 2026 r.',
      'wtorek, 3 marca 2026 r.',
      'środa, 4 marca 2026 r.',
      'czwartek, 5 marca 2026 r.',
      'piątek, 6 marca 2026 r.',
      'sobota, 7 marca 2026 r.',
      'niedziela, 8 marca 2026 r.',
    ].map((d) => text.indexOf(d));
    expect(days.every((i) => i >= 0)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(text).toContain('Spotkanie z mieszkańcami osiedla Śródmieście');
    expect(text).toContain('Konferencja prasowa: budżet obywatelski');
    expect(text).toContain('11:00–12:00');
    expect(text).toContain('Sala konferencyjna UMŁ');
    expect(text).toContain('Brak zaplanowanych wydarzeń.');
    expect(text).toContain('Plan może ulec zmianie.');
  });

  it('never shows private or cancelled entries, notes or participants, even if the caller passed them', async () => {
    const buffer = await plPlan(WEEK, 'public');
    const all = (await docxParagraphs(buffer)).join('\n');
    for (const hidden of [
      'Wizyta lekarska',
      'Przychodnia przy ul. Zgierskiej',
      'Sprawa osobista',
      'Otwarcie Parku Śledzia',
      '(odwołane)',
      '(prywatne)',
      'Notatka wewnętrzna',
      'Przygotować mapę inwestycji',
      'Małgorzata Żółkiewska',
      'Jerzy Wiśniewski',
      'Uczestnicy',
      'Uwagi',
    ]) {
      expect(all, hidden).not.toContain(hidden);
    }
    expect(await docxXml(buffer)).not.toContain('<w:strike/>');
  });

  it('writes the Ukrainian public plan', async () => {
    const buffer = await weeklyPlanDocx(
      [
        entry({
          title: 'Зустріч з мешканцями Оболоні',
          start: '2026-03-02T07:00:00.000Z',
          end: '2026-03-02T08:00:00.000Z',
          location: 'Оболонська РДА',
        }),
        entry({ title: 'Особиста зустріч', private: true }),
      ],
      {
        office: uaOffice(),
        language: 'uk',
        now: NOW,
        weekStart: '2026-03-02',
        title: '',
        audience: 'public',
      },
    );
    const text = await docxParagraphs(buffer);
    expect(text).toContain('План заходів за участю міського голови на 2–8 березня 2026 року');
    expect(text).toContain('понеділок, 2 березня 2026 р.');
    expect(text).toContain('Зустріч з мешканцями Оболоні');
    expect(text).toContain('09:00–10:00');
    expect(text).toContain('Заходів не заплановано.');
    expect(text.join('\n')).not.toContain('Особиста зустріч');
  });
});

describe('weeklyPlanDocx – internal', () => {
  it('keeps private and cancelled entries (marked), participants and notes, on a landscape page', async () => {
    const buffer = await plPlan(WEEK, 'internal');
    const text = await docxParagraphs(buffer);
    expect(text).toContain('Plan tygodnia: 2–8 marca 2026 r.');
    expect(text).toContain('Wizyta lekarska');
    expect(text).toContain('(prywatne)');
    expect(text).toContain('Otwarcie Parku Śledzia');
    expect(text).toContain('(odwołane)');
    expect(text).toContain('Notatka wewnętrzna: nie wspominać o przetargu');
    expect(text).toContain('Ze strony urzędu: Małgorzata Żółkiewska');
    expect(text).toContain('Stan na 01.03.2026, 18:00');
    expect(text).not.toContain('Plan może ulec zmianie.');
    const xml = await docxXml(buffer);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:strike/>');
  });

  it('names the calendar when several calendars share the plan', async () => {
    const deputy = entry({ calendarName: 'Zastępca Prezydenta', title: 'Odbiór inwestycji' });
    const mixed = await docxParagraphs(await plPlan([entry(), deputy], 'internal'));
    expect(mixed).toContain('Zastępca Prezydenta');
    expect(mixed).toContain('Prezydent Miasta Łodzi');
    const single = await docxParagraphs(await plPlan([entry()], 'internal'));
    expect(single).not.toContain('Prezydent Miasta Łodzi');
  });

  it('puts a multi-day all-day entry on every day it spans', async () => {
    const trip = entry({ title: 'Wyjazd do Kijowa', allDay: true, start: '2026-03-04', end: '2026-03-06' });
    const text = await docxParagraphs(await plPlan([trip], 'internal'));
    expect(text.filter((t) => t === 'Wyjazd do Kijowa')).toHaveLength(2);
    const thursday = text.indexOf('czwartek, 5 marca 2026 r.');
    expect(text.indexOf('Wyjazd do Kijowa', thursday)).toBeGreaterThan(thursday);
    expect(text.indexOf('Wyjazd do Kijowa', text.indexOf('piątek, 6 marca 2026 r.'))).toBe(-1);
  });
});

describe('weeklyPlanDocx – dates', () => {
  it('keeps 09:00 on the wall in the week of the DST change', async () => {
    const text = await docxParagraphs(
      await plPlan(
        [
          entry({ title: 'Piątek', start: '2026-03-27T08:00:00Z', end: '2026-03-27T09:00:00Z' }),
          entry({ title: 'Niedziela', start: '2026-03-29T07:00:00Z', end: '2026-03-29T08:00:00Z' }),
        ],
        'public',
        '2026-03-23',
      ),
    );
    expect(text).toContain('Plan wydarzeń z udziałem Prezydenta Miasta w dniach 23–29 marca 2026 r.');
    expect(text.filter((t) => t === '09:00–10:00')).toHaveLength(2);
  });

  it("names the calendar's owner in the heading with the week under it, across months", async () => {
    const text = await docxParagraphs(
      await plPlan(
        [entry({ start: '2026-03-30T07:00:00Z', end: '2026-03-30T08:00:00Z' })],
        'public',
        '2026-03-30',
        'Prezydent Miasta Łodzi',
      ),
    );
    expect(text).toContain('Plan wydarzeń – Prezydent Miasta Łodzi');
    expect(text).toContain('30 marca – 5 kwietnia 2026 r.');
    expect(text).toContain('09:00–10:00');
    expect(text.join('\n')).not.toContain('Plan wydarzeń z udziałem');
    const uk = await docxParagraphs(
      await weeklyPlanDocx([], {
        office: uaOffice(),
        language: 'uk',
        now: NOW,
        weekStart: '2026-03-30',
        title: 'Київський міський голова',
        audience: 'public',
      }),
    );
    expect(uk).toContain('План заходів – Київський міський голова');
    expect(uk).toContain('30 березня – 5 квітня 2026 року');
  });

  it('refuses a week that does not start on Monday and offers the default titles', async () => {
    await expect(plPlan([], 'public', '2026-03-03')).rejects.toThrow(RangeError);
    expect(weeklyPlanTitle('en', '2026-03-02', 'public')).toBe(
      'Public events with the Mayor, 2–8 March 2026',
    );
  });
});
