/**
 * Agenda documents and iCalendar files: occurrences of a calendar turned into the entries the
 * generators print (private items as "busy" for those who may not read them, and never in the public
 * plan), protocol and confirmation letters, the decisions register, and .ics export/import.
 */
import { randomUUID } from 'node:crypto';
import type { FileOut, MethodInput, MethodOutput } from '../../../core/api/contract';
import { expandAll, MAX_OCCURRENCES } from '../../../core/calendar';
import { eventsToIcs, icsToEvents } from '../../../core/calendar/ics';
import { instantOfWall, parseWall } from '../../../core/calendar/local-time';
import type { CalendarEventRecord } from '../../../core/calendar/record';
import { addDays, dayOfWeek, localDateOf } from '../../../core/deadlines/local-date';
import { DecisionListQuerySchema } from '../../../core/decisions/schema';
import { AppError } from '../../../core/errors';
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import { calendarsOf, type CalendarOwner, type Language } from '../../../core/settings/schema';
import { applicationConfirmationDocx } from '../../export/agenda/application-confirmation-docx';
import { dailyCardDocx } from '../../export/agenda/daily-card-docx';
import { decisionsXlsx } from '../../export/agenda/decisions-xlsx';
import { protocolDocx } from '../../export/agenda/protocol-docx';
import type { AgendaEntry } from '../../export/agenda/types';
import { weeklyPlanDocx } from '../../export/agenda/weekly-plan-docx';
import type { AppContext } from '../context';
import { requireEvent } from './calendar-service';
import { decisionsOfProtocol, queryDecisions } from './decision-service';
import { requireApplication } from './meeting-service';
import { canSeePrivate } from './privacy';
import { requireProtocol } from './protocol-service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ICS = 'text/calendar';
const safe = (text: string): string => text.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);
const file = (fileName: string, mimeType: string, buffer: Buffer | string): FileOut => ({
  fileName,
  mimeType,
  base64: Buffer.from(buffer).toString('base64'),
});

function context(ctx: AppContext) {
  const office = ctx.settings.get().office;
  return { office, language: office.language, now: ctx.clock().toISOString() };
}

export function calendarName(owner: CalendarOwner, language: Language): string {
  return owner.name || agendaText(language, `calendar.kind.${owner.kind}`);
}

function requireCalendar(ctx: AppContext, calendarId: string): CalendarOwner {
  const owner = calendarsOf(ctx.settings.get().office).find((c) => c.id === calendarId);
  if (!owner) throw new AppError('VALIDATION', {}, [{ path: 'calendarId', message: 'invalidChoice' }]);
  return owner;
}

/** [start of `fromDay`, start of `toDay`) in the office zone, as epoch ms. */
function localDays(fromDay: string, toDay: string, timeZone: string): [number, number] {
  const at = (day: string) => instantOfWall((parseWall(day) as { wall: number }).wall, timeZone);
  return [at(fromDay), at(toDay)];
}

/** Occurrences of one calendar between two local days as the documents' entries. */
function entries(ctx: AppContext, owner: CalendarOwner, fromDay: string, toDay: string): AgendaEntry[] {
  const { office } = context(ctx);
  const [from, to] = localDays(fromDay, toDay, office.timeZone);
  const events = ctx.calendar.inRange(from, to, [owner.id]);
  const byId = new Map(events.map((e) => [e.id, e]));
  const seePrivate = canSeePrivate(ctx);
  const name = calendarName(owner, office.language);
  return expandAll(events, from, to, { limit: MAX_OCCURRENCES, includeCancelled: true }).map((occ) => {
    const event = byId.get(occ.eventId) as CalendarEventRecord;
    const hidden = event.private && !seePrivate;
    return {
      calendarName: name,
      start: occ.start,
      end: occ.end,
      allDay: occ.allDay,
      timeZone: occ.timeZone,
      title: hidden ? agendaText(office.language, 'entry.busy') : event.title,
      type: hidden ? 'other' : event.type,
      status: event.status,
      location: hidden ? '' : event.location,
      participantsInternal: hidden ? [] : event.participantsInternal,
      participantsExternal: hidden ? [] : event.participantsExternal,
      notes: hidden ? '' : event.notes,
      private: event.private,
    };
  });
}

export async function exportDailyCard(
  ctx: AppContext,
  input: MethodInput<'calendar.dailyCardDocx'>,
): Promise<FileOut> {
  const owner = requireCalendar(ctx, input.calendarId);
  const base = context(ctx);
  const name = calendarName(owner, base.language);
  const buffer = await dailyCardDocx(entries(ctx, owner, input.date, addDays(input.date, 1)), {
    ...base,
    date: input.date,
    calendarName: name,
  });
  return file(`${safe(name)}-${input.date}.docx`, DOCX, buffer);
}

export async function exportWeeklyPlan(
  ctx: AppContext,
  input: MethodInput<'calendar.weeklyPlanDocx'>,
): Promise<FileOut> {
  const owner = requireCalendar(ctx, input.calendarId);
  const base = context(ctx);
  const weekStart = addDays(input.date, -((dayOfWeek(input.date) + 6) % 7));
  const all = entries(ctx, owner, weekStart, addDays(weekStart, 7));
  // The public plan is published on the city portal: private items are left out, not masked.
  const list = input.audience === 'public' ? all.filter((e) => !e.private && e.status !== 'cancelled') : all;
  const name = calendarName(owner, base.language);
  const buffer = await weeklyPlanDocx(list, { ...base, weekStart, title: name, audience: input.audience });
  const kind = input.audience === 'public' ? 'public-plan' : 'weekly-plan';
  return file(`${kind}-${safe(name)}-${weekStart}.docx`, DOCX, buffer);
}

export function exportIcs(ctx: AppContext, input: MethodInput<'calendar.exportIcs'>): FileOut {
  const owner = requireCalendar(ctx, input.calendarId);
  const { office } = context(ctx);
  const [from, to] = localDays(input.from, addDays(input.to, 1), office.timeZone);
  const events = ctx.calendar.inRange(from, to, [owner.id]);
  const name = calendarName(owner, office.language);
  const text = eventsToIcs(events, {
    calendarName: name,
    now: ctx.clock(),
    includePrivateDetails: canSeePrivate(ctx),
    busyLabel: agendaText(office.language, 'entry.busy'),
  });
  return file(`${safe(name)}-${input.from}-${input.to}.ics`, ICS, text);
}

/** Events with our own UID update the event they came from; the rest are added. One transaction. */
export function importIcs(
  ctx: AppContext,
  input: MethodInput<'calendar.importIcs'>,
): MethodOutput<'calendar.importIcs'> {
  requireCalendar(ctx, input.calendarId);
  const { office } = context(ctx);
  const parsed = icsToEvents(input.text, {
    calendarId: input.calendarId,
    defaultTimeZone: office.timeZone,
    newId: () => randomUUID(),
  });
  let created = 0;
  let updated = 0;
  ctx.agenda.transaction(() => {
    for (const { id, ...fields } of parsed.events) {
      if (ctx.calendar.get(id)) {
        ctx.calendar.updateInTransaction(id, fields);
        updated++;
      } else {
        ctx.calendar.createInTransaction(fields);
        created++;
      }
    }
  });
  if (created + updated > 0) ctx.emit({ type: 'data.changed', table: 'calendar_events' });
  return { created, updated, skipped: parsed.skipped };
}

export async function exportConfirmation(ctx: AppContext, id: string): Promise<FileOut> {
  const application = requireApplication(ctx, id);
  if (application.status !== 'scheduled' || !application.eventId) {
    throw new AppError('NOT_ALLOWED', { reason: 'applicationStatus', status: application.status });
  }
  const event = requireEvent(ctx, application.eventId);
  const base = context(ctx);
  const owner = calendarsOf(base.office).find((c) => c.id === event.calendarId);
  const buffer = await applicationConfirmationDocx(
    { ...application, scheduledStart: event.start },
    {
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      location: event.location,
      calendarName: owner ? calendarName(owner, base.language) : '',
    },
    base,
  );
  return file(
    `${safe(application.applicantName)}-${localDateOf(event.start, base.office.timeZone)}.docx`,
    DOCX,
    buffer,
  );
}

export async function exportProtocol(ctx: AppContext, id: string): Promise<FileOut> {
  const protocol = requireProtocol(ctx, id);
  const base = context(ctx);
  const buffer = await protocolDocx(protocol, decisionsOfProtocol(ctx, id), {
    ...base,
    ...names(base.office),
    recorder: ctx.settings.get().userName,
  });
  return file(`${safe(protocol.title)}-${protocol.date}-v${protocol.version}.docx`, DOCX, buffer);
}

export async function exportDecisions(
  ctx: AppContext,
  input: MethodInput<'decisions.exportXlsx'>,
): Promise<FileOut> {
  const base = context(ctx);
  const items = queryDecisions(ctx, DecisionListQuerySchema.parse(input), ctx.clock());
  const buffer = await decisionsXlsx(items, { ...base, ...names(base.office) });
  return file(`decisions-${localDateOf(base.now, base.office.timeZone)}.xlsx`, XLSX, buffer);
}

function names(office: ReturnType<AppContext['settings']['get']>['office']) {
  return {
    peopleById: Object.fromEntries(office.people.map((p) => [p.id, p.name])),
    departmentsById: Object.fromEntries(office.departments.map((d) => [d.id, d.name])),
  };
}
