import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../deadlines/errors';
import { remindersToFire, withFired, type Reminder, type ReminderResult } from './engine';
import { defaultReminderSettings, ReminderSettingsSchema, type ReminderSettings } from './lead-times';
import type { DueItem } from './types';

const WARSAW = 'Europe/Warsaw';
const MINUTE = 60_000;
const SETTINGS = defaultReminderSettings(); // inquiries [1440, 120], decisions [4320, 1440], …

function inquiry(id: string, due: { dueDate: string } | { dueAt: string }): DueItem {
  const base = {
    module: 'inquiries' as const,
    kind: 'answer',
    recordId: id,
    title: id,
    link: { route: 'inquiry', id },
  };
  return 'dueDate' in due
    ? { ...base, dueAt: null, dueDate: due.dueDate }
    : { ...base, dueAt: due.dueAt, dueDate: null };
}

function decision(id: string, dueDate: string): DueItem {
  return {
    module: 'decisions',
    kind: 'decision',
    recordId: id,
    title: id,
    dueAt: null,
    dueDate,
    link: { route: 'decisions', id },
  };
}

interface Logged {
  now: string;
  fire: string[];
  catchUp: string[];
}

/**
 * The main-side service, simulated: one run per tick with an injected clock, the previous run's time
 * persisted, and every returned key added to `fired` (as the service does once it has shown them).
 * `items` may change with the clock (a deadline extended midway).
 */
class Service {
  fired = new Set<string>();
  lastRunAt: string | null = null;
  log: Logged[] = [];

  constructor(
    private items: (now: number) => DueItem[],
    private settings: ReminderSettings = SETTINGS,
  ) {}

  run(nowMs: number): ReminderResult {
    const result = remindersToFire({
      items: this.items(nowMs),
      settings: this.settings,
      timeZone: WARSAW,
      now: new Date(nowMs),
      fired: this.fired,
      lastRunAt: this.lastRunAt,
    });
    this.fired = withFired(this.fired, result);
    this.lastRunAt = new Date(nowMs).toISOString();
    if (result.fire.length || result.catchUp.length) {
      this.log.push({
        now: this.lastRunAt,
        fire: result.fire.map((r) => r.key),
        catchUp: result.catchUp.map((r) => r.key),
      });
    }
    return result;
  }

  /** Runs every `stepMinutes` from `from` to `to` inclusive: the app is open. */
  runEvery(from: string, to: string, stepMinutes = 1): void {
    for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * MINUTE) this.run(t);
  }

  get allKeys(): string[] {
    return this.log.flatMap((l) => [...l.fire, ...l.catchUp]);
  }
}

// An inquiry due 23 March (Monday) in Warsaw: the term ends at 24:00 CET = 23:00Z.
const DUE_23 = '2026-03-23T23:00:00.000Z';
const key = (id: string, due: string, lead: number | 'overdue', prefix = 'inquiries') =>
  `${prefix}:${id}:${prefix === 'inquiries' ? 'answer' : 'decision'}:${due}:${lead}`;

describe('de-duplication', () => {
  it('fires each reminder exactly once over three days of minute-by-minute runs, at its time', () => {
    const service = new Service(() => [inquiry('i1', { dueDate: '2026-03-23' })]);
    service.runEvery('2026-03-21T12:00:00Z', '2026-03-24T12:00:00Z');
    expect(service.log).toEqual([
      { now: '2026-03-22T23:00:00.000Z', fire: [key('i1', DUE_23, 1440)], catchUp: [] },
      { now: '2026-03-23T21:00:00.000Z', fire: [key('i1', DUE_23, 120)], catchUp: [] },
    ]);
  });

  it('returns nothing more when the service runs again at the same instant, or with an irregular tick', () => {
    const service = new Service(() => [inquiry('i1', { dueDate: '2026-03-23' })]);
    const now = Date.parse('2026-03-22T23:00:30Z');
    expect(service.run(now).fire.map((r) => r.key)).toEqual([key('i1', DUE_23, 1440)]);
    expect(service.run(now)).toEqual({ fire: [], catchUp: [] });
    expect(service.run(now + 3 * MINUTE)).toEqual({ fire: [], catchUp: [] });
    service.runEvery('2026-03-22T23:07:00Z', '2026-03-23T23:30:00Z', 7);
    expect(service.allKeys).toEqual([key('i1', DUE_23, 1440), key('i1', DUE_23, 120)]);
  });

  it('does not return a key that is already in fired (persisted from an earlier session)', () => {
    const items = [inquiry('i1', { dueDate: '2026-03-23' })];
    const result = remindersToFire({
      items,
      settings: SETTINGS,
      timeZone: WARSAW,
      now: new Date('2026-03-22T23:01:00Z'),
      fired: new Set([key('i1', DUE_23, 1440)]),
      lastRunAt: '2026-03-22T22:59:00Z',
    });
    expect(result).toEqual({ fire: [], catchUp: [] });
  });

  it('gives the same key whatever offset the same deadline is written in, and one reminder for a duplicated item', () => {
    const a = inquiry('i2', { dueAt: '2026-03-23T10:00:00+01:00' });
    const b = inquiry('i2', { dueAt: '2026-03-23T09:00:00Z' });
    const result = remindersToFire({
      items: [a, b],
      settings: SETTINGS,
      timeZone: WARSAW,
      now: new Date('2026-03-23T07:00:00Z'),
      fired: new Set(),
      lastRunAt: '2026-03-23T06:59:00Z',
    });
    expect(result.fire.map((r) => r.key)).toEqual(['inquiries:i2:answer:2026-03-23T09:00:00.000Z:120']);
  });

  it('describes the reminder: item, lead, when it was due from and the deadline', () => {
    const item = inquiry('i1', { dueDate: '2026-03-23' });
    const result = remindersToFire({
      items: [item],
      settings: SETTINGS,
      timeZone: WARSAW,
      now: new Date('2026-03-22T23:00:00Z'),
      fired: new Set(),
      lastRunAt: '2026-03-22T22:59:00Z',
    });
    expect(result.fire).toEqual<Reminder[]>([
      {
        key: key('i1', DUE_23, 1440),
        item,
        leadMinutes: 1440,
        at: '2026-03-22T23:00:00.000Z',
        dueInstant: DUE_23,
      },
    ]);
  });
});

describe('catch-up after the app was closed', () => {
  it('shows a reminder missed while closed once as catch-up, not as a notification', () => {
    const service = new Service(() => [inquiry('i1', { dueDate: '2026-03-23' })]);
    service.runEvery('2026-03-22T18:00:00Z', '2026-03-22T20:00:00Z'); // closed at 21:00 local
    service.runEvery('2026-03-23T07:00:00Z', '2026-03-23T23:30:00Z'); // opened at 08:00 local
    expect(service.log).toEqual([
      { now: '2026-03-23T07:00:00.000Z', fire: [], catchUp: [key('i1', DUE_23, 1440)] },
      { now: '2026-03-23T21:00:00.000Z', fire: [key('i1', DUE_23, 120)], catchUp: [] },
    ]);
  });

  it('closed over both reminders: one catch-up (the latest), the superseded one never appears', () => {
    const service = new Service(() => [inquiry('i1', { dueDate: '2026-03-23' })]);
    service.runEvery('2026-03-22T18:00:00Z', '2026-03-22T20:00:00Z');
    service.runEvery('2026-03-23T22:00:00Z', '2026-03-24T22:00:00Z', 5);
    expect(service.log).toEqual([
      { now: '2026-03-23T22:00:00.000Z', fire: [], catchUp: [key('i1', DUE_23, 120)] },
    ]);
  });

  it('many items missed over a weekend come back as one catch-up list, without a burst of notifications', () => {
    const items = [
      inquiry('a', { dueDate: '2026-03-23' }),
      inquiry('b', { dueAt: '2026-03-22T12:00:00Z' }),
      inquiry('c', { dueAt: '2026-03-23T06:00:00Z' }),
      decision('d', '2026-03-24'),
    ];
    const service = new Service(() => items);
    service.run(Date.parse('2026-03-20T16:00:00Z')); // Friday evening: nothing due yet
    const monday = service.run(Date.parse('2026-03-23T07:00:00Z'));
    expect(monday.fire).toEqual([]);
    expect(monday.catchUp.map((r) => r.key)).toEqual([
      // by deadline, most urgent first
      'inquiries:b:answer:2026-03-22T12:00:00.000Z:120',
      'inquiries:c:answer:2026-03-23T06:00:00.000Z:120',
      key('a', DUE_23, 1440),
      'decisions:d:decision:2026-03-24T23:00:00.000Z:4320',
    ]);
    // Each is shown once: the next runs bring only reminders that come due while the app is open.
    service.runEvery('2026-03-23T07:01:00Z', '2026-03-23T23:30:00Z');
    expect(service.log.slice(1)).toEqual([
      { now: '2026-03-23T21:00:00.000Z', fire: [key('a', DUE_23, 120)], catchUp: [] },
      {
        now: '2026-03-23T23:00:00.000Z',
        fire: ['decisions:d:decision:2026-03-24T23:00:00.000Z:1440'],
        catchUp: [],
      },
    ]);
  });

  it('on the very first run a reminder due in the last few minutes is live, an older one is catch-up', () => {
    const items = [
      inquiry('fresh', { dueAt: '2026-03-23T12:03:00Z' }),
      inquiry('old', { dueAt: '2026-03-23T11:00:00Z' }),
    ];
    const result = remindersToFire({
      items,
      settings: SETTINGS,
      timeZone: WARSAW,
      now: new Date('2026-03-23T10:05:00Z'),
      fired: new Set(),
      lastRunAt: null,
    });
    expect(result.fire.map((r) => r.item.recordId)).toEqual(['fresh']); // at 10:03, 2 minutes ago
    expect(result.catchUp.map((r) => r.item.recordId)).toEqual(['old']); // at 09:00
  });

  it('the live window follows liveWindowMinutes (a slow tick stays live)', () => {
    const run = (liveWindowMinutes?: number) =>
      remindersToFire({
        items: [inquiry('i1', { dueDate: '2026-03-23' })],
        settings: SETTINGS,
        timeZone: WARSAW,
        now: new Date('2026-03-22T23:10:00Z'),
        fired: new Set(),
        lastRunAt: '2026-03-22T22:50:00Z',
        ...(liveWindowMinutes === undefined ? {} : { liveWindowMinutes }),
      });
    expect(run().catchUp).toHaveLength(1);
    expect(run(15).fire).toHaveLength(1);
  });

  it('rejects a malformed lastRunAt', () => {
    expect(() =>
      remindersToFire({
        items: [],
        settings: SETTINGS,
        timeZone: WARSAW,
        now: new Date('2026-03-22T23:10:00Z'),
        fired: new Set(),
        lastRunAt: 'yesterday',
      }),
    ).toThrow(DeadlineError);
  });
});

describe('a moved deadline', () => {
  it('gets fresh reminders; the old deadline’s reminders are never repeated', () => {
    // Due 23 March; on 23 March at 11:00 local the term is extended to 10 April (UDIP art. 13 ust. 2).
    const extendedAt = Date.parse('2026-03-23T10:00:00Z');
    const service = new Service((now) => [
      inquiry('i1', { dueDate: now < extendedAt ? '2026-03-23' : '2026-04-10' }),
    ]);
    service.runEvery('2026-03-22T12:00:00Z', '2026-04-11T00:00:00Z', 5);
    const DUE_APR_10 = '2026-04-10T22:00:00.000Z'; // 24:00 CEST
    expect(service.log).toEqual([
      { now: '2026-03-22T23:00:00.000Z', fire: [key('i1', DUE_23, 1440)], catchUp: [] },
      { now: '2026-04-09T22:00:00.000Z', fire: [key('i1', DUE_APR_10, 1440)], catchUp: [] },
      { now: '2026-04-10T20:00:00.000Z', fire: [key('i1', DUE_APR_10, 120)], catchUp: [] },
    ]);
  });

  it('a deadline moved back to its old value does not fire the old reminder again', () => {
    const service = new Service((now) => [
      inquiry('i1', {
        dueDate:
          now < Date.parse('2026-03-23T10:00:00Z') || now >= Date.parse('2026-03-23T12:00:00Z')
            ? '2026-03-23'
            : '2026-03-30',
      }),
    ]);
    service.runEvery('2026-03-22T22:00:00Z', '2026-03-23T23:30:00Z', 5);
    expect(service.allKeys).toEqual([key('i1', DUE_23, 1440), key('i1', DUE_23, 120)]);
  });

  it('a deadline moved earlier past its reminder time is caught up, not lost', () => {
    // An authorization due 14:00 is corrected at 11:30 to 13:00: its "2 h before" (11:00) is already past.
    const correctedAt = Date.parse('2026-03-23T11:30:00Z');
    const item = (dueAt: string): DueItem => ({
      module: 'authorizations',
      kind: 'authorization',
      recordId: 'a1',
      title: 'a1',
      dueAt,
      dueDate: null,
      link: { route: 'authorization', id: 'a1' },
    });
    const service = new Service((now) => [
      item(now < correctedAt ? '2026-03-23T14:00:00Z' : '2026-03-23T13:00:00Z'),
    ]);
    service.runEvery('2026-03-23T11:00:00Z', '2026-03-23T13:30:00Z');
    expect(service.log).toEqual([
      {
        now: '2026-03-23T11:30:00.000Z',
        fire: [],
        catchUp: ['authorizations:a1:authorization:2026-03-23T13:00:00.000Z:120'],
      },
      {
        now: '2026-03-23T12:30:00.000Z',
        fire: ['authorizations:a1:authorization:2026-03-23T13:00:00.000Z:30'],
        catchUp: [],
      },
    ]);
  });
});

describe('collapsed overdue reminder', () => {
  it('first run: a deadline overdue by more than the largest lead gives one "overdue" reminder, once', () => {
    // Decisions remind 3 days and 1 day before; this one was due 10 March, it is now 20 March.
    const service = new Service(() => [decision('d1', '2026-03-10')]);
    const first = service.run(Date.parse('2026-03-20T08:00:00Z'));
    expect(first.fire).toEqual([]);
    expect(first.catchUp).toEqual<Reminder[]>([
      {
        key: 'decisions:d1:decision:2026-03-10T23:00:00.000Z:overdue',
        item: decision('d1', '2026-03-10'),
        leadMinutes: null,
        at: '2026-03-10T23:00:00.000Z',
        dueInstant: '2026-03-10T23:00:00.000Z',
      },
    ]);
    service.runEvery('2026-03-20T08:01:00Z', '2026-03-25T08:00:00Z', 10);
    expect(service.log).toHaveLength(1);
  });

  it('overdue by less than the largest lead: the latest lead reminder, not "overdue"', () => {
    const service = new Service(() => [decision('d1', '2026-03-18')]); // ended 18 March 23:00Z
    service.run(Date.parse('2026-03-20T08:00:00Z')); // 1 day 9 h late, less than 3 days
    expect(service.log).toEqual([
      {
        now: '2026-03-20T08:00:00.000Z',
        fire: [],
        catchUp: ['decisions:d1:decision:2026-03-18T23:00:00.000Z:1440'],
      },
    ]);
    service.runEvery('2026-03-20T09:00:00Z', '2026-03-30T09:00:00Z', 60);
    expect(service.log).toHaveLength(1); // and no "overdue" later: its last reminder was shown
  });

  it('a deadline whose reminders were all shown while open gets no extra "overdue" reminder', () => {
    const service = new Service(() => [decision('d1', '2026-03-20')]);
    service.runEvery('2026-03-16T00:00:00Z', '2026-03-30T00:00:00Z', 15);
    expect(service.allKeys).toEqual([
      'decisions:d1:decision:2026-03-20T23:00:00.000Z:4320',
      'decisions:d1:decision:2026-03-20T23:00:00.000Z:1440',
    ]);
  });

  it('closed for two weeks after the first reminder: the missed last one becomes one "overdue" catch-up', () => {
    const service = new Service(() => [decision('d1', '2026-03-20')]);
    service.runEvery('2026-03-17T22:00:00Z', '2026-03-18T01:00:00Z', 15); // 3-day reminder shown
    service.run(Date.parse('2026-04-03T08:00:00Z'));
    expect(service.allKeys).toEqual([
      'decisions:d1:decision:2026-03-20T23:00:00.000Z:4320',
      'decisions:d1:decision:2026-03-20T23:00:00.000Z:overdue',
    ]);
  });
});

describe('settings and modules', () => {
  const now = new Date('2026-03-23T10:00:00Z');
  const run = (items: DueItem[], settings: ReminderSettings = SETTINGS) =>
    remindersToFire({
      items,
      settings,
      timeZone: WARSAW,
      now,
      fired: new Set(),
      lastRunAt: '2026-03-23T09:59:00Z',
    });

  it('skips calendar items: events carry their own reminders', () => {
    const event: DueItem = {
      module: 'calendar',
      kind: 'event',
      recordId: 'e1',
      title: 'Sesja',
      dueAt: '2026-03-23T10:30:00Z',
      dueDate: null,
      link: { route: 'calendar' },
    };
    expect(run([event])).toEqual({ fire: [], catchUp: [] });
  });

  it('uses each module’s own lead times, and none when a module’s list is empty', () => {
    const patronage: DueItem = {
      module: 'patronage',
      kind: 'report',
      recordId: 'p1',
      title: 'p1',
      dueAt: null,
      dueDate: '2026-03-30', // ends 30 March 22:00Z: 7 days before = 23 March 22:00Z, not yet
      link: { route: 'patronage', id: 'p1' },
    };
    expect(run([patronage])).toEqual({ fire: [], catchUp: [] });
    const custom = ReminderSettingsSchema.parse({ patronage: [7 * 1440 + 720] }); // 7½ days
    expect(run([patronage], custom).fire.map((r) => r.key)).toEqual([
      'patronage:p1:report:2026-03-30T22:00:00.000Z:10800',
    ]);
    const none = ReminderSettingsSchema.parse({ inquiries: [] });
    expect(run([inquiry('i1', { dueAt: '2026-03-23T11:00:00Z' })], none)).toEqual({ fire: [], catchUp: [] });
  });

  it('a lead of 0 reminds at the deadline itself, live, and is not collapsed into "overdue"', () => {
    const settings = ReminderSettingsSchema.parse({ inquiries: [0] });
    expect(run([inquiry('i1', { dueAt: '2026-03-23T09:59:30Z' })], settings).fire.map((r) => r.key)).toEqual([
      'inquiries:i1:answer:2026-03-23T09:59:30.000Z:0',
    ]);
    const service = new Service(() => [inquiry('i2', { dueAt: '2026-03-23T12:00:30Z' })], settings);
    service.runEvery('2026-03-23T11:00:00Z', '2026-03-23T14:00:00Z');
    expect(service.log).toEqual([
      {
        now: '2026-03-23T12:01:00.000Z',
        fire: ['inquiries:i2:answer:2026-03-23T12:00:30.000Z:0'],
        catchUp: [],
      },
    ]);
  });
});
