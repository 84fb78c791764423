/** Contract-shaped values for the calendar's tests. */
import type { CalendarItem, DeadlineOverlay } from '../../core/api/contract-agenda';
import type { CalendarEventRecord } from '../../core/calendar/record';

export function calendarItem(patch: Partial<CalendarItem> = {}): CalendarItem {
  const eventId = patch.eventId ?? 'ev-1';
  const localStart = patch.localStart ?? '2026-11-23T09:00:00';
  return {
    key: `${eventId}@${localStart}`,
    eventId,
    calendarId: 'mayor',
    allDay: false,
    // 09:00–10:00 in Warsaw (UTC+1 in November).
    start: '2026-11-23T08:00:00.000Z',
    end: '2026-11-23T09:00:00.000Z',
    localStart,
    timeZone: 'Europe/Warsaw',
    status: 'planned',
    type: 'meeting',
    title: 'Budget meeting',
    location: '',
    private: false,
    busy: false,
    recurring: false,
    conflict: false,
    ...patch,
  };
}

export function deadline(patch: Partial<DeadlineOverlay> = {}): DeadlineOverlay {
  return {
    kind: 'inquiry',
    id: 'inq-1',
    title: 'BP.1431.7.2026: Budget',
    date: '2026-11-24',
    at: '2026-11-24T22:59:59.000Z',
    overdue: false,
    ...patch,
  };
}

export function eventRecord(patch: Partial<CalendarEventRecord> = {}): CalendarEventRecord {
  return {
    id: 'ev-1',
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Budget meeting',
    allDay: false,
    start: '2026-11-23T08:00:00.000Z',
    end: '2026-11-23T09:00:00.000Z',
    timeZone: 'Europe/Warsaw',
    rrule: null,
    exdates: [],
    status: 'planned',
    private: false,
    location: 'Room 12',
    participantsInternal: ['Anna Nowak'],
    participantsExternal: [],
    notes: '',
    reminders: [15],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...patch,
  };
}
