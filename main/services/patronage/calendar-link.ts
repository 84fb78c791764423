/**
 * The patronage's event on the mayor's calendar: entered when the application is registered (planned,
 * so the secretariat sees what may come), confirmed by a grant, cancelled by a refusal or withdrawal,
 * and moved when the event's date or place changes. Runs inside the caller's transaction.
 */
import type { PatronageApplication } from '../../../core/patronage/schema';
import { calendarsOf } from '../../../core/settings/schema';
import type { AppContext } from '../context';

function statusOf(app: PatronageApplication): 'planned' | 'confirmed' | 'cancelled' {
  if (app.status === 'granted') return 'confirmed';
  if (app.status === 'refused' || app.status === 'withdrawn') return 'cancelled';
  return 'planned';
}

function eventFields(ctx: AppContext, app: PatronageApplication) {
  return {
    title: `${app.eventTitle} (${app.applicantName})`,
    start: app.eventStart,
    end: app.eventEnd,
    location: app.eventPlace,
    status: statusOf(app),
    participantsExternal: [app.applicantName],
    notes: app.description,
    timeZone: ctx.settings.get().office.timeZone,
  };
}

/** Creates or updates the event; returns its id for the application's calendarEventId. */
export function syncPatronageEvent(ctx: AppContext, app: PatronageApplication): string {
  const existing = app.calendarEventId ? ctx.calendar.get(app.calendarEventId) : null;
  if (existing) {
    ctx.calendar.updateInTransaction(existing.id, eventFields(ctx, app));
    return existing.id;
  }
  const office = ctx.settings.get().office;
  const created = ctx.calendar.createInTransaction({
    ...eventFields(ctx, app),
    calendarId: calendarsOf(office)[0]!.id,
    type: 'representation',
    allDay: false,
    rrule: null,
    exdates: [],
    private: false,
    participantsInternal: [],
    reminders: [],
  });
  return created.id;
}
