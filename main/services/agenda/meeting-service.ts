/**
 * Applications to meet the mayor and the records of held meetings. Scheduling creates the calendar
 * event and marks the application in one transaction; a clash with the calendar is shown first and
 * needs the person's confirmation, as for any other event.
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { parseOrThrow } from '../../../core/api/validate';
import { AppError } from '../../../core/errors';
import { foldForSearch } from '../../../core/text/fold';
import {
  ApplicationCreateSchema,
  ApplicationScheduleSchema,
  ApplicationUpdateSchema,
  canMoveApplication,
  MeetingRecordSaveSchema,
  type ApplicationStatus,
  type MeetingApplication,
} from '../../../core/meetings/schema';
import { calendarsOf } from '../../../core/settings/schema';
import type { AppContext } from '../context';
import { conflictsOf } from './calendar-service';

const changed = (ctx: AppContext, table: string) => ctx.emit({ type: 'data.changed', table });

export function listApplications(
  ctx: AppContext,
  input: MethodInput<'meetings.applications'>,
): MethodOutput<'meetings.applications'> {
  const statuses = input.status ?? [];
  const all = ctx.agenda.applications
    .find(statuses.length ? { status: statuses } : {}, [{ field: 'receivedAt', desc: true }])
    .map((a) => withSchedule(ctx, a));
  const q = foldForSearch(input.q ?? '');
  if (!q) return all;
  return all.filter((a) =>
    foldForSearch(`${a.applicantName} ${a.organisation} ${a.topic} ${a.contact}`).includes(q),
  );
}

export function getApplication(ctx: AppContext, id: string): MeetingApplication {
  return withSchedule(ctx, requireApplication(ctx, id));
}

export function createApplication(
  ctx: AppContext,
  input: MethodInput<'meetings.createApplication'>,
): MeetingApplication {
  const fields = parseOrThrow(ApplicationCreateSchema, input);
  const created = ctx.agenda.transaction(() =>
    ctx.agenda.applications.insert({
      ...fields,
      status: 'received',
      declineReason: null,
      eventId: null,
      scheduledStart: null,
    }),
  );
  changed(ctx, 'meeting_applications');
  return created;
}

export function updateApplication(
  ctx: AppContext,
  input: MethodInput<'meetings.updateApplication'>,
): MeetingApplication {
  const { id, ...patch } = parseOrThrow(ApplicationUpdateSchema, input);
  const current = requireApplication(ctx, id);
  if (current.status === 'declined' || current.status === 'withdrawn') {
    throw new AppError('NOT_ALLOWED', { reason: 'applicationClosed' });
  }
  const updated = ctx.agenda.transaction(() => ctx.agenda.applications.update(id, patch));
  changed(ctx, 'meeting_applications');
  return withSchedule(ctx, updated);
}

export function scheduleApplication(
  ctx: AppContext,
  input: MethodInput<'meetings.schedule'>,
): MethodOutput<'meetings.schedule'> {
  const request = parseOrThrow(ApplicationScheduleSchema, input);
  const application = requireApplication(ctx, request.id);
  assertMove(application.status, 'scheduled');
  const office = ctx.settings.get().office;
  if (!calendarsOf(office).some((c) => c.id === request.calendarId)) {
    throw new AppError('VALIDATION', {}, [{ path: 'calendarId', message: 'invalidChoice' }]);
  }
  const event = {
    calendarId: request.calendarId,
    type: 'residents_meeting' as const,
    title: application.organisation
      ? `${application.applicantName} (${application.organisation}): ${application.topic}`
      : `${application.applicantName}: ${application.topic}`,
    allDay: false,
    start: request.start,
    end: request.end,
    timeZone: office.timeZone,
    rrule: null,
    exdates: [],
    status: 'confirmed' as const,
    private: false,
    location: request.location ?? '',
    participantsInternal: [],
    participantsExternal: [
      application.organisation
        ? `${application.applicantName}, ${application.organisation}`
        : application.applicantName,
    ],
    notes: application.topic,
    reminders: [60],
  };
  const conflicts = conflictsOf(ctx, { ...event, id: '' });
  if (conflicts.length && !request.acceptConflicts) {
    return { scheduled: false, application: withSchedule(ctx, application), conflicts };
  }
  const updated = ctx.agenda.transaction(() => {
    const created = ctx.calendar.createInTransaction(event);
    return ctx.agenda.applications.update(application.id, { status: 'scheduled', eventId: created.id });
  });
  changed(ctx, 'calendar_events');
  changed(ctx, 'meeting_applications');
  return { scheduled: true, application: withSchedule(ctx, updated), conflicts };
}

export function declineApplication(
  ctx: AppContext,
  input: MethodInput<'meetings.decline'>,
): MeetingApplication {
  const application = requireApplication(ctx, input.id);
  assertMove(application.status, 'declined');
  const updated = ctx.agenda.transaction(() =>
    ctx.agenda.applications.update(application.id, {
      status: 'declined',
      declineReason: input.reason.trim(),
    }),
  );
  changed(ctx, 'meeting_applications');
  return withSchedule(ctx, updated);
}

/** The applicant withdrew: a scheduled meeting's event is cancelled (kept, so the history stays). */
export function withdrawApplication(ctx: AppContext, id: string): MeetingApplication {
  const application = requireApplication(ctx, id);
  assertMove(application.status, 'withdrawn');
  const updated = ctx.agenda.transaction(() => {
    if (application.eventId && ctx.calendar.get(application.eventId)) {
      ctx.calendar.updateInTransaction(application.eventId, { status: 'cancelled' });
    }
    return ctx.agenda.applications.update(application.id, { status: 'withdrawn' });
  });
  changed(ctx, 'calendar_events');
  changed(ctx, 'meeting_applications');
  return withSchedule(ctx, updated);
}

export function meetingRecord(ctx: AppContext, eventId: string): MethodOutput<'meetings.record'> {
  const event = ctx.calendar.get(eventId);
  if (!event) throw new AppError('NOT_FOUND', { id: eventId });
  const record = ctx.agenda.meetings.find({ eventId })[0] ?? null;
  const protocol = ctx.agenda.protocols.find({ eventId })[0] ?? null;
  return { record, event, protocolId: protocol?.id ?? null };
}

export function saveMeetingRecord(
  ctx: AppContext,
  input: MethodInput<'meetings.saveRecord'>,
): MethodOutput<'meetings.saveRecord'> {
  const fields = parseOrThrow(MeetingRecordSaveSchema, input);
  if (!ctx.calendar.get(fields.eventId)) throw new AppError('NOT_FOUND', { id: fields.eventId });
  const existing = ctx.agenda.meetings.find({ eventId: fields.eventId })[0];
  const application = ctx.agenda.applications.find({ eventId: fields.eventId })[0];
  const saved = ctx.agenda.transaction(() =>
    existing
      ? ctx.agenda.meetings.update(existing.id, fields)
      : ctx.agenda.meetings.insert({ ...fields, applicationId: application?.id ?? null }),
  );
  changed(ctx, 'meeting_records');
  return saved;
}

export function requireApplication(ctx: AppContext, id: string): MeetingApplication {
  const application = ctx.agenda.applications.get(id);
  if (!application) throw new AppError('NOT_FOUND', { id });
  return application;
}

function withSchedule(ctx: AppContext, application: MeetingApplication): MeetingApplication {
  const event = application.eventId ? ctx.calendar.get(application.eventId) : null;
  return { ...application, scheduledStart: event?.start ?? null };
}

function assertMove(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canMoveApplication(from, to))
    throw new AppError('NOT_ALLOWED', { reason: 'applicationStatus', status: from, to });
}
