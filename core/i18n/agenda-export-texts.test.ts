import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES } from '../calendar/types';
import { DECISION_VIEW_STATUSES } from '../decisions/schema';
import { LANGUAGES } from '../settings/schema';
import { agendaText, agendaTexts, type AgendaTextKey } from './agenda-export-texts';

describe('agendaTexts', () => {
  it('has the same non-empty keys in every language', () => {
    const keys = Object.keys(agendaTexts.pl).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(agendaTexts[lang]).sort()).toEqual(keys);
      for (const value of Object.values(agendaTexts[lang])) expect(value.trim()).not.toBe('');
    }
  });

  it('names every event type, event status and decision status', () => {
    const keys = Object.keys(agendaTexts.pl);
    for (const t of EVENT_TYPES) expect(keys).toContain(`type.${t}`);
    for (const s of EVENT_STATUSES) expect(keys).toContain(`status.${s}`);
    for (const s of DECISION_VIEW_STATUSES) expect(keys).toContain(`decisionStatus.${s}`);
  });

  it('uses the same placeholders in every language', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(agendaTexts.pl) as AgendaTextKey[]) {
      // English salutations name the addressee; Polish and Ukrainian use set forms.
      if (key.startsWith('confirm.salutation.')) continue;
      expect(names(agendaTexts.uk[key]), key).toEqual(names(agendaTexts.pl[key]));
      expect(names(agendaTexts.en[key]), key).toEqual(names(agendaTexts.pl[key]));
    }
  });

  it('keeps Polish and Ukrainian letters', () => {
    expect(agendaText('pl', 'type.residents_meeting')).toBe('Spotkanie z mieszkańcami');
    expect(agendaText('uk', 'type.residents_meeting')).toBe('Зустріч з мешканцями');
    expect(agendaText('pl', 'protocol.heading')).toBe('PROTOKÓŁ');
    expect(agendaText('uk', 'protocol.draft')).toBe('ПРОЄКТ');
  });
});

describe('agendaText', () => {
  it('interpolates {{name}} and keeps unknown placeholders', () => {
    expect(agendaText('pl', 'daily.heading', { calendarName: 'Prezydent Miasta' })).toBe(
      'Karta dnia – Prezydent Miasta',
    );
    expect(
      agendaText('uk', 'protocol.approved', { date: '5 березня 2026 р.', by: 'І. Шевчук', version: 2 }),
    ).toBe('Затверджено 5 березня 2026 р. (І. Шевчук), версія 2');
    expect(agendaText('en', 'daily.heading')).toBe('Daily card – {{calendarName}}');
    expect(agendaText('en', 'protocol.approvedNoBy', { date: '5 March 2026' })).toBe(
      'Approved on 5 March 2026, version {{version}}',
    );
  });

  it('does not treat $ patterns in values specially', () => {
    expect(agendaText('en', 'daily.heading', { calendarName: "$&$1$'" })).toBe("Daily card – $&$1$'");
  });
});
