import { afterEach, describe, expect, it } from 'vitest';
import { CalendarEventDraftSchema } from '../core/calendar/record';
import { tempApp } from '../main/testing/temp-app';
import { loadCalendar, monthRange, planCalendar, weekRange, workingDays } from './calendar-dataset';
import { calendarScenarios, checkRepository, checkService, rawRangeQuery, serviceView } from './calendar-run';
import { Random } from './random';

const YEAR = 2022;
const plan = (count: number, seed = 7) =>
  planCalendar(count, new Random(seed), { firstYear: YEAR, years: 1 });

describe('calendar dataset', () => {
  let app: ReturnType<typeof tempApp> | undefined;
  afterEach(() => {
    app?.close();
    app = undefined;
  });

  it('plans the same calendar for the same seed, and events the event form would accept', () => {
    const plans = plan(300);
    expect(plans).toHaveLength(300);
    expect(plan(300)).toEqual(plans);
    expect(plan(300, 8)).not.toEqual(plans);
    for (const { event } of plans) {
      const parsed = CalendarEventDraftSchema.safeParse(event);
      expect(parsed.success, `${event.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const events = plans.map((p) => p.event);
    expect(events.filter((e) => e.rrule !== null)).toHaveLength(3);
    expect(events.filter((e) => e.calendarId === 'mayor').length).toBeGreaterThan(events.length / 2);
    expect(events.some((e) => e.calendarId === 'press')).toBe(true);
    expect(events.some((e) => e.allDay)).toBe(true);
    expect(events.some((e) => e.status === 'cancelled')).toBe(true);
    const created = plans.map((p) => p.createdAtMs);
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('puts timed single events on Warsaw working days between 08:00 and 18:00, 30–180 minutes long', () => {
    const days = new Set(workingDays(YEAR, 1).map((wall) => new Date(wall).toISOString().slice(0, 10)));
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Warsaw',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const timed = plan(300)
      .map((p) => p.event)
      .filter((e) => e.rrule === null && !e.allDay);
    expect(timed.length).toBeGreaterThan(200);
    for (const e of timed) {
      const [date, start] = local.format(new Date(e.start)).split(' ') as [string, string];
      const [endDate, end] = local.format(new Date(e.end)).split(' ') as [string, string];
      expect(days.has(date), date).toBe(true);
      expect(endDate).toBe(date);
      expect(start >= '08:00' && end <= '18:00', `${start}–${end}`).toBe(true);
      const minutes = (Date.parse(e.end) - Date.parse(e.start)) / 60_000;
      expect(minutes).toBeGreaterThanOrEqual(30);
      expect(minutes).toBeLessThanOrEqual(180);
    }
    expect(days.has('2022-11-11')).toBe(false); // a holiday
  });

  it('loads through the repository, and the month view and the raw query agree on single events', () => {
    app = tempApp({ now: '2023-01-10T09:00:00Z' });
    const current = app;
    const plans = plan(300);
    const load = loadCalendar(current.ctx, (ms) => current.setNow(new Date(ms).toISOString()), plans, {
      batchSize: 100,
      slices: 3,
    });
    expect(load.rows).toBe(300);
    expect(current.db.prepare('SELECT count(*) FROM calendar_events').pluck().get()).toBe(300);
    expect(
      current.db.prepare('SELECT count(*) FROM calendar_events WHERE range_start_ms IS NULL').pluck().get(),
    ).toBe(0);
    expect(
      current.db
        .prepare(`SELECT count(DISTINCT row_id) FROM change_log WHERE table_name = 'calendar_events'`)
        .pluck()
        .get(),
    ).toBe(300);

    const raw = rawRangeQuery(current.db, 'mayor');
    let compared = 0;
    for (const range of [
      monthRange(YEAR, 0),
      monthRange(YEAR, 5),
      monthRange(YEAR, 11),
      weekRange(YEAR, 2, 16),
    ]) {
      const rows = raw(range);
      const view = serviceView(current.ctx, range, 'mayor');
      const service = checkService(view, rows);
      expect(service.same, `${range.label}: ${service.ours} vs ${service.raw}`).toBe(true);
      const repository = checkRepository(
        current.ctx.calendar.inRange(range.fromMs, range.toMs, ['mayor']),
        rows,
      );
      expect(repository.same, range.label).toBe(true);
      // Series occurrences come on top of the single events (the raw rows are single events only).
      expect(view.items.filter((i) => i.recurring).every((i) => i.calendarId === 'mayor')).toBe(true);
      compared += rows.length;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('notices when the service and the raw query disagree', () => {
    app = tempApp({ now: '2023-01-10T09:00:00Z' });
    const current = app;
    loadCalendar(current.ctx, (ms) => current.setNow(new Date(ms).toISOString()), plan(300), {
      batchSize: 300,
      slices: 1,
    });
    const range = monthRange(YEAR, 5);
    const rows = rawRangeQuery(current.db, 'mayor')(range);
    const view = serviceView(current.ctx, range, 'mayor');
    const shown = rows.find((row) => row.status !== 'cancelled');
    expect(shown).toBeDefined();
    expect(checkService(view, rows).same).toBe(true);
    expect(
      checkService(
        view,
        rows.filter((row) => row !== shown),
      ).same,
    ).toBe(false);
    expect(checkService({ ...view, truncated: true }, rows).same).toBe(false);
  });

  it('builds the bench scenarios; each checks its own pair', () => {
    app = tempApp({ now: '2023-01-10T09:00:00Z' });
    const scenarios = calendarScenarios(app.ctx);
    expect(scenarios.map((s) => s.name)).toContain('month view (service)');
    expect(scenarios.map((s) => s.name)).toContain('month view (repository query only)');
    for (const scenario of scenarios) expect(scenario.check().same).toBe(true);
  });
});
