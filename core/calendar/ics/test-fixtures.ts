/** Shared builders for the .ics tests (nothing outside the tests imports this file). */
import type { CalendarEventRecord } from '../record';

export function record(over: Partial<CalendarEventRecord> = {}): CalendarEventRecord {
  return {
    id: '3f2c8a9e-1b7d-4c35-9a0e-6d2f1c4b8e01',
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Narada',
    allDay: false,
    start: '2026-03-02T09:00:00+01:00',
    end: '2026-03-02T10:00:00+01:00',
    timeZone: 'Europe/Warsaw',
    rrule: null,
    exdates: [],
    status: 'confirmed',
    private: false,
    location: '',
    participantsInternal: [],
    participantsExternal: [],
    notes: '',
    reminders: [],
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-02T11:30:00.000Z',
    ...over,
  };
}

export const NOW = new Date(Date.UTC(2026, 1, 10, 12, 0, 0));

export const exportOptions = {
  calendarName: 'Kalendarz burmistrza',
  now: NOW,
  includePrivateDetails: true,
  busyLabel: 'Zajęty',
};

/** The unfolded content lines of an .ics text. */
export function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

/** The content lines of the VEVENT with this UID. */
export function veventOf(ics: string, uid: string): string[] {
  const lines = contentLines(ics);
  const at = lines.indexOf(`UID:${uid}`);
  if (at === -1) throw new Error(`no VEVENT ${uid}`);
  const begin = lines.lastIndexOf('BEGIN:VEVENT', at);
  const end = lines.indexOf('END:VEVENT', at);
  return lines.slice(begin, end + 1);
}

/** Ids 'new-1', 'new-2', … */
export function idSequence(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}
