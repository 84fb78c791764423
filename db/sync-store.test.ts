import { afterEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../core/sync/hlc';
import { MAX_CLOCK_DRIFT_MS, changeKey, type ServerChange } from '../core/sync/protocol';
import { SYNCED_SCHEMA } from '../core/sync/schema';
import { createInquiry, updateInquiry } from '../main/services/inquiry-service';
import { sampleInquiry, tempApp } from '../main/testing/temp-app';
import { SyncStore } from './sync-store';
import { WritePath } from './write-path';

const T0 = Date.parse('2026-11-23T09:00:00Z');

describe('sync store', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  let serverSeq = 0;
  const peerHlc = (wallMs: number, counter = 0, deviceId = 'peer-1') =>
    encodeHlc({ wallMs, counter, deviceId });
  const remote = (
    over: Partial<ServerChange> & Pick<ServerChange, 'rowId' | 'field' | 'value'>,
  ): ServerChange => ({
    hlc: peerHlc(T0 + 60_000),
    deviceId: 'peer-1',
    userName: 'Bob Peer',
    table: 'inquiries',
    op: 'update',
    baseHlc: null,
    serverSeq: ++serverSeq,
    acceptedUser: 'bob',
    acceptedAt: new Date(T0).toISOString(),
    ...over,
  });
  const apply = (store: SyncStore, changes: ServerChange[], nowMs = T0 + 120_000) =>
    store.applyRemote({
      since: store.cursor(),
      changes,
      cursor: changes.at(-1)?.serverSeq ?? store.cursor(),
      nowMs,
      deviceId: app.ctx.deviceId,
      maxDriftMs: MAX_CLOCK_DRIFT_MS,
    });
  const row = (id: string) =>
    app.db.prepare('SELECT * FROM inquiries WHERE id = ?').get(id) as Record<string, unknown>;
  const logCount = () => (app.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const search = (q: string) =>
    app.db.prepare('SELECT inquiry_id FROM inquiries_fts WHERE inquiries_fts MATCH ?').all(q) as {
      inquiry_id: string;
    }[];

  it('lists pending changes as protocol changes in the order they were made, with what the editor saw', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const created = createInquiry(app.ctx, sampleInquiry);
    updateInquiry(app.ctx, { id: created.id, subject: 'Nowy temat' });
    const pending = store.pendingChanges(1000);
    expect(store.pendingCount()).toBe(pending.length);
    const insertOfSubject = pending.find((c) => c.field === 'subject' && c.op === 'insert')!;
    const update = pending.at(-1)!;
    expect(update).toMatchObject({ field: 'subject', value: 'Nowy temat', op: 'update', table: 'inquiries' });
    expect(update.baseHlc).toBe(insertOfSubject.hlc);
    expect(insertOfSubject.baseHlc).toBeNull();
    expect(store.pendingChanges(3)).toHaveLength(3);
  });

  it('acknowledged changes are no longer pending', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    createInquiry(app.ctx, sampleInquiry);
    const pending = store.pendingChanges(1000);
    store.recordPushResult({ accepted: pending.map(changeKey), rejected: [] }, new Date(T0).toISOString());
    expect(store.pendingCount()).toBe(0);
  });

  it('a refused edit is reverted to the newest remaining value and listed for the user', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const created = createInquiry(app.ctx, sampleInquiry);
    store.recordPushResult({ accepted: store.pendingChanges(1000).map(changeKey), rejected: [] }, 'x');
    updateLocal(app, created.id, { subject: 'Zakazany temat' });
    const [edit] = store.pendingChanges(10);
    const result = store.recordPushResult(
      { accepted: [], rejected: [{ key: changeKey(edit!), code: 'FORBIDDEN', message: 'viewer inquiries' }] },
      'x',
    );
    expect(result.changed).toEqual({ inquiries: [created.id] });
    expect(row(created.id).subject).toBe(sampleInquiry.subject);
    expect(search('zakazany')).toHaveLength(0);
    expect(store.pendingCount()).toBe(0);
    expect(store.rejectedChanges()).toEqual([
      expect.objectContaining({
        table: 'inquiries',
        rowId: created.id,
        field: 'subject',
        value: 'Zakazany temat',
        code: 'FORBIDDEN',
        message: 'viewer inquiries',
        userName: 'Anna',
      }),
    ]);
    expect(store.rejectedCount()).toBe(1);
    store.acknowledgeRejected();
    expect(store.rejectedCount()).toBe(0);
    expect(store.rejectedChanges()).toHaveLength(1);
  });

  it('a record whose every change was refused is tombstoned locally, without a change of its own', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const created = createInquiry(app.ctx, sampleInquiry);
    const before = logCount();
    const pending = store.pendingChanges(1000);
    store.recordPushResult(
      {
        accepted: [],
        rejected: pending.map((c) => ({ key: changeKey(c), code: 'FORBIDDEN' as const, message: '' })),
      },
      'x',
    );
    expect(row(created.id).deleted).toBe(1);
    expect(app.ctx.inquiries.get(created.id)).toBeNull();
    expect(logCount()).toBe(before);
    expect(store.pendingCount()).toBe(0);
  });

  it('creates a record from placeholders when its first remote fields arrive, and fills it later', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const rowId = 'remote-row-1';
    const first = apply(store, [
      remote({ rowId, field: 'subject', value: 'Budżet obywatelski', op: 'insert' }),
    ]);
    expect(first).toMatchObject({ stale: false, inserted: 1, changed: { inquiries: [rowId] } });
    const placeholders = Object.fromEntries(
      Object.entries(SYNCED_SCHEMA.inquiries.columns)
        .filter(([, c]) => 'placeholder' in c)
        .map(([name, c]) => [name, (c as { placeholder: string | number }).placeholder]),
    );
    expect(row(rowId)).toMatchObject({ ...placeholders, subject: 'Budżet obywatelski', due_at: null });
    apply(store, [
      remote({ rowId, field: 'journalist_name', value: 'Jan Nowak', op: 'insert' }),
      remote({ rowId, field: 'status', value: 'in_progress', op: 'insert' }),
    ]);
    expect(row(rowId)).toMatchObject({
      subject: 'Budżet obywatelski',
      journalist_name: 'Jan Nowak',
      status: 'in_progress',
    });
    expect(search('budzet')).toEqual([{ inquiry_id: rowId }]);
    expect(store.cursor()).toBe(serverSeq);
    // The remote edits are part of the record's history, with their author.
    expect(app.db.prepare('SELECT DISTINCT user_name FROM change_log WHERE row_id = ?').all(rowId)).toEqual([
      { user_name: 'Bob Peer' },
    ]);
  });

  it('a calendar event from another workstation appears in the views that cover it', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const rowId = 'remote-event-1';
    const fields: Record<string, unknown> = {
      calendar_id: 'mayor',
      title: 'Sesja Rady Miasta',
      start_at: '2026-03-10T10:00:00+01:00',
      end_at: '2026-03-10T14:00:00+01:00',
      time_zone: 'Europe/Warsaw',
      rrule: 'FREQ=WEEKLY;COUNT=2',
    };
    apply(
      store,
      Object.entries(fields).map(([field, value]) =>
        remote({ table: 'calendar_events', rowId, field, value: value as string, op: 'insert' }),
      ),
    );
    const inRange = (from: string, to: string) =>
      app.ctx.calendar.inRange(Date.parse(from), Date.parse(to)).map((e) => e.id);
    expect(inRange('2026-03-16T00:00:00+01:00', '2026-03-18T00:00:00+01:00')).toEqual([rowId]);
    expect(inRange('2026-03-18T00:00:00+01:00', '2026-04-18T00:00:00+02:00')).toEqual([]);
  });

  it('applying the same changes again changes nothing', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const page = [
      remote({ rowId: 'r', field: 'subject', value: 'A', op: 'insert' }),
      remote({ rowId: 'r', field: 'question', value: 'B', op: 'insert' }),
    ];
    apply(store, page);
    const snapshot = { row: row('r'), log: logCount() };
    const again = apply(
      store,
      page.map((c) => ({ ...c, serverSeq: ++serverSeq })),
    );
    expect(again).toMatchObject({ inserted: 0, changed: {} });
    expect({ row: row('r'), log: logCount() }).toEqual(snapshot);
  });

  it('last writer wins by hlc, whatever order the changes arrive in', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    apply(store, [
      remote({ rowId: 'r', field: 'subject', value: 'newer', hlc: peerHlc(T0 + 5000, 0, 'peer-2') }),
      remote({ rowId: 'r', field: 'subject', value: 'older', hlc: peerHlc(T0 + 4000, 3, 'peer-1') }),
    ]);
    expect(row('r').subject).toBe('newer');
  });

  it('never overwrites a local edit the server has not acknowledged; after the acknowledgement the newest wins', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const created = createInquiry(app.ctx, sampleInquiry);
    store.recordPushResult({ accepted: store.pendingChanges(1000).map(changeKey), rejected: [] }, 'x');
    updateInquiry(app.ctx, { id: created.id, subject: 'Lokalny' });
    const local = store.pendingChanges(10).find((c) => c.field === 'subject');
    // A peer's later edit of the same field, and of another field.
    apply(
      store,
      [
        remote({ rowId: created.id, field: 'subject', value: 'Zdalny', hlc: peerHlc(T0 + 3_600_000) }),
        remote({ rowId: created.id, field: 'question', value: 'Ile?', hlc: peerHlc(T0 + 3_600_000) }),
      ],
      T0 + 3_600_000,
    );
    expect(row(created.id)).toMatchObject({ subject: 'Lokalny', question: 'Ile?' });
    store.recordPushResult({ accepted: [changeKey(local!)], rejected: [] }, 'x');
    expect(row(created.id).subject).toBe('Zdalny');
    expect(search('zdalny')).toEqual([{ inquiry_id: created.id }]);
  });

  it('a local edit made after seeing a remote value wins over it, and records it as its base', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const remoteHlc = peerHlc(T0 + 60_000);
    apply(
      store,
      [remote({ rowId: 'r', field: 'subject', value: 'Zdalny', op: 'insert', hlc: remoteHlc })],
      T0,
    );
    // The local clock is behind the peer's; the merged clock still orders the local edit after it.
    updateLocal(app, 'r', { subject: 'Lokalny' });
    const [edit] = store.pendingChanges(10);
    expect(edit!.baseHlc).toBe(remoteHlc);
    expect(edit!.hlc > remoteHlc).toBe(true);
  });

  it('applies a page and its cursor atomically: a failure mid-way leaves neither', () => {
    app = tempApp();
    const failing = new SyncStore(app.db, {
      hooks: {
        inquiries: () => {
          throw new Error('power cut');
        },
      },
    });
    const before = { log: logCount(), cursor: failing.cursor() };
    expect(() =>
      apply(failing, [remote({ rowId: 'r', field: 'subject', value: 'A', op: 'insert' })]),
    ).toThrow('power cut');
    expect({ log: logCount(), cursor: failing.cursor() }).toEqual(before);
    expect(app.db.prepare('SELECT count(*) AS n FROM inquiries').get()).toEqual({ n: 0 });
  });

  it('ignores a page requested for another cursor', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    apply(store, [remote({ rowId: 'r', field: 'subject', value: 'A', op: 'insert' })]);
    const stale = store.applyRemote({
      since: 0,
      changes: [remote({ rowId: 'r', field: 'subject', value: 'B', hlc: peerHlc(T0 + 90_000) })],
      cursor: 99,
      nowMs: T0,
      deviceId: app.ctx.deviceId,
      maxDriftMs: MAX_CLOCK_DRIFT_MS,
    });
    expect(stale.stale).toBe(true);
    expect(row('r').subject).toBe('A');
    expect(store.cursor()).toBe(serverSeq - 1);
  });

  it('marks its own change coming back from the server as synced (the acknowledgement was lost)', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    createInquiry(app.ctx, sampleInquiry);
    const pending = store.pendingChanges(1000);
    const result = apply(
      store,
      pending.map((c) => ({ ...c, serverSeq: ++serverSeq, acceptedUser: 'anna', acceptedAt: 'x' })),
    );
    expect(result.inserted).toBe(0);
    expect(store.pendingCount()).toBe(0);
    expect(app.db.prepare('SELECT count(*) AS n FROM change_log WHERE server_seq IS NULL').get()).toEqual({
      n: 0,
    });
  });

  it('refuses a remote timestamp too far ahead, and skips values that do not fit their column', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    expect(() =>
      apply(store, [remote({ rowId: 'r', field: 'subject', value: 'A', hlc: peerHlc(T0 + 3_600_000) })], T0),
    ).toThrow(/ahead/);
    expect(store.cursor()).toBe(0);
    const result = apply(store, [
      remote({ rowId: 'r', field: 'reg_seq', value: 'not a number', op: 'insert' }),
      remote({ rowId: 'r', field: 'subject', value: 'A', op: 'insert' }),
      remote({
        rowId: 'x',
        table: 'decisions_v9',
        field: 'text',
        value: 'from a newer server',
        op: 'insert',
      }),
    ]);
    expect(result).toMatchObject({ skipped: 1, inserted: 2 });
    expect(row('r')).toMatchObject({ reg_seq: 0, subject: 'A' });
    expect(store.cursor()).toBe(serverSeq);
  });

  it('leaves out a value the table refuses instead of blocking sync for good', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    apply(store, [
      remote({ rowId: 'r', field: 'subject', value: 'A', op: 'insert' }),
      remote({ rowId: 'r', field: 'jurisdiction', value: 'DE', op: 'insert' }),
    ]);
    expect(row('r')).toMatchObject({ subject: 'A', jurisdiction: 'PL' });
    apply(store, [
      remote({ rowId: 'r', field: 'question', value: 'Q', hlc: peerHlc(T0 + 70_000) }),
      remote({ rowId: 'r', field: 'jurisdiction', value: 'XX', hlc: peerHlc(T0 + 70_000) }),
    ]);
    expect(row('r')).toMatchObject({ question: 'Q', jurisdiction: 'PL' });
    expect(store.cursor()).toBe(serverSeq);
  });

  it('lists open conflicts with both values, who and when', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const winnerHlc = peerHlc(T0 + 2000, 0, 'peer-2');
    const loserHlc = peerHlc(T0 + 1000, 0, 'peer-1');
    const fields = {
      table_name: 'inquiries',
      row_id: 'r',
      field: 'status',
      winner_value: JSON.stringify('answered'),
      winner_hlc: winnerHlc,
      winner_user: 'Ewa',
      loser_value: JSON.stringify('refused'),
      loser_hlc: loserHlc,
      loser_user: 'Bob',
      detected_at: '2026-11-23T09:05:00.000Z',
    };
    const hlc = encodeHlc({ wallMs: T0 + 3000, counter: 0, deviceId: 'server' });
    apply(
      store,
      Object.entries(fields).map(([field, value]) =>
        remote({ table: 'sync_conflicts', rowId: 'c1', field, value, hlc, deviceId: 'server', op: 'insert' }),
      ),
    );
    expect(store.openConflictCount()).toBe(1);
    expect(store.openConflicts({ table: 'inquiries', rowId: 'r' })).toEqual([
      {
        id: 'c1',
        table: 'inquiries',
        rowId: 'r',
        field: 'status',
        winner: { value: 'answered', hlc: winnerHlc, userName: 'Ewa', at: new Date(T0 + 2000).toISOString() },
        loser: { value: 'refused', hlc: loserHlc, userName: 'Bob', at: new Date(T0 + 1000).toISOString() },
        detectedAt: '2026-11-23T09:05:00.000Z',
      },
    ]);
    apply(store, [
      remote({
        table: 'sync_conflicts',
        rowId: 'c1',
        field: 'resolved_at',
        value: 'x',
        hlc: peerHlc(T0 + 9000, 0, 'server'),
      }),
    ]);
    expect(store.openConflictCount()).toBe(0);
  });

  it('keeps the queue of blobs to upload with the bytes already sent', () => {
    app = tempApp();
    const store = new SyncStore(app.db);
    const sha = 'a'.repeat(64);
    store.queueBlob({ sha256: sha, path: '/tmp/x', size: 10 }, 'x');
    store.queueBlob({ sha256: sha, path: '/tmp/x', size: 10 }, 'x');
    store.setBlobProgress(sha, 4);
    expect(store.pendingBlobs()).toEqual([{ sha256: sha, path: '/tmp/x', size: 10, uploaded: 4 }]);
    store.markBlobUploaded(sha, 'y');
    expect(store.pendingBlobs()).toEqual([]);
  });
});

function updateLocal(app: ReturnType<typeof tempApp>, id: string, patch: Record<string, string>): void {
  // Through the one write path, as a repository would.
  app.db.transaction(() =>
    new WritePath(app.db, () => ({ deviceId: app.ctx.deviceId, userName: 'Anna' }), app.ctx.clock).update(
      'inquiries',
      id,
      patch,
    ),
  )();
}
