import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../main/testing/temp-app';
import type { NewCalendarEvent } from './calendar-events';

const base: NewCalendarEvent = {
  calendarId: 'mayor',
  type: 'meeting',
  title: 'Narada',
  allDay: false,
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-02T10:00:00+01:00',
  timeZone: 'Europe/Warsaw',
  rrule: null,
  exdates: [],
  status: 'planned',
  private: false,
  location: '',
  participantsInternal: [],
  participantsExternal: [],
  notes: '',
  reminders: [],
};
const ms = (iso: string) => Date.parse(iso);

describe('calendar events in a range', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  it('finds single events that overlap the range, including long ones that began before it', () => {
    app = tempApp();
    const repo = app.ctx.calendar;
    const inside = repo.create(base);
    const trip = repo.create({
      ...base,
      title: 'Wyjazd',
      allDay: true,
      start: '2026-02-20',
      end: '2026-03-05',
    });
    repo.create({
      ...base,
      title: 'Luty',
      start: '2026-02-10T09:00:00+01:00',
      end: '2026-02-10T10:00:00+01:00',
    });
    repo.create({ ...base, title: 'Inny kalendarz', calendarId: 'press' });
    const found = repo.inRange(ms('2026-03-01T00:00:00+01:00'), ms('2026-04-01T00:00:00+02:00'), ['mayor']);
    expect(found.map((e) => e.id).sort()).toEqual([inside.id, trip.id].sort());
  });

  it('finds a series while it runs, and not after its last occurrence', () => {
    app = tempApp();
    const repo = app.ctx.calendar;
    const bounded = repo.create({ ...base, rrule: 'FREQ=WEEKLY;COUNT=3' }); // 2, 9, 16 March
    const open = repo.create({ ...base, title: 'Co tydzień', rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    const april = repo.inRange(ms('2026-04-01T00:00:00+02:00'), ms('2026-05-01T00:00:00+02:00'));
    expect(april.map((e) => e.id)).toEqual([open.id]);
    const march = repo.inRange(ms('2026-03-10T00:00:00+01:00'), ms('2026-03-17T00:00:00+01:00'));
    expect(march.map((e) => e.id).sort()).toEqual([bounded.id, open.id].sort());
    expect(repo.inRange(ms('2026-01-01T00:00:00+01:00'), ms('2026-02-01T00:00:00+01:00'))).toEqual([]);
  });

  it('keeps the range right after an edit and leaves deleted events out', () => {
    app = tempApp();
    const repo = app.ctx.calendar;
    const moved = repo.create(base);
    repo.update(moved.id, { start: '2026-05-04T09:00:00+02:00', end: '2026-05-04T10:00:00+02:00' });
    expect(repo.inRange(ms('2026-03-01T00:00:00+01:00'), ms('2026-04-01T00:00:00+02:00'))).toEqual([]);
    expect(repo.inRange(ms('2026-05-01T00:00:00+02:00'), ms('2026-06-01T00:00:00+02:00'))).toHaveLength(1);
    repo.remove(moved.id);
    expect(repo.inRange(ms('2026-05-01T00:00:00+02:00'), ms('2026-06-01T00:00:00+02:00'))).toEqual([]);
  });
});
