/**
 * Seeds the calendar, applications, two held meetings with their protocols and decisions, through the
 * same services the screens use (so everything is validated and audited like real work).
 */
import { formatWall, instantOfWall, wallOf } from '../../core/calendar/local-time';
import type { AppContext } from '../services/context';
import { createEvent } from '../services/agenda/calendar-service';
import { createDecision, reportProgress } from '../services/agenda/decision-service';
import {
  createApplication,
  declineApplication,
  saveMeetingRecord,
  scheduleApplication,
} from '../services/agenda/meeting-service';
import { approveProtocol, createProtocol } from '../services/agenda/protocol-service';
import { DEMO_APPLICATIONS, DEMO_EVENTS, type DemoEvent } from './agenda-data';

const DAY = 86_400_000;

export function seedAgenda(ctx: AppContext): void {
  const zone = ctx.settings.get().office.timeZone;
  const todayWall = Date.parse(`${formatWall(wallOf(ctx.clock().getTime(), zone), true)}T00:00:00Z`);
  const day = (offset: number) => formatWall(todayWall + offset * DAY, true);
  const at = (offset: number, time: string) =>
    new Date(instantOfWall(Date.parse(`${day(offset)}T${time}:00Z`), zone)).toISOString();

  const eventInput = (e: DemoEvent) => ({
    calendarId: e.calendarId,
    type: e.type,
    title: e.title,
    allDay: !e.from,
    start: e.from ? at(e.day, e.from) : day(e.day),
    end: e.from ? at(e.day, e.to as string) : day(e.day + (e.days ?? 1)),
    timeZone: zone,
    rrule: e.rrule ?? null,
    exdates: [],
    status: e.status ?? 'planned',
    private: e.private ?? false,
    location: e.location ?? '',
    participantsInternal: e.internal ?? [],
    participantsExternal: e.external ?? [],
    notes: e.notes ?? '',
    reminders: e.from ? [30] : [],
    acceptConflicts: true,
  });
  for (const event of DEMO_EVENTS) createEvent(ctx, eventInput(event));

  for (const demo of DEMO_APPLICATIONS) {
    const { outcome, daysAgo, ...fields } = demo;
    const application = createApplication(ctx, { ...fields, receivedAt: at(-daysAgo, '09:15'), notes: '' });
    if (outcome === 'received') continue;
    if ('decline' in outcome) declineApplication(ctx, { id: application.id, reason: outcome.decline });
    else {
      const { day: d, from, to } = outcome.schedule;
      scheduleApplication(ctx, {
        id: application.id,
        calendarId: 'mayor',
        start: at(d, from),
        end: at(d, to),
        location: 'Gabinet Prezydenta, pok. 101',
        acceptConflicts: true,
      });
    }
  }

  heldMeetingPl(ctx, eventInput, day);
  heldMeetingUa(ctx, eventInput, day);
}

type EventInput = (e: DemoEvent) => Parameters<typeof createEvent>[1];

function heldMeetingPl(ctx: AppContext, eventInput: EventInput, day: (n: number) => string): void {
  const { event } = createEvent(
    ctx,
    eventInput({
      calendarId: 'mayor',
      type: 'residents_meeting',
      title: 'Spotkanie z mieszkańcami osiedla Ogrody',
      day: -21,
      from: '17:00',
      to: '19:00',
      location: 'Szkoła Podstawowa nr 3, aula',
      status: 'confirmed',
    }),
  );
  if (!event) return;
  const agenda = ['Oświetlenie ul. Polnej', 'Remont placu zabaw', 'Sprawy bieżące mieszkańców'];
  saveMeetingRecord(ctx, {
    eventId: event.id,
    title: event.title,
    attendeesPeople: ['Jan Malinowski', 'Ewa Zielińska', 'Krzysztof Dąbrowski'],
    attendeesOrganisations: ['Rada Osiedla Ogrody', 'Wspólnota Mieszkaniowa „Polna 12”'],
    attendeesCount: 46,
    agenda: agenda.map((title) => ({ title, notes: '' })),
  });
  const protocol = createProtocol(ctx, {
    eventId: event.id,
    meetingId: null,
    title: 'Protokół ze spotkania z mieszkańcami osiedla Ogrody',
    date: day(-21),
    place: 'Szkoła Podstawowa nr 3, aula',
    chair: 'Jan Malinowski, Prezydent Miasta',
    attendees: ['Jan Malinowski', 'Ewa Zielińska', 'Krzysztof Dąbrowski', 'mieszkańcy (46 osób)'],
    agenda,
    minutes:
      'Mieszkańcy zgłosili brak oświetlenia na odcinku ul. Polnej od nr 12 do 30 oraz zły stan placu zabaw.\n' +
      'Prezydent zobowiązał właściwe wydziały do przygotowania rozwiązań w terminach wskazanych poniżej.',
  });
  const lights = createDecision(ctx, {
    protocolId: protocol.id,
    title: 'Wykonać przegląd i uzupełnić oświetlenie ul. Polnej (nr 12–30)',
    departmentId: 'wgk',
    responsiblePersonId: 'kdab',
    dueDate: day(-3),
  });
  const playground = createDecision(ctx, {
    protocolId: protocol.id,
    title: 'Przedstawić harmonogram remontu placu zabaw na osiedlu Ogrody',
    departmentId: 'wi',
    responsiblePersonId: 'mwis',
    dueDate: day(10),
  });
  const meeting = createDecision(ctx, {
    protocolId: protocol.id,
    title: 'Zorganizować spotkanie z zarządcą wspólnoty „Polna 12”',
    departmentId: 'sek',
    responsiblePersonId: 'esek',
    dueDate: day(-10),
  });
  approveProtocol(ctx, protocol.id);
  reportProgress(ctx, { id: lights.id, progress: 30, note: 'Zlecono przegląd latarni firmie serwisowej.' });
  reportProgress(ctx, { id: playground.id, progress: 40, note: 'Kosztorys w przygotowaniu.' });
  reportProgress(ctx, { id: meeting.id, status: 'done', note: 'Spotkanie odbyło się; notatka w aktach.' });
}

function heldMeetingUa(ctx: AppContext, eventInput: EventInput, day: (n: number) => string): void {
  const { event } = createEvent(
    ctx,
    eventInput({
      calendarId: 'mayor',
      type: 'residents_meeting',
      title: 'Зустріч з українською громадою Островця',
      day: -4,
      from: '16:00',
      to: '17:30',
      location: 'Міська бібліотека, читальна зала',
      status: 'confirmed',
    }),
  );
  if (!event) return;
  const protocol = createProtocol(ctx, {
    eventId: event.id,
    meetingId: null,
    title: 'Протокол зустрічі з українською громадою Островця',
    date: day(-4),
    place: 'Міська бібліотека, читальна зала',
    chair: 'Ян Малиновський, президент міста',
    attendees: ['Ян Малиновський', 'Оксана Лисенко', 'представники громади (18 осіб)'],
    agenda: ['Суботня школа української мови', 'Консультації щодо легалізації перебування'],
    minutes:
      'Громада просить надати приміщення для суботньої школи. Обговорено графік консультацій у відділі ' +
      'у справах громадян.',
  });
  createDecision(ctx, {
    protocolId: protocol.id,
    title: 'Підготувати пропозицію приміщення для суботньої школи',
    departmentId: 'wso',
    responsiblePersonId: 'olys',
    dueDate: day(5),
  });
  createDecision(ctx, {
    protocolId: protocol.id,
    title: 'Опублікувати графік консультацій українською мовою на сайті міста',
    departmentId: 'bp',
    responsiblePersonId: 'akow',
    dueDate: day(12),
  });
}
