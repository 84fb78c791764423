/**
 * Which reminders are due: for each occurrence and each "N minutes before" of its event, the reminder
 * is due from (start − N) until the start. Keys are stable (occurrence + offset), so a screen can show
 * each reminder once and remember that it was dismissed.
 */
import type { Occurrence } from './types';

export interface DueReminder {
  key: string;
  eventId: string;
  start: string;
  allDay: boolean;
  minutesBefore: number;
}

export function dueReminders(
  occurrences: readonly Occurrence[],
  remindersOf: (eventId: string) => readonly number[],
  nowMs: number,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const occ of occurrences) {
    if (occ.status === 'cancelled' || occ.startMs <= nowMs) continue;
    for (const minutes of remindersOf(occ.eventId)) {
      if (occ.startMs - minutes * 60_000 <= nowMs) {
        due.push({
          key: `${occ.occurrenceKey}#${minutes}`,
          eventId: occ.eventId,
          start: occ.start,
          allDay: occ.allDay,
          minutesBefore: minutes,
        });
      }
    }
  }
  return due.sort((a, b) => a.start.localeCompare(b.start) || b.minutesBefore - a.minutesBefore);
}
