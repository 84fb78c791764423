import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInquiry } from '../inquiry-service';
import { sampleInquiry, tempApp } from '../../testing/temp-app';
import { api, apiError, event, rows, type App } from './test-helpers';

const MARCH = { from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };

describe('calendar service', () => {
  let app: App;
  afterEach(() => app.close());

  it('shows a weekly 09:00 briefing at 09:00 local time on both sides of the March clock change', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    await api(
      app,
      'calendar.create',
      event({ rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-03-16T09:00'] }),
    );
    const view = await api(app, 'calendar.list', MARCH);
    expect(view.items.map((i) => i.start)).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-09T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    expect(view.items.every((i) => i.recurring && !i.conflict)).toBe(true);
  });

  it('refuses to save an overlapping event silently: it lists the clash and writes nothing until confirmed', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    await api(app, 'calendar.create', event({ rrule: 'FREQ=WEEKLY;BYDAY=MO' }));
    const before = rows(app, 'change_log');
    const clash = event({
      title: 'Spotkanie z prezesem wodociągów',
      start: '2026-03-09T09:30:00+01:00',
      end: '2026-03-09T10:30:00+01:00',
    });
    const refused = await api(app, 'calendar.create', clash);
    expect(refused.saved).toBe(false);
    expect(refused.conflicts).toEqual([
      expect.objectContaining({
        start: '2026-03-09T08:30:00.000Z',
        other: expect.objectContaining({ title: 'Narada z naczelnikami', start: '2026-03-09T08:00:00.000Z' }),
      }),
    ]);
    expect(rows(app, 'change_log')).toBe(before);

    const accepted = await api(app, 'calendar.create', { ...clash, acceptConflicts: true });
    expect(accepted.saved).toBe(true);
    const flagged = (await api(app, 'calendar.list', MARCH)).items.filter((i) => i.conflict);
    expect(flagged.map((i) => i.title).sort()).toEqual([
      'Narada z naczelnikami',
      'Spotkanie z prezesem wodociągów',
    ]);
  });

  it('does not report a clash with another person’s calendar or with a cancelled event', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    await api(app, 'calendar.create', event({ calendarId: 'press' }));
    await api(app, 'calendar.create', event({ status: 'cancelled', title: 'Odwołane' }));
    expect((await api(app, 'calendar.create', event())).saved).toBe(true);
    // The cancelled one stays visible (struck through in the views), without a conflict flag.
    const mayor = (await api(app, 'calendar.list', { ...MARCH, calendarIds: ['mayor'] })).items;
    expect(mayor.map((i) => [i.title, i.status, i.conflict]).sort()).toEqual([
      ['Narada z naczelnikami', 'confirmed', false],
      ['Odwołane', 'cancelled', false],
    ]);
  });

  it('moves one occurrence of a series: the series skips that date and a single event takes its place', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    const { event: series } = await api(app, 'calendar.create', event({ rrule: 'FREQ=WEEKLY;BYDAY=MO' }));
    const moved = await api(app, 'calendar.move', {
      id: series!.id,
      occurrenceStart: '2026-03-09T09:00:00',
      start: '2026-03-10T12:00:00+01:00',
      end: '2026-03-10T13:00:00+01:00',
      allDay: false,
    });
    expect(moved.saved).toBe(true);
    const items = (
      await api(app, 'calendar.list', { from: '2026-03-09T00:00:00+01:00', to: '2026-03-11T00:00:00+01:00' })
    ).items;
    expect(items).toEqual([expect.objectContaining({ start: '2026-03-10T11:00:00.000Z', recurring: false })]);
    expect((await api(app, 'calendar.get', { id: series!.id })).event.exdates).toEqual([
      '2026-03-09T09:00:00',
    ]);
  });

  it('deletes a single occurrence or the whole series', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    const { event: series } = await api(
      app,
      'calendar.create',
      event({ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4' }),
    );
    await api(app, 'calendar.remove', { id: series!.id, occurrenceStart: '2026-03-02T09:00:00' });
    expect((await api(app, 'calendar.list', MARCH)).items).toHaveLength(3);
    await api(app, 'calendar.remove', { id: series!.id, occurrenceStart: null });
    expect((await api(app, 'calendar.list', MARCH)).items).toHaveLength(0);
    expect(rows(app, 'calendar_events')).toBe(1); // a tombstone: history stays
  });

  it('shows private items as busy to the press office, and they cannot change them', async () => {
    app = tempApp({ now: '2026-02-20T09:00:00Z' });
    const { event: visit } = await api(
      app,
      'calendar.create',
      event({ title: 'Wizyta lekarska', private: true, location: 'Przychodnia' }),
    );
    expect((await api(app, 'calendar.list', MARCH)).items[0]).toMatchObject({
      title: 'Wizyta lekarska',
      busy: false,
    });

    vi.spyOn(app.ctx.sync, 'role').mockReturnValue('press');
    const item = (await api(app, 'calendar.list', MARCH)).items[0];
    expect(item).toMatchObject({ title: '', location: '', busy: true, private: true });
    expect((await api(app, 'calendar.get', { id: visit!.id })).event.title).toBe('');
    expect((await apiError(app, 'calendar.remove', { id: visit!.id })).code).toBe('NOT_ALLOWED');
  });

  it('overlays open inquiry and decision deadlines when asked', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const inquiry = createInquiry(app.ctx, { ...sampleInquiry, receivedAt: '2026-03-02T10:00:00+01:00' });
    const protocol = await api(app, 'protocols.create', { title: 'Narada', date: '2026-03-02' });
    await api(app, 'decisions.create', {
      protocolId: protocol.id,
      title: 'Przegląd oświetlenia',
      dueDate: '2026-03-20',
    });
    const without = await api(app, 'calendar.list', MARCH);
    expect(without.deadlines).toEqual([]);
    const view = await api(app, 'calendar.list', { ...MARCH, deadlines: true });
    expect(view.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'inquiry', id: inquiry.id, date: '2026-03-16', overdue: false }),
        expect.objectContaining({ kind: 'decision', title: 'Przegląd oświetlenia', date: '2026-03-20' }),
      ]),
    );
  });

  it('lists reminders that are due, by their local start', async () => {
    app = tempApp({ now: '2026-03-30T06:30:00Z' }); // 08:30 in Warsaw, summer time
    await api(app, 'calendar.create', event({ rrule: 'FREQ=WEEKLY;BYDAY=MO', reminders: [60, 15] }));
    expect(
      (await api(app, 'calendar.dueReminders', {})).map((r) => [r.title, r.minutesBefore, r.start]),
    ).toEqual([['Narada z naczelnikami', 60, '2026-03-30T07:00:00.000Z']]);
    app.setNow('2026-03-30T07:00:00Z');
    expect(await api(app, 'calendar.dueReminders', {})).toEqual([]);
  });

  it('answers bad input with field messages and writes nothing', async () => {
    app = tempApp();
    const error = await apiError(
      app,
      'calendar.create',
      event({ end: '2026-03-02T08:00:00+01:00', title: ' ' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'end', message: 'endBeforeStart' },
        { path: 'title', message: 'required' },
      ]),
    );
    expect((await apiError(app, 'calendar.create', event({ calendarId: 'nobody' }))).issues).toEqual([
      { path: 'calendarId', message: 'invalidChoice' },
    ]);
    expect(rows(app, 'calendar_events')).toBe(0);
  });

  it('records who changed an event and when, for audit and sync', async () => {
    app = tempApp({ userName: 'Elżbieta Sęk' });
    const { event: created } = await api(app, 'calendar.create', event());
    await api(app, 'calendar.update', { ...event({ title: 'Narada przesunięta' }), id: created!.id });
    const log = app.db
      .prepare(
        `SELECT user_name, field, op FROM change_log WHERE table_name = 'calendar_events' AND field = 'title'`,
      )
      .all();
    expect(log).toEqual([
      { user_name: 'Elżbieta Sęk', field: 'title', op: 'insert' },
      { user_name: 'Elżbieta Sęk', field: 'title', op: 'update' },
    ]);
  });
});
