import { describe, expect, it } from 'vitest';
import { answerLetterDocx } from './answer-docx';
import { docxParagraphs, NOW, plInquiry, plOffice, uaInquiry, uaOffice } from './test-fixtures';

const answered = plInquiry({
  status: 'answered',
  answerText: 'Remont kosztował 12,5 mln zł.\n\nPrace zakończą się w grudniu.\nOdbiór – w styczniu.',
  answerSentAt: '2026-11-20T12:00:00+01:00',
  answerChannel: 'email',
});

describe('answerLetterDocx', () => {
  it('writes a Polish letter with letterhead, date, reference, recipient, subject and signature', async () => {
    const text = await docxParagraphs(
      await answerLetterDocx(answered, { office: plOffice(), language: 'pl', now: NOW }),
    );
    const all = text.join('\n');
    expect(text[0]).toBe('Biuro Rzecznika Prasowego Urzędu Miasta Łodzi');
    expect(all).toContain('ul. Piotrkowska 104');
    expect(text).toContain('Łódź, 20 listopada 2026 r.');
    expect(text).toContain('Znak: BP.1431.7.2026');
    expect(text).toContain('Zofia Łęcka\nDziennik Łódzki\nzofia.lecka@dziennik.lodz.pl');
    expect(text).toContain('Dotyczy: Zażółć gęślą jaźń – remont ul. Piotrkowskiej');
    expect(text).toContain('Szanowni Państwo,');
    expect(all).toContain('W odpowiedzi na zapytanie prasowe z dnia 9 listopada 2026 r.');
    expect(all).toContain('art. 13 ust. 1');
    expect(all).toContain('Z poważaniem');
    expect(all).toContain('Małgorzata Żółkiewska\nRzeczniczka Prasowa');
  });

  it('splits the answer into paragraphs on blank lines', async () => {
    const text = await docxParagraphs(
      await answerLetterDocx(answered, { office: plOffice(), language: 'pl', now: NOW }),
    );
    expect(text).toContain('Remont kosztował 12,5 mln zł.');
    expect(text).toContain('Prace zakończą się w grudniu.\nOdbiór – w styczniu.');
  });

  it('writes a Ukrainian letter with the ст. 20 citation', async () => {
    const inquiry = uaInquiry({ answerText: 'Відремонтовано 14 укриттів.\n\nРоботи тривають.' });
    const text = await docxParagraphs(
      await answerLetterDocx(inquiry, { office: uaOffice(), language: 'uk', now: NOW }),
    );
    const all = text.join('\n');
    expect(text).toContain('Київ, 25 листопада 2026 р.');
    expect(text).toContain('Вих. № ПС-12/2026');
    expect(text).toContain('Щодо: Ремонт укриттів у Києві');
    expect(all).toContain('Олександр Гнатюк\nЗапорізька правда');
    expect(all).toContain('У відповідь на Ваш запит від 17 листопада 2026 р.');
    expect(all).toContain('ст. 20 ч. 1, Закон України «Про доступ до публічної інформації»');
    expect(text).toContain('Відремонтовано 14 укриттів.');
    expect(text).toContain('Роботи тривають.');
    expect(all).toContain('З повагою');
  });

  it('switches the letter language independently of the jurisdiction', async () => {
    const text = await docxParagraphs(
      await answerLetterDocx(answered, { office: plOffice(), language: 'en', now: NOW }),
    );
    expect(text).toContain('Ref.: BP.1431.7.2026');
    expect(text).toContain('Łódź, 20 November 2026');
    expect(text).toContain('Dear Zofia Łęcka,');
    expect(text.join('\n')).toContain('Yours sincerely');
  });

  it('marks a missing answer text instead of leaving a hole, and leaves no placeholders', async () => {
    const text = await docxParagraphs(
      await answerLetterDocx(plInquiry(), { office: plOffice(), language: 'pl', now: NOW }),
    );
    expect(text).toContain('[treść odpowiedzi do uzupełnienia]');
    expect(text).toContain('Łódź, 25 listopada 2026 r.');
    expect(text.join('\n')).not.toContain('{{');
  });
});
