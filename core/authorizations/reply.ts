import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { AppError } from '../errors';
import { authorizationDeadline, effectiveStatus, officeZone, type OfficeClock } from './deadline';
import type { Authorization } from './schema';

/**
 * A short, polite reply to the journalist, in the office's language, per status. Dates and times are in
 * the office's zone (date-fns + @date-fns/tz), never the host's. The text is a suggestion the officer edits
 * before sending; it is stored in `replyText` only through an update.
 */
export type ReplyLanguage = 'pl' | 'uk' | 'en';

export interface ReplyOffice extends OfficeClock {
  officeName: string;
  signatoryName: string;
  signatoryFunction: string;
  /** e.g. from core/letters/salutation ("Szanowny Panie Redaktorze"); default: a gender-neutral one. */
  salutation?: string;
}

type Replied = Pick<
  Authorization,
  | 'jurisdiction'
  | 'deadlineKind'
  | 'agreedDueAt'
  | 'handedOverAt'
  | 'outletType'
  | 'outletPeriodicity'
  | 'status'
  | 'interviewee'
  | 'topic'
  | 'outletName'
  | 'refusalReason'
  | 'decidedAt'
>;

const LANGUAGE_TEXTS = {
  pl: {
    salutation: 'Szanowni Państwo,',
    when: (date: string, time: string) => `${date} r. o godz. ${time}`,
    dateFormat: 'dd.MM.yyyy',
    intro: (r: Replied, handed: string) =>
      `w odpowiedzi na tekst wypowiedzi (rozmówca: ${r.interviewee}; temat: „${r.topic}”; redakcja: ${r.outletName}) przekazany do autoryzacji ${handed} uprzejmie informujemy, że`,
    authorized: 'tekst został autoryzowany bez zmian.',
    withChanges:
      'tekst został autoryzowany ze zmianami. W załączeniu przesyłamy autoryzowaną wersję z naniesionymi poprawkami.',
    refused: (reason: string) => `autoryzacji odmówiono. Powód: ${reason}`,
    deemedStatute: (due: string) =>
      `termin na autoryzację upłynął ${due}. Zgodnie z art. 14a ust. 7 ustawy z dnia 26 stycznia 1984 r. – Prawo prasowe wypowiedź uznaje się za autoryzowaną bez zastrzeżeń.`,
    deemedAgreed: (due: string) =>
      `uzgodniony termin na autoryzację upłynął ${due}. Zgodnie z art. 14a ust. 7 ustawy z dnia 26 stycznia 1984 r. – Prawo prasowe wypowiedź uznaje się za autoryzowaną bez zastrzeżeń.`,
    deemedUa: (due: string) =>
      `uzgodniony termin na autoryzację upłynął ${due}. Zgodnie z ustaleniami stron wypowiedź uznaje się za autoryzowaną bez zastrzeżeń.`,
    closing: 'Z poważaniem',
  },
  uk: {
    salutation: 'Шановні пані та панове,',
    when: (date: string, time: string) => `${date} о ${time}`,
    dateFormat: 'dd.MM.yyyy',
    intro: (r: Replied, handed: string) =>
      `у відповідь на текст висловлювань (співрозмовник: ${r.interviewee}; тема: «${r.topic}»; редакція: ${r.outletName}), переданий для погодження ${handed}, повідомляємо, що`,
    authorized: 'текст погоджено без змін.',
    withChanges: 'текст погоджено зі змінами. Погоджену версію з виправленнями надсилаємо в додатку.',
    refused: (reason: string) => `у погодженні відмовлено. Причина: ${reason}`,
    deemedStatute: (due: string) =>
      `строк для авторизації сплив ${due}. Відповідно до ч. 7 ст. 14a Закону Республіки Польща «Prawo prasowe» від 26 січня 1984 р. висловлювання вважається авторизованим без застережень.`,
    deemedAgreed: (due: string) =>
      `погоджений строк для авторизації сплив ${due}. Відповідно до ч. 7 ст. 14a Закону Республіки Польща «Prawo prasowe» від 26 січня 1984 р. висловлювання вважається авторизованим без застережень.`,
    deemedUa: (due: string) =>
      `погоджений сторонами строк для погодження сплив ${due}. Відповідно до домовленості сторін текст вважається погодженим без зауважень.`,
    closing: 'З повагою',
  },
  en: {
    salutation: 'Dear Sir or Madam,',
    when: (date: string, time: string) => `${date} at ${time}`,
    dateFormat: 'd MMMM yyyy',
    intro: (r: Replied, handed: string) =>
      `With reference to the text of the statements by ${r.interviewee} (topic: "${r.topic}"; outlet: ${r.outletName}) handed over for authorization on ${handed}, we would like to inform you that`,
    authorized: 'the text has been authorized without changes.',
    withChanges:
      'the text has been authorized with changes. Please find the authorized, corrected version attached.',
    refused: (reason: string) => `authorization has been refused. Reason: ${reason}`,
    deemedStatute: (due: string) =>
      `the time for authorization expired on ${due}. Under Article 14a(7) of the Polish Press Law (Prawo prasowe) of 26 January 1984, the statement is deemed authorized without reservations.`,
    deemedAgreed: (due: string) =>
      `the agreed time for authorization expired on ${due}. Under Article 14a(7) of the Polish Press Law (Prawo prasowe) of 26 January 1984, the statement is deemed authorized without reservations.`,
    deemedUa: (due: string) =>
      `the agreed time for approval expired on ${due}. As agreed between the parties, the text is deemed approved without reservations.`,
    closing: 'Kind regards,',
  },
} as const;

/** "29.03.2026 r. o godz. 07:00" / "29.03.2026 о 07:00" / "29 March 2026 at 07:00 (Europe/Warsaw)". */
export function formatMoment(instant: string, language: ReplyLanguage, timeZone: string): string {
  const t = LANGUAGE_TEXTS[language];
  const date = new Date(instant);
  const text = t.when(
    format(date, t.dateFormat, { in: tz(timeZone) }),
    format(date, 'HH:mm', { in: tz(timeZone) }),
  );
  return language === 'en' ? `${text} (${timeZone})` : text;
}

/**
 * The reply for the record's status (or, with `now`, its effective status: a request past its term replies
 * as deemed authorized). An `awaiting` request has nothing to reply yet → NOT_ALLOWED 'authorizationPending'.
 * The intro ends with "że" / "що" / "that" and the status sentence follows it.
 */
export function replyText(
  record: Replied,
  language: ReplyLanguage,
  office: ReplyOffice,
  now?: string,
): string {
  const t = LANGUAGE_TEXTS[language];
  const zone = officeZone(record.jurisdiction, office);
  const status = now ? effectiveStatus(record, now, office) : record.status;
  const handed = formatMoment(record.handedOverAt, language, zone);

  let body: string;
  switch (status) {
    case 'awaiting':
      throw new AppError('NOT_ALLOWED', { reason: 'authorizationPending' });
    case 'authorized':
      body = t.authorized;
      break;
    case 'authorized_with_changes':
      body = t.withChanges;
      break;
    case 'refused':
      body = t.refused(sentence(record.refusalReason ?? ''));
      break;
    case 'deemed_authorized': {
      const due = formatMoment(authorizationDeadline(record, office).dueAt, language, zone);
      if (record.jurisdiction === 'UA') body = t.deemedUa(due);
      else body = record.deadlineKind === 'agreed' ? t.deemedAgreed(due) : t.deemedStatute(due);
      break;
    }
  }
  const salutation = office.salutation?.trim() ? withComma(office.salutation.trim()) : t.salutation;
  return [
    salutation,
    '',
    `${t.intro(record, handed)} ${body}`,
    '',
    t.closing,
    office.signatoryName,
    office.signatoryFunction,
    office.officeName,
  ].join('\n');
}

function sentence(s: string): string {
  const text = s.trim();
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

function withComma(s: string): string {
  return /[,!]$/u.test(s) ? s : `${s},`;
}
