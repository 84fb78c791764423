import { describe, expect, it } from 'vitest';
import { expandAll } from './recurrence';
import { dueReminders } from './reminders';
import type { CalendarEvent } from './types';

const briefing: CalendarEvent = {
  id: 'b',
  calendarId: 'mayor',
  type: 'meeting',
  title: 'Narada',
  allDay: false,
  start: '2026-03-23T09:00:00+01:00',
  end: '2026-03-23T10:00:00+01:00',
  timeZone: 'Europe/Warsaw',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  exdates: [],
  status: 'confirmed',
  private: false,
};

function at(now: string, reminders: number[], event = briefing) {
  const nowMs = Date.parse(now);
  const occurrences = expandAll([event], nowMs, nowMs + 8 * 86_400_000);
  return dueReminders(occurrences, () => reminders, nowMs);
}

describe('due reminders', () => {
  it('is due from N minutes before the start until the start', () => {
    expect(at('2026-03-23T07:44:59Z', [15])).toEqual([]);
    expect(at('2026-03-23T07:45:00Z', [15])).toEqual([
      expect.objectContaining({ key: 'b@2026-03-23T09:00:00#15', start: '2026-03-23T08:00:00.000Z' }),
    ]);
    expect(at('2026-03-23T08:00:00Z', [15])).toEqual([]);
  });

  it('uses the local start after the clock change (09:00 Warsaw is 07:00Z on 30 March)', () => {
    expect(at('2026-03-30T06:30:00Z', [60]).map((r) => r.key)).toEqual(['b@2026-03-30T09:00:00#60']);
  });

  it('gives each offset its own key and skips cancelled events', () => {
    expect(at('2026-03-23T07:50:00Z', [15, 60]).map((r) => r.minutesBefore)).toEqual([60, 15]);
    expect(at('2026-03-23T07:50:00Z', [15], { ...briefing, status: 'cancelled' })).toEqual([]);
  });
});
