import { describe, expect, it } from 'vitest';
import { authorizationRecord, shift } from './fixtures';
import { formatMoment, replyText, type ReplyOffice } from './reply';

const DUE = '2026-03-29T05:00:00.000Z'; // 07:00 CEST in Warsaw, 08:00 EEST in Kyiv

const WARSAW: ReplyOffice = {
  timeZone: 'Europe/Warsaw',
  officeName: 'Urząd Miasta Poznania',
  signatoryName: 'Maria Wiśniewska',
  signatoryFunction: 'Rzeczniczka prasowa',
};

const deemed = authorizationRecord({ status: 'deemed_authorized', decidedAt: DUE });

describe('deemed authorized: cites art. 14a ust. 7 and the moment in the office zone', () => {
  it.each([
    ['pl', 'art. 14a ust. 7', '29.03.2026 r. o godz. 07:00'],
    ['uk', 'ч. 7 ст. 14a', '29.03.2026 о 07:00'],
    ['en', 'Article 14a(7)', '29 March 2026 at 07:00 (Europe/Warsaw)'],
  ] as const)('%s', (language, article, moment) => {
    const text = replyText(deemed, language, WARSAW);
    expect(text).toContain(article);
    expect(text).toContain(moment);
    expect(text).not.toContain('05:00'); // the UTC hour
    // The handover moment too: 29.03.2026 00:00 CET.
    expect(text).toContain(language === 'en' ? '29 March 2026 at 00:00' : '29.03.2026');
    expect(text.split('\n').slice(-3)).toEqual([
      'Maria Wiśniewska',
      'Rzeczniczka prasowa',
      'Urząd Miasta Poznania',
    ]);
  });

  it('a Kyiv office shows Kyiv time for the same instant', () => {
    expect(replyText(deemed, 'uk', { ...WARSAW, timeZone: 'Europe/Kyiv' })).toContain('29.03.2026 о 08:00');
  });

  it('with an injected clock, an awaiting request past its term replies as deemed', () => {
    const awaiting = authorizationRecord();
    expect(() => replyText(awaiting, 'pl', WARSAW, shift(DUE, -1))).toThrow(
      expect.objectContaining({ code: 'NOT_ALLOWED', params: { reason: 'authorizationPending' } }),
    );
    expect(replyText(awaiting, 'pl', WARSAW, DUE)).toContain('uznaje się za autoryzowaną bez zastrzeżeń');
  });

  it('PL agreed deadline: "uzgodniony termin", still ust. 7', () => {
    const r = authorizationRecord({
      status: 'deemed_authorized',
      deadlineKind: 'agreed',
      agreedDueAt: '2026-03-30T12:00:00+02:00',
    });
    const text = replyText(r, 'pl', WARSAW);
    expect(text).toContain('uzgodniony termin na autoryzację upłynął 30.03.2026 r. o godz. 12:00');
    expect(text).toContain('art. 14a ust. 7');
  });

  it('UA (agreed deadline, Kyiv): the parties\u2019 agreement, no Polish article', () => {
    const r = authorizationRecord({
      jurisdiction: 'UA',
      status: 'deemed_authorized',
      deadlineKind: 'agreed',
      handedOverAt: '2026-10-24T20:00:00+03:00',
      agreedDueAt: '2026-10-25T17:00:00Z',
    });
    const office = { ...WARSAW, timeZone: 'Europe/Kyiv', officeName: 'Львівська міська рада' };
    const uk = replyText(r, 'uk', office);
    expect(uk).toContain('25.10.2026 о 19:00'); // EET after the autumn change
    expect(uk).toContain('домовленості сторін');
    expect(uk).not.toContain('14a');
    expect(replyText(r, 'en', office)).toContain('25 October 2026 at 19:00 (Europe/Kyiv)');
  });
});

describe('other statuses', () => {
  const decidedAt = '2026-03-29T03:00:00Z';

  it.each([
    ['pl', 'bez zmian'],
    ['uk', 'без змін'],
    ['en', 'without changes'],
  ] as const)('authorized (%s)', (language, words) => {
    const text = replyText(authorizationRecord({ status: 'authorized', decidedAt }), language, WARSAW);
    expect(text).toContain(words);
    expect(text).not.toContain('14a');
  });

  it.each([
    ['pl', 'W załączeniu przesyłamy'],
    ['uk', 'в додатку'],
    ['en', 'attached'],
  ] as const)('authorized with changes mentions the attached version (%s)', (language, words) => {
    const r = authorizationRecord({ status: 'authorized_with_changes', decidedAt, authorizedText: 'x' });
    expect(replyText(r, language, WARSAW)).toContain(words);
  });

  it.each([
    ['pl', 'Powód: Tekst przekręca sens wypowiedzi.'],
    ['uk', 'Причина: Tekst przekręca sens wypowiedzi.'],
    ['en', 'Reason: Tekst przekręca sens wypowiedzi.'],
  ] as const)('refused gives the reason (%s)', (language, words) => {
    const r = authorizationRecord({
      status: 'refused',
      decidedAt,
      refusalReason: ' Tekst przekręca sens wypowiedzi ',
    });
    expect(replyText(r, language, WARSAW)).toContain(words);
  });

  it('a given salutation replaces the neutral one', () => {
    const r = authorizationRecord({ status: 'authorized', decidedAt });
    expect(replyText(r, 'pl', WARSAW).startsWith('Szanowni Państwo,\n\nw odpowiedzi')).toBe(true);
    expect(replyText(r, 'pl', { ...WARSAW, salutation: 'Szanowna Pani Redaktor' })).toMatch(
      /^Szanowna Pani Redaktor,\n/u,
    );
  });

  it('formatMoment uses the given zone, not the host zone', () => {
    expect(formatMoment('2026-10-25T00:30:00Z', 'pl', 'Europe/Warsaw')).toBe('25.10.2026 r. o godz. 02:30');
    expect(formatMoment('2026-10-25T01:30:00Z', 'pl', 'Europe/Warsaw')).toBe('25.10.2026 r. o godz. 02:30');
  });
});
