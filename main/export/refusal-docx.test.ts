import { describe, expect, it } from 'vitest';
import { refusalDecisionDocx } from './refusal-docx';
import { docxParagraphs, NOW, plInquiry, plOffice, uaInquiry, uaOffice } from './test-fixtures';

const plRefused = plInquiry({
  status: 'refused',
  refusalReason:
    'Żądana informacja dotyczy prywatności osoby fizycznej.\n\nOsoba ta nie zrzekła się ochrony.',
  refusalLegalBasis: 'art. 5 ust. 2 ustawy o dostępie do informacji publicznej',
  refusedAt: '2026-11-20T14:00:00+01:00',
});

const uaRefused = uaInquiry({
  status: 'refused',
  refusalReason: 'Запитувана інформація є службовою.\n\nРішення ухвалено відповідно до ст. 6 Закону.',
  refusalLegalBasis: 'п. 2 ч. 1 ст. 22 Закону України «Про доступ до публічної інформації»',
  refusedAt: '2026-11-21T10:00:00+02:00',
});

describe('refusalDecisionDocx — PL administrative decision', () => {
  it('has the heading with the reg no, the legal basis, the operative part and the recipient', async () => {
    const text = await docxParagraphs(
      await refusalDecisionDocx(plRefused, { office: plOffice(), language: 'pl', now: NOW }),
    );
    const all = text.join('\n');
    expect(text).toContain('DECYZJA nr BP.1431.7.2026');
    expect(text).toContain('Łódź, 20 listopada 2026 r.');
    expect(all).toContain(
      'Na podstawie art. 16 ust. 1 ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej',
    );
    expect(all).toContain(
      'art. 104 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego',
    );
    expect(text).toContain('orzekam:');
    expect(text).toContain(
      'odmówić udostępnienia informacji publicznej w zakresie: Zażółć gęślą jaźń – remont ul. Piotrkowskiej.',
    );
    expect(all).toContain('Podstawa prawna odmowy: art. 5 ust. 2 ustawy o dostępie do informacji publicznej');
    expect(all).toContain('Zofia Łęcka\nDziennik Łódzki');
  });

  it('has the justification with the reasons and the appeal instruction', async () => {
    const text = await docxParagraphs(
      await refusalDecisionDocx(plRefused, { office: plOffice(), language: 'pl', now: NOW }),
    );
    const all = text.join('\n');
    expect(text).toContain('Uzasadnienie');
    expect(text).toContain('Żądana informacja dotyczy prywatności osoby fizycznej.');
    expect(text).toContain('Osoba ta nie zrzekła się ochrony.');
    expect(text).toContain('Pouczenie');
    expect(all).toContain('Samorządowego Kolegium Odwoławczego');
    expect(all).toContain('w terminie 14 dni od dnia jej doręczenia');
    expect(all).toContain('art. 16 ust. 2');
    expect(all).toContain('art. 129 § 1 i 2');
    expect(text.indexOf('Uzasadnienie')).toBeLessThan(text.indexOf('Pouczenie'));
    expect(text).toContain('Otrzymują:');
    expect(text).toContain('1. Zofia Łęcka, Dziennik Łódzki\n2. a/a');
    expect(all).toContain('Małgorzata Żółkiewska');
    expect(all).not.toContain('{{');
    expect(all).not.toContain('Tłumaczenie robocze');
  });

  it('renders a PL decision in Ukrainian as a working translation', async () => {
    const text = await docxParagraphs(
      await refusalDecisionDocx(plRefused, { office: plOffice(), language: 'uk', now: NOW }),
    );
    expect(text[0]).toContain('Робочий переклад');
    expect(text).toContain('РІШЕННЯ № BP.1431.7.2026');
    expect(text.join('\n')).toContain('Samorządowe Kolegium Odwoławcze');
  });
});

describe('refusalDecisionDocx — UA refusal', () => {
  it('cites ст. 22, gives the reasons, the responsible official, the date and the ст. 23 appeal routes', async () => {
    const text = await docxParagraphs(
      await refusalDecisionDocx(uaRefused, { office: uaOffice(), language: 'uk', now: NOW }),
    );
    const all = text.join('\n');
    expect(text).toContain('ВІДМОВА У ЗАДОВОЛЕННІ ЗАПИТУ НА ІНФОРМАЦІЮ');
    expect(text).toContain('Вих. № ПС-12/2026');
    expect(text).toContain('Київ, 21 листопада 2026 р.');
    expect(all).toContain('від 17 листопада 2026 р. щодо «Ремонт укриттів у Києві»');
    expect(all).toContain('ст. 22 Закону України «Про доступ до публічної інформації»');
    expect(all).toContain('Підстава відмови: п. 2 ч. 1 ст. 22');
    expect(text).toContain('Запитувана інформація є службовою.');
    expect(all).toContain('Посадова особа, відповідальна за розгляд запиту: Олена Ковальчук, Речниця');
    expect(text).toContain('Дата відмови: 21 листопада 2026 р.');
    expect(all).toContain('ст. 23');
    expect(all).toContain('Уповноваженого Верховної Ради України з прав людини');
    expect(all).toContain('до суду');
    expect(all).toContain('Олександр Гнатюк\nЗапорізька правда');
    expect(text).toContain('Отримують:');
    expect(all).not.toContain('DECYZJA');
    expect(all).not.toContain('Робочий переклад');
  });

  it('renders in English and Polish on request', async () => {
    const en = (
      await docxParagraphs(
        await refusalDecisionDocx(uaRefused, { office: uaOffice(), language: 'en', now: NOW }),
      )
    ).join('\n');
    expect(en).toContain('REFUSAL OF A REQUEST FOR INFORMATION');
    expect(en).toContain('Article 22 of the Law of Ukraine');
    expect(en).toContain('Working translation. Only the Ukrainian-language document is legally binding.');
    const pl = (
      await docxParagraphs(
        await refusalDecisionDocx(uaRefused, { office: uaOffice(), language: 'pl', now: NOW }),
      )
    ).join('\n');
    expect(pl).toContain('art. 22 ustawy Ukrainy');
    expect(pl).toContain('Київ, 21 listopada 2026 r.');
  });
});

describe('refusalDecisionDocx — wording details', () => {
  it('names the requester without declining the name and avoids a double full stop', async () => {
    const inquiry = { ...plRefused, subject: 'Koszty remontu.' };
    const text = await docxParagraphs(
      await refusalDecisionDocx(inquiry, { office: plOffice(), language: 'pl', now: NOW }),
    );
    const all = text.join('\n');
    expect(all).toContain(
      'o udostępnienie informacji publicznej (wnioskodawca: Zofia Łęcka, Dziennik Łódzki)',
    );
    expect(text).toContain('odmówić udostępnienia informacji publicznej w zakresie: Koszty remontu.');
    expect(all).not.toContain('..');
  });

  it('dates a draft refusal with today in the office zone', async () => {
    const draft = { ...uaRefused, refusedAt: null };
    const text = await docxParagraphs(
      await refusalDecisionDocx(draft, { office: uaOffice(), language: 'uk', now: '2026-11-25T22:30:00Z' }),
    );
    expect(text).toContain('Київ, 26 листопада 2026 р.');
    expect(text).toContain('Дата відмови: 26 листопада 2026 р.');
  });
});
