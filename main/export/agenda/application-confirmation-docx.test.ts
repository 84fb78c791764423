import { describe, expect, it } from 'vitest';
import { applicationConfirmationDocx, type ConfirmedMeeting } from './application-confirmation-docx';
import { application, docxParagraphs, NOW, plOffice, uaOffice } from './test-fixtures';

const MEETING: ConfirmedMeeting = {
  // 09:00 in Warsaw: the first Monday after the switch to summer time.
  start: '2026-03-30T07:00:00.000Z',
  end: '2026-03-30T08:00:00.000Z',
  timeZone: 'Europe/Warsaw',
  location: 'Urząd Miasta Łodzi, ul. Piotrkowska 104, pok. 110',
  calendarName: 'Prezydent Miasta Łodzi',
};

describe('applicationConfirmationDocx', () => {
  it('writes a Polish letter with letterhead, date, recipient, meeting details and signature', async () => {
    const text = await docxParagraphs(
      await applicationConfirmationDocx(application(), MEETING, {
        office: plOffice(),
        language: 'pl',
        now: NOW,
      }),
    );
    expect(text[0]).toBe('Biuro Rzecznika Prasowego Urzędu Miasta Łodzi');
    expect(text).toContain('Łódź, 1 marca 2026 r.');
    expect(text).toContain(
      'Zofia Łęcka\nStowarzyszenie Mieszkańców Księżego Młyna\nul. Przędzalniana 72\n90-338 Łódź\nzofia.lecka@example.pl',
    );
    expect(text).toContain('Dotyczy: potwierdzenia terminu spotkania');
    expect(text).toContain('Szanowni Państwo,');
    expect(text.join('\n')).toContain('W odpowiedzi na wniosek z dnia 16 lutego 2026 r.');
    expect(text).toContain('Z udziałem: Prezydent Miasta Łodzi');
    expect(text).toContain('Data: poniedziałek, 30 marca 2026 r.');
    expect(text).toContain('Godzina: 09:00–10:00');
    expect(text).toContain('Miejsce: Urząd Miasta Łodzi, ul. Piotrkowska 104, pok. 110');
    expect(text).toContain('Temat: Zieleń i parkowanie na osiedlu Księży Młyn');
    expect(text).toContain('Z poważaniem');
    expect(text.at(-1)).toBe('Małgorzata Żółkiewska\nRzeczniczka Prasowa');
    expect(text.join('\n')).not.toContain('{{');
  });

  it('addresses a person and says the place will follow when it is not known yet', async () => {
    const person = application({ applicantKind: 'person', organisation: '' });
    const text = await docxParagraphs(
      await applicationConfirmationDocx(
        person,
        { ...MEETING, location: ' ' },
        {
          office: plOffice(),
          language: 'pl',
          now: NOW,
        },
      ),
    );
    expect(text).toContain('Szanowna Pani / Szanowny Panie,');
    expect(text).toContain('Miejsce: zostanie podane odrębnie');
    expect(text).toContain('Zofia Łęcka\nul. Przędzalniana 72\n90-338 Łódź\nzofia.lecka@example.pl');
  });

  it('writes a Ukrainian letter with the Kyiv wall clock', async () => {
    const text = await docxParagraphs(
      await applicationConfirmationDocx(
        application({
          applicantKind: 'person',
          applicantName: 'Олександр Гнатюк',
          organisation: '',
          contact: 'hnatiuk@example.ua',
          receivedAt: '2026-02-20T09:00:00+02:00',
          topic: 'Зустріч з мешканцями щодо укриття в школі № 5',
        }),
        {
          start: '2026-03-02T07:00:00.000Z',
          end: '2026-03-02T07:45:00.000Z',
          timeZone: 'Europe/Kyiv',
          location: 'вул. Хрещатик, 36',
          calendarName: 'Київський міський голова',
        },
        { office: uaOffice(), language: 'uk', now: NOW },
      ),
    );
    expect(text).toContain('Київ, 1 березня 2026 р.');
    expect(text).toContain('Олександр Гнатюк\nhnatiuk@example.ua');
    expect(text).toContain('Щодо: підтвердження дати зустрічі');
    expect(text).toContain('Шановна пані / Шановний пане!');
    expect(text.join('\n')).toContain('від 20 лютого 2026 р.');
    expect(text).toContain('Дата: понеділок, 2 березня 2026 р.');
    expect(text).toContain('Час: 09:00–09:45');
    expect(text).toContain('Тема: Зустріч з мешканцями щодо укриття в школі № 5');
    expect(text).toContain('З повагою');
    expect(text.at(-1)).toBe('Олена Ковальчук\nРечниця');
  });

  it('addresses an organisation by name in English', async () => {
    const text = await docxParagraphs(
      await applicationConfirmationDocx(application(), MEETING, {
        office: plOffice(),
        language: 'en',
        now: NOW,
      }),
    );
    expect(text).toContain('Dear Stowarzyszenie Mieszkańców Księżego Młyna,');
    expect(text).toContain('Date: Monday, 30 March 2026');
    expect(text).toContain('Time: 09:00–10:00');
  });
});
