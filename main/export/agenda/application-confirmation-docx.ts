/**
 * The letter confirming to an applicant when and where the meeting they asked for takes place: letterhead,
 * place and date, recipient, subject, salutation, the meeting's date, time, place and topic, practical
 * notes and the signature from the office settings. The hours are the office's wall clock.
 */
import { agendaText, type AgendaTextKey } from '../../../core/i18n/agenda-export-texts';
import type { MeetingApplication } from '../../../core/meetings/schema';
import { labelled, letterhead, packDocx, para, placeAndDate, signature } from '../docx-parts';
import { formatLongDateOf, localDateOfInstant } from '../format';
import { formatTimeRange, formatWeekdayDate } from './agenda-dates';
import type { AgendaContext } from './types';

export interface ConfirmedMeeting {
  /** ISO instants. */
  start: string;
  end: string;
  /** The event's zone; the letter prints the office zone's wall clock (both are the city's zone). */
  timeZone: string;
  location: string;
  /** Whose calendar: printed as "Z udziałem: …" (e.g. "Prezydent Miasta Łodzi"). */
  calendarName: string;
}

function recipientLines(application: MeetingApplication): string[] {
  return [application.applicantName, application.organisation, ...application.contact.split(/\r?\n/)]
    .map((l) => l.trim())
    .filter(Boolean);
}

export async function applicationConfirmationDocx(
  application: MeetingApplication,
  meeting: ConfirmedMeeting,
  ctx: AgendaContext,
): Promise<Buffer> {
  const lang = ctx.language;
  const timeZone = ctx.office.timeZone;
  const day = localDateOfInstant(meeting.start, timeZone);
  const salutationKey =
    application.applicantKind === 'organisation'
      ? 'confirm.salutation.organisation'
      : 'confirm.salutation.person';
  // English addresses the applicant (or the organisation) by name; Polish and Ukrainian use set forms.
  const addressee =
    application.applicantKind === 'organisation' && application.organisation.trim()
      ? application.organisation.trim()
      : application.applicantName;
  const detail = (key: AgendaTextKey, value: string) => labelled(agendaText(lang, key), value, { after: 60 });

  const children = [
    ...letterhead(ctx.office),
    placeAndDate(ctx),
    para(recipientLines(application), { indentLeft: 4800, after: 360 }),
    labelled(agendaText(lang, 'confirm.reLabel'), agendaText(lang, 'confirm.subject'), { after: 240 }),
    para(agendaText(lang, salutationKey, { name: addressee })),
    para(
      agendaText(lang, 'confirm.intro', {
        receivedDate: formatLongDateOf(application.receivedAt, timeZone, lang),
      }),
      { align: 'justify' },
    ),
    ...(meeting.calendarName.trim() ? [detail('confirm.with', meeting.calendarName.trim())] : []),
    detail('confirm.date', formatWeekdayDate(day, lang)),
    detail('confirm.time', formatTimeRange({ allDay: false, ...meeting }, day, timeZone, lang)),
    detail('confirm.place', meeting.location.trim() || agendaText(lang, 'confirm.placeTbd')),
    detail('confirm.topic', application.topic.trim()),
    para(agendaText(lang, 'confirm.closing'), { align: 'justify', before: 200 }),
    ...signature(ctx.office, agendaText(lang, 'confirm.regards')),
  ];

  return packDocx(`${agendaText(lang, 'confirm.title')} – ${application.applicantName}`, lang, children);
}
