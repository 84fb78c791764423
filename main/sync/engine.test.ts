import { afterEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../core/sync/hlc';
import { MAX_CLOCK_DRIFT_MS, type PushRequest } from '../../core/sync/protocol';
import { DEFAULT_AFTER_APPLY_HOOKS } from '../../db/sync-store';
import { createInquiry, listInquiries, transitionInquiry, updateInquiry } from '../services/inquiry-service';
import { sampleInquiry } from '../testing/temp-app';
import { SyncError } from './errors';
import { SyncScheduler, type SyncStatus, type SyncTransport, type Timers } from './engine';
import { changeKeys, serverData, workstationData } from './testing/compare';
import {
  createTestServer,
  createWorkstation,
  type SyncTestServer,
  type Workstation,
  type WorkstationOptions,
} from './testing/harness';

describe('sync engine', () => {
  let server: SyncTestServer;
  const stations: Workstation[] = [];
  afterEach(async () => {
    stations.splice(0).forEach((s) => s.close());
    await server.close();
  });
  const station = async (options: WorkstationOptions = {}) => {
    const ws = await createWorkstation(server, options);
    stations.push(ws);
    return ws;
  };
  const synced = async (...list: Workstation[]) => {
    for (const ws of list) {
      const status = await ws.sync();
      expect(status.lastError).toBeNull();
    }
  };
  const expectConverged = async (...list: Workstation[]) => {
    const feed = await server.feed();
    for (const table of ['inquiries', 'sync_conflicts'] as const) {
      const expected = serverData(feed, table);
      for (const ws of list) expect(workstationData(ws.db, table)).toEqual(expected);
    }
    const keys = feed.map((c) => `${c.hlc}|${c.table}|${c.rowId}|${c.field}`).sort();
    for (const ws of list) {
      expect(changeKeys(ws.db)).toEqual(keys);
      expect(ws.store.pendingCount()).toBe(0);
    }
  };

  it('two workstations converge: created on A, edited on B, found by search on B', async () => {
    server = await createTestServer();
    const a = await station({ userName: 'Anna' });
    const b = await station({ userName: 'Bogdan' });
    a.syncClock();
    const created = createInquiry(a.ctx, sampleInquiry);
    await synced(a, b);
    expect(b.ctx.inquiries.get(created.id)).toMatchObject({
      subject: sampleInquiry.subject,
      regNo: created.regNo,
    });
    server.advance(60_000);
    b.syncClock();
    transitionInquiry(b.ctx, { id: created.id, action: 'start' });
    updateInquiry(b.ctx, { id: created.id, subject: 'Remont Piotrkowskiej: koszty' });
    await synced(b, a);
    await expectConverged(a, b);
    expect(a.ctx.inquiries.get(created.id)).toMatchObject({
      status: 'in_progress',
      subject: 'Remont Piotrkowskiej: koszty',
    });
    expect(listInquiries(b.ctx, { q: 'lodz piotrkowsk' }).items.map((i) => i.id)).toEqual([created.id]);
    expect(listInquiries(a.ctx, { q: 'koszty' }).items.map((i) => i.id)).toEqual([created.id]);
    // A's history shows B's edits with B's user.
    const users = a.db
      .prepare(`SELECT DISTINCT user_name FROM change_log WHERE row_id = ? ORDER BY user_name`)
      .all(created.id);
    expect(users).toEqual([{ user_name: 'Anna' }, { user_name: 'Bogdan' }]);
    // Numbers registered later on B follow the ones that arrived from A.
    b.syncClock();
    expect(createInquiry(b.ctx, sampleInquiry).regNo).not.toBe(created.regNo);
  });

  it('a re-sent batch changes nothing', async () => {
    server = await createTestServer();
    const sent: PushRequest[] = [];
    const a = await station({
      wrap: (t) => ({ push: (req) => (sent.push(req), t.push(req)), pull: (s, l) => t.pull(s, l) }),
    });
    const b = await station();
    a.syncClock();
    createInquiry(a.ctx, sampleInquiry);
    await synced(a, b);
    const before = await server.feed();
    const snapshot = workstationData(b.db, 'inquiries');
    for (const req of [...sent]) {
      const again = await a.transport.push(req);
      expect(again.rejected).toEqual([]);
      expect(again.accepted).toHaveLength(req.changes.length);
    }
    expect(await server.feed()).toEqual(before);
    await synced(b, a);
    expect(workstationData(b.db, 'inquiries')).toEqual(snapshot);
    await expectConverged(a, b);
  });

  it('never shows server values over an unacknowledged local edit; after the acknowledgement the newest wins', async () => {
    server = await createTestServer();
    const a = await station({ userName: 'Anna' });
    let editDuringPull: (() => void) | null = null;
    // B's clock runs 60 s behind: its edit is older than A's although made later.
    const b = await station({
      userName: 'Bogdan',
      skewMs: -60_000,
      wrap: (t) => ({
        push: (req) => t.push(req),
        pull: (s, l) => {
          const edit = editDuringPull;
          editDuringPull = null;
          edit?.();
          return t.pull(s, l);
        },
      }),
    });
    a.syncClock();
    const created = createInquiry(a.ctx, sampleInquiry);
    await synced(a, b);
    server.advance(120_000);
    a.syncClock();
    updateInquiry(a.ctx, { id: created.id, subject: 'Wersja Anny' });
    await synced(a);
    server.advance(1_000);
    // B's user edits the same field while B's sync is between its push and its pull.
    editDuringPull = () => {
      b.syncClock();
      updateInquiry(b.ctx, { id: created.id, subject: 'Wersja Bogdana' });
    };
    await synced(b);
    expect(b.ctx.inquiries.get(created.id)?.subject).toBe('Wersja Bogdana');
    expect(b.store.pendingCount()).toBeGreaterThan(0);
    await synced(b); // acknowledged now: A's edit has the later timestamp and wins
    expect(b.ctx.inquiries.get(created.id)?.subject).toBe('Wersja Anny');
    await synced(a);
    await expectConverged(a, b);
  });

  it('a change the server refuses is reverted locally and listed for the user; it never reaches others', async () => {
    server = await createTestServer();
    const press = await station({ userName: 'Anna', role: 'press' });
    const viewer = await station({ userName: 'Wiktor', role: 'viewer' });
    press.syncClock();
    const created = createInquiry(press.ctx, sampleInquiry);
    await synced(press, viewer);
    viewer.syncClock();
    updateInquiry(viewer.ctx, { id: created.id, subject: 'Poprawka przeglądającego' });
    const own = createInquiry(viewer.ctx, { ...sampleInquiry, subject: 'Zgłoszenie przeglądającego' });
    const status = await viewer.sync();
    expect(status).toMatchObject({ lastError: null, pending: 0, rejected: expect.any(Number) });
    expect(status.rejected).toBeGreaterThan(2);
    expect(viewer.ctx.inquiries.get(created.id)?.subject).toBe(sampleInquiry.subject);
    expect(viewer.ctx.inquiries.get(own.id)).toBeNull();
    expect(listInquiries(viewer.ctx, { q: 'przegladajacego' }).total).toBe(0);
    expect(viewer.store.rejectedChanges()).toContainEqual(
      expect.objectContaining({ rowId: created.id, field: 'subject', code: 'FORBIDDEN' }),
    );
    await synced(press);
    expect(press.ctx.inquiries.get(own.id)).toBeNull();
    await expectConverged(press, viewer);
  });

  it('creates records from placeholders when their fields arrive over several pages', async () => {
    server = await createTestServer();
    const a = await station();
    const seen: Record<string, unknown>[] = [];
    let id = '';
    const b = await station({
      pullLimit: 5,
      wrap: (t) => ({
        push: (req) => t.push(req),
        pull: (s, l) => {
          const row = b.db.prepare('SELECT * FROM inquiries WHERE id = ?').get(id) as Record<string, unknown>;
          if (row) seen.push(row);
          return t.pull(s, l);
        },
      }),
    });
    a.syncClock();
    id = createInquiry(a.ctx, sampleInquiry).id;
    await synced(a, b);
    expect(seen.length).toBeGreaterThan(3);
    // Part-way, the record existed with the schema's placeholders for the fields still to come.
    expect(seen[0]).toMatchObject({
      journalist_name: sampleInquiry.journalistName,
      subject: '',
      question: '',
    });
    expect(seen.at(-1)).toMatchObject({ subject: sampleInquiry.subject });
    await expectConverged(a, b);
    expect(listInquiries(b.ctx, { q: 'piotrkowskiej' }).total).toBe(1);
  });

  it('a failure while applying a page leaves its data and the cursor as they were; the next sync resumes', async () => {
    server = await createTestServer();
    const a = await station();
    let failures = 1;
    let pages = 0;
    const b = await station({
      pullLimit: 10,
      hooks: {
        inquiries: (db, ids) => {
          if (++pages === 2 && failures-- > 0) throw new Error('power cut');
          DEFAULT_AFTER_APPLY_HOOKS.inquiries!(db, ids);
        },
      },
    });
    a.syncClock();
    createInquiry(a.ctx, sampleInquiry);
    await synced(a);
    const status = await b.sync();
    expect(status.lastError).toEqual({ code: 'INTERNAL', params: { message: 'power cut' } });
    expect(b.store.cursor()).toBe(10);
    expect(b.db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 10 });
    await synced(b);
    await expectConverged(a, b);
  });

  it('refuses changes from a peer whose clock runs too far ahead, with a clear error, and takes them once time catches up', async () => {
    server = await createTestServer();
    const fake = server.fake;
    if (!fake) return; // a real server refuses such a peer itself
    const a = await station();
    const b = await station();
    a.syncClock();
    const created = createInquiry(a.ctx, sampleInquiry);
    await synced(a);
    const ahead = server.now() + MAX_CLOCK_DRIFT_MS + 10 * 60_000;
    fake.inject({
      hlc: encodeHlc({ wallMs: ahead, counter: 0, deviceId: 'wild-clock' }),
      deviceId: 'wild-clock',
      userName: 'Zegar',
      table: 'inquiries',
      rowId: created.id,
      field: 'subject',
      value: 'Z przyszłości',
      op: 'update',
      baseHlc: null,
    });
    const cursorOfGood = fake.log.length - 1;
    const status = await b.sync();
    expect(status.lastError).toEqual({ code: 'CLOCK_DRIFT', params: { seconds: 900, source: 'peer' } });
    expect(status.online).toBe(true);
    expect(b.store.cursor()).toBe(cursorOfGood);
    expect(b.ctx.inquiries.get(created.id)?.subject).toBe(sampleInquiry.subject);
    expect(status.lastSyncAt).toBeNull();
    server.advance(20 * 60_000);
    await synced(b);
    expect(b.ctx.inquiries.get(created.id)?.subject).toBe('Z przyszłości');
  });

  it('keeps a change the server refuses for clock drift pending, and sends it again later', async () => {
    server = await createTestServer();
    const fast = await station({ skewMs: MAX_CLOCK_DRIFT_MS + 60_000 });
    fast.syncClock();
    createInquiry(fast.ctx, sampleInquiry);
    const pending = fast.store.pendingCount();
    const status = await fast.sync();
    expect(status.lastError).toMatchObject({ code: 'CLOCK_DRIFT', params: { source: 'local' } });
    expect(status.pending).toBe(pending);
    expect(status.rejected).toBe(0);
    server.advance(2 * MAX_CLOCK_DRIFT_MS);
    await synced(fast);
    expect(fast.store.pendingCount()).toBe(0);
  });

  it('concurrent edits of a legal field become a conflict every workstation shows, with both values and authors', async () => {
    server = await createTestServer();
    const a = await station({ userName: 'Anna' });
    const b = await station({ userName: 'Bogdan' });
    a.syncClock();
    const created = createInquiry(a.ctx, sampleInquiry);
    await synced(a, b);
    server.advance(1000);
    a.syncClock();
    transitionInquiry(a.ctx, { id: created.id, action: 'start' });
    server.advance(1000);
    b.syncClock();
    transitionInquiry(b.ctx, {
      id: created.id,
      action: 'refuse',
      reason: 'Informacja przetworzona',
      legalBasis: 'art. 3 ust. 1 pkt 1',
      decidedAt: new Date(server.now()).toISOString(),
    });
    await synced(a, b, a);
    await expectConverged(a, b);
    for (const ws of [a, b]) {
      const conflicts = ws.store.openConflicts({ table: 'inquiries', rowId: created.id });
      expect(conflicts).toContainEqual(
        expect.objectContaining({
          field: 'status',
          winner: expect.objectContaining({ value: 'refused', userName: b.login }),
          loser: expect.objectContaining({ value: 'in_progress', userName: a.login }),
        }),
      );
      expect(ws.engine.status().conflicts).toBe(conflicts.length);
      expect(ws.ctx.inquiries.get(created.id)?.status).toBe('refused');
    }
  });

  it('a conflict is resolved by an edit made on top of the newest value (picking a value)', async () => {
    server = await createTestServer();
    const a = await station({ userName: 'Anna' });
    const b = await station({ userName: 'Bogdan' });
    a.syncClock();
    const created = createInquiry(a.ctx, sampleInquiry);
    await synced(a, b);
    server.advance(1000);
    a.syncClock();
    updateInquiry(a.ctx, { id: created.id, receivedAt: '2025-12-11T09:00:00Z' });
    server.advance(1000);
    b.syncClock();
    updateInquiry(b.ctx, { id: created.id, receivedAt: '2025-12-12T09:00:00Z' });
    await synced(a, b, a);
    const [conflict] = a.store
      .openConflicts({ rowId: created.id, table: 'inquiries' })
      .filter((c) => c.field === 'received_at');
    expect(conflict).toMatchObject({
      winner: { value: '2025-12-12T09:00:00.000Z', userName: b.login },
      loser: { value: '2025-12-11T09:00:00.000Z', userName: a.login },
    });
    // Anna reviews it and picks her value: an ordinary edit, based on the value she now sees.
    server.advance(1000);
    a.syncClock();
    updateInquiry(a.ctx, { id: created.id, receivedAt: conflict!.loser.value as string });
    await synced(a, b);
    for (const ws of [a, b]) {
      expect(ws.store.openConflicts().filter((c) => c.field === 'received_at')).toEqual([]);
      expect(ws.ctx.inquiries.get(created.id)?.receivedAt).toBe('2025-12-11T09:00:00.000Z');
    }
    await expectConverged(a, b);
  });

  it('reports its status: offline, pending changes, last successful sync', async () => {
    server = await createTestServer();
    let online = false;
    const a = await station({
      wrap: (t): SyncTransport => ({
        push: (req) => (online ? t.push(req) : Promise.reject(new SyncError('OFFLINE'))),
        pull: (s, l) => t.pull(s, l),
      }),
    });
    a.syncClock();
    createInquiry(a.ctx, sampleInquiry);
    const statuses: SyncStatus[] = [];
    a.engine.subscribe((s) => statuses.push(s));
    const offline = await a.sync();
    expect(offline).toMatchObject({
      online: false,
      syncing: false,
      lastSyncAt: null,
      conflicts: 0,
      rejected: 0,
    });
    expect(offline.pending).toBeGreaterThan(0);
    expect(offline.lastError?.code).toBe('OFFLINE');
    expect(statuses.map((s) => s.syncing)).toEqual([true, false]);
    a.engine.setTransport(null);
    expect(await a.sync()).toMatchObject({ online: false, lastError: { code: 'NOT_LOGGED_IN', params: {} } });
    a.engine.setTransport(a.transport);
    online = true;
    const ok = await a.sync();
    expect(ok).toMatchObject({
      online: true,
      pending: 0,
      lastError: null,
      lastSyncAt: new Date(server.now()).toISOString(),
    });
  });

  it('runs one sync at a time and uploads queued attachments before pushing', async () => {
    server = await createTestServer();
    const order: string[] = [];
    const a = await station({
      wrap: (t) => ({ push: (req) => (order.push('push'), t.push(req)), pull: (s, l) => t.pull(s, l) }),
    });
    a.engine.setTransport(a.transport, {
      uploadBlob: async (blob, progress) => {
        order.push(`blob ${blob.sha256.slice(0, 4)}`);
        progress(blob.size);
      },
    });
    a.syncClock();
    a.store.queueBlob({ sha256: 'ab'.repeat(32), path: '/nowhere', size: 3 }, 'x');
    createInquiry(a.ctx, sampleInquiry);
    const [first, second] = await Promise.all([a.engine.syncOnce(), a.engine.syncOnce()]);
    expect(first).toBe(second);
    expect(order).toEqual(['blob abab', 'push']);
    expect(a.store.pendingBlobs()).toEqual([]);
  });
});

describe('sync scheduler', () => {
  function manualTimers() {
    let now = 0;
    let nextId = 1;
    const pending = new Map<number, { at: number; fn: () => void }>();
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        const id = nextId++;
        pending.set(id, { at: now + ms, fn });
        return id;
      },
      clearTimeout: (id) => pending.delete(id as number),
    };
    const advance = async (ms: number) => {
      const until = now + ms;
      for (;;) {
        for (let i = 0; i < 10; i++) await Promise.resolve();
        const due = [...pending.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((x, y) => x[1].at - y[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        for (let i = 0; i < 5; i++) await Promise.resolve();
      }
      now = until;
    };
    return { timers, advance, now: () => now };
  }
  const ok: SyncStatus = {
    online: true,
    syncing: false,
    lastSyncAt: null,
    pending: 0,
    lastError: null,
    rejected: 0,
    conflicts: 0,
  };

  it('syncs at start, on an interval, soon after local changes (debounced), and at once on reconnect', async () => {
    const t = manualTimers();
    const runs: number[] = [];
    const scheduler = new SyncScheduler(async () => (runs.push(t.now()), ok), {
      intervalMs: 60_000,
      debounceMs: 2_000,
      maxDelayMs: 5_000,
      timers: t.timers,
      now: t.now,
    });
    scheduler.start();
    await t.advance(0);
    expect(runs).toEqual([0]);
    await t.advance(60_000);
    expect(runs).toEqual([0, 60_000]);
    scheduler.localChange();
    await t.advance(1_000);
    scheduler.localChange();
    await t.advance(1_500);
    expect(runs).toEqual([0, 60_000]);
    await t.advance(500);
    expect(runs).toEqual([0, 60_000, 63_000]);
    // A steady stream of changes is still synced within maxDelayMs.
    for (let i = 0; i < 8; i++) {
      scheduler.localChange();
      await t.advance(1_000);
    }
    expect(runs).toEqual([0, 60_000, 63_000, 68_000]);
    scheduler.online();
    await t.advance(0);
    expect(runs.at(-1)).toBe(71_000);
    scheduler.stop();
    await t.advance(600_000);
    expect(runs).toHaveLength(5);
  });

  it('waits as long as the server asks after a rate limit, and runs again after a run asked for meanwhile', async () => {
    const t = manualTimers();
    const runs: number[] = [];
    let release: (() => void) | null = null;
    let limited = true;
    const scheduler = new SyncScheduler(
      async () => {
        runs.push(t.now());
        if (runs.length === 2) await new Promise<void>((r) => (release = r));
        const status: SyncStatus = limited
          ? { ...ok, lastError: { code: 'RATE_LIMITED', params: { retryAfterSeconds: 300 } } }
          : ok;
        limited = false;
        return status;
      },
      { intervalMs: 60_000, timers: t.timers, now: t.now },
    );
    scheduler.start();
    await t.advance(0);
    await t.advance(299_000);
    expect(runs).toEqual([0]);
    await t.advance(1_000);
    expect(runs).toEqual([0, 300_000]);
    scheduler.online(); // while the second run is still going
    await t.advance(0);
    expect(runs).toHaveLength(2);
    (release as unknown as () => void)();
    await t.advance(0);
    expect(runs).toEqual([0, 300_000, 300_000]);
    scheduler.stop();
  });
});
