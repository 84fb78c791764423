import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { InquiryTransition } from '../../core/inquiries/schema';
import { changeKey, type ServerChange } from '../../core/sync/protocol';
import { SYNCED_SCHEMA, isLegalField, isSyncedTable } from '../../core/sync/schema';
import { foldForSearch } from '../../core/text/fold';
import { rowToInquiry, searchableText } from '../../db/repositories/inquiry-row';
import { createInquiry, transitionInquiry, updateInquiry } from '../services/inquiry-service';
import { sampleInquiry } from '../testing/temp-app';
import { changeKeys, serverData, workstationData } from './testing/compare';
import { FaultyNetwork, prng } from './testing/faulty-network';
import {
  createTestServer,
  createWorkstation,
  type SyncTestServer,
  type Workstation,
} from './testing/harness';

/**
 * Several workstations edit the same inquiries through the real services, go offline, and sync over a
 * network that drops, duplicates, delays and reorders messages. After everything is delivered and
 * synced, all of them and the server hold the same data, nothing acknowledged was lost, and every
 * edit of a legal field that nobody built on and that did not win is shown in a conflict.
 *
 * PRESSDESK_PROPERTY_RUNS sets the number of runs (default 200); PRESSDESK_PROPERTY_SEED replays one.
 */
const RUNS = Number(process.env.PRESSDESK_PROPERTY_RUNS ?? 200);
const SEED = process.env.PRESSDESK_PROPERTY_SEED ? Number(process.env.PRESSDESK_PROPERTY_SEED) : undefined;

type Action = 'start' | 'extend' | 'pause' | 'resume' | 'answer' | 'refuse' | 'forward' | 'withdraw';
type Op =
  | { kind: 'create'; ws: number; n: number }
  | { kind: 'edit'; ws: number; pick: number; field: 'subject' | 'journalistName' | 'receivedAt'; n: number }
  | { kind: 'transition'; ws: number; pick: number; action: Action; n: number }
  | { kind: 'delete'; ws: number; pick: number }
  | { kind: 'sync'; ws: number }
  | { kind: 'toggleOnline'; ws: number }
  | { kind: 'deliver' }
  | { kind: 'tick'; ms: number };

const ws = fc.integer({ min: 0, max: 4 });
const pick = fc.nat({ max: 20 });
const n = fc.nat({ max: 5 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), ws, n }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      ws,
      pick,
      field: fc.constantFrom('subject' as const, 'journalistName' as const, 'receivedAt' as const),
      n,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      ws,
      pick,
      action: fc.constantFrom<Action>(
        'start',
        'extend',
        'pause',
        'resume',
        'answer',
        'refuse',
        'forward',
        'withdraw',
      ),
      n,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), ws, pick }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('sync' as const), ws }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggleOnline' as const), ws }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deliver' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 5_000 }) }),
  },
);

const scenario = fc.record({
  stations: fc.integer({ min: 3, max: 5 }),
  /** The last workstation logs in as a viewer: everything it writes is refused and reverted. */
  viewer: fc.boolean(),
  skews: fc.array(fc.integer({ min: -20_000, max: 20_000 }), { minLength: 5, maxLength: 5 }),
  faultRate: fc.constantFrom(0, 0.25, 0.5),
  networkSeed: fc.integer(),
  /** Inquiries registered on the first workstation and synced everywhere before the random part. */
  shared: fc.integer({ min: 0, max: 3 }),
  ops: fc.array(op, { minLength: 5, maxLength: 30 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const RECEIVED = ['2026-11-16T08:30:00Z', '2026-11-18T12:00:00Z', '2026-11-20T15:45:00Z'];

interface Acked {
  key: string;
  hlc: string;
  table: string;
  rowId: string;
  field: string;
}

async function run(s: Scenario): Promise<void> {
  const server = await createTestServer();
  const network = new FaultyNetwork(prng(s.networkSeed), s.faultRate);
  const stations: (Workstation & { link: { online: boolean } })[] = [];
  const acked = new Map<string, Acked>();
  try {
    for (let i = 0; i < s.stations; i++) {
      let link: ReturnType<FaultyNetwork['wrap']> | null = null;
      const station = await createWorkstation(server, {
        userName: `User ${i}`,
        role: s.viewer && i === s.stations - 1 ? 'viewer' : 'press',
        skewMs: s.skews[i] ?? 0,
        pullLimit: 40,
        pushBatch: 25,
        fast: true,
        wrap: (t) => (link = network.wrap(t)),
      });
      stations.push(Object.assign(station, { link: link as unknown as { online: boolean } }));
    }
    const recordAcks = (w: Workstation) => {
      const rows = w.db
        .prepare(
          `SELECT hlc, table_name, row_id, field FROM change_log WHERE device_id = ? AND synced_at IS NOT NULL`,
        )
        .all(w.deviceId) as { hlc: string; table_name: string; row_id: string; field: string }[];
      for (const r of rows) {
        const a = { hlc: r.hlc, table: r.table_name, rowId: r.row_id, field: r.field };
        acked.set(changeKey(a), { key: changeKey(a), ...a });
      }
    };

    const first = stations[0] as Workstation;
    first.syncClock();
    for (let i = 0; i < s.shared; i++) edit(first, { kind: 'create', ws: 0, n: i }, server);
    for (const w of [first, ...stations]) {
      const rate = network.faultRate;
      network.faultRate = 0;
      await w.sync();
      network.faultRate = rate;
    }

    for (const o of s.ops) {
      server.advance(50);
      if (o.kind === 'tick') {
        server.advance(o.ms);
        continue;
      }
      if (o.kind === 'deliver') {
        await network.deliver();
        continue;
      }
      const w = stations[o.ws % stations.length] as (typeof stations)[number];
      w.syncClock();
      if (o.kind === 'sync') {
        await w.engine.syncOnce();
        recordAcks(w);
      } else if (o.kind === 'toggleOnline') {
        w.link.online = !w.link.online;
      } else {
        edit(w, o, server);
      }
    }

    // Everything comes back online, the held-back messages arrive, and everybody syncs until quiet.
    network.faultRate = 0;
    for (const w of stations) w.link.online = true;
    await network.deliver(true);
    for (let round = 0; round < 3; round++) {
      for (const w of stations) {
        server.advance(10);
        const status = await w.sync();
        expect(status.lastError).toBeNull();
        recordAcks(w);
      }
    }
    await check(server, stations, acked);
  } finally {
    for (const w of stations) w.close();
    await server.close();
  }
}

function edit(
  w: Workstation,
  o: Exclude<Op, { kind: 'sync' | 'toggleOnline' | 'deliver' | 'tick' }>,
  server: SyncTestServer,
) {
  const now = new Date(server.now()).toISOString();
  const ids = (
    w.db.prepare(`SELECT id FROM inquiries WHERE deleted = 0 ORDER BY id`).all() as { id: string }[]
  ).map((r) => r.id);
  const target = 'pick' in o && ids.length > 0 ? (ids[o.pick % ids.length] as string) : null;
  try {
    switch (o.kind) {
      case 'create':
        createInquiry(w.ctx, {
          ...sampleInquiry,
          subject: `Temat ${o.n}`,
          receivedAt: RECEIVED[o.n % 3] as string,
        });
        return;
      case 'edit':
        if (!target) return;
        if (o.field === 'receivedAt')
          updateInquiry(w.ctx, { id: target, receivedAt: RECEIVED[o.n % 3] as string });
        else updateInquiry(w.ctx, { id: target, [o.field]: `${o.field} ${w.userName} ${o.n}` });
        return;
      case 'transition':
        if (!target) return;
        transitionInquiry(w.ctx, transition(target, o.action, o.n, now));
        return;
      case 'delete':
        if (!target) return;
        w.db.transaction(() => w.writes.tombstone('inquiries', target)).immediate();
        return;
    }
  } catch (error) {
    // Illegal transitions, deadlines out of range etc. are refused by the services and write nothing.
    if (!(error instanceof AppError)) throw error;
  }
}

function transition(id: string, action: Action, n: number, now: string): InquiryTransition {
  switch (action) {
    case 'start':
      return { id, action };
    case 'extend':
      return {
        id,
        action,
        newDueDate: `2026-12-${String(10 + n).padStart(2, '0')}`,
        reason: `Powód ${n}`,
        noticeAt: now,
      };
    case 'pause':
      return { id, action, at: now, reason: `Pauza ${n}` };
    case 'resume':
      return { id, action, at: now };
    case 'answer':
      return { id, action, text: `Odpowiedź ${n}`, sentAt: now, channel: 'email' };
    case 'refuse':
      return { id, action, reason: `Odmowa ${n}`, legalBasis: 'art. 5 ust. 2', decidedAt: now };
    case 'forward':
      return { id, action, to: `Urząd ${n}`, at: now };
    case 'withdraw':
      return { id, action, at: now };
  }
}

async function check(
  server: SyncTestServer,
  stations: Workstation[],
  acked: Map<string, Acked>,
): Promise<void> {
  const feed = await server.feed();
  const feedKeys = feed.map(changeKey).sort();

  // 1. Every workstation holds exactly the server's data and change log; nothing is pending.
  for (const table of Object.keys(SYNCED_SCHEMA).filter(isSyncedTable)) {
    const expected = serverData(feed, table);
    for (const w of stations)
      expect(workstationData(w.db, table), `${table} on ${w.userName}`).toEqual(expected);
  }
  for (const w of stations) {
    expect(changeKeys(w.db)).toEqual(feedKeys);
    expect(w.store.pendingCount()).toBe(0);
    // The search index follows the data, whoever changed it.
    const rows = w.db.prepare(`SELECT * FROM inquiries`).all() as Record<string, unknown>[];
    for (const row of rows) {
      const indexed = w.db.prepare(`SELECT body FROM inquiries_fts WHERE inquiry_id = ?`).all(row.id) as {
        body: string;
      }[];
      expect(indexed).toEqual([
        { body: foldForSearch(searchableText(rowToInquiry({ ...row, pauses: '[]' }))) },
      ]);
    }
  }

  // 2. Every acknowledged write is on the server, and is the final value or superseded by a later hlc.
  const final = new Map<string, ServerChange>();
  for (const c of feed) {
    const field = `${c.table}|${c.rowId}|${c.field}`;
    const stored = final.get(field);
    if (!stored || c.hlc > stored.hlc) final.set(field, c);
  }
  const inFeed = new Set(feedKeys);
  for (const a of acked.values()) {
    expect(inFeed.has(a.key), `acknowledged ${a.key} is on the server`).toBe(true);
    const winner = final.get(`${a.table}|${a.rowId}|${a.field}`);
    expect(winner && winner.hlc >= a.hlc).toBe(true);
  }

  // 3. Conflicts: every edit of a legal field that did not win and that no later edit was based on
  //    (a value that would otherwise silently disappear) is in a conflict record for that field —
  //    unless that very value is visible anyway (the winner's, one an edit was based on, or one shown
  //    in a conflict of that field: the server records no conflict between equal values); and
  //    every conflict is real: two different values of that field, neither edit made on top of the other.
  const conflicts = serverData(feed, 'sync_conflicts');
  const groups = new Map<string, ServerChange[]>();
  for (const c of feed) {
    if (c.deviceId === 'server' || !isSyncedTable(c.table) || !isLegalField(c.table, c.field)) continue;
    const field = `${c.table}|${c.rowId}|${c.field}`;
    groups.set(field, [...(groups.get(field) ?? []), c]);
  }
  for (const [field, edits] of groups) {
    const winner = final.get(field) as ServerChange;
    const builtOn = new Set(edits.map((e) => e.baseHlc));
    const seenValues = new Set(
      edits.filter((e) => e.hlc === winner.hlc || builtOn.has(e.hlc)).map((e) => JSON.stringify(e.value)),
    );
    const fieldConflicts = conflicts.filter((k) => `${k.table_name}|${k.row_id}|${k.field}` === field);
    const inConflict = new Set(fieldConflicts.flatMap((k) => [k.winner_hlc, k.loser_hlc]));
    // The server records no conflict between equal values: such an edit's value is shown by the other's.
    const conflictValues = new Set(fieldConflicts.flatMap((k) => [k.winner_value, k.loser_value]));
    for (const e of edits) {
      const value = JSON.stringify(e.value);
      if (e.hlc === winner.hlc || builtOn.has(e.hlc) || seenValues.has(value)) continue;
      expect(
        inConflict.has(e.hlc) || conflictValues.has(value),
        `lost edit ${changeKey(e)} = ${value} shown as a conflict`,
      ).toBe(true);
    }
  }
  const byHlc = new Map<string, ServerChange>();
  for (const edits of groups.values())
    for (const e of edits) byHlc.set(`${e.table}|${e.rowId}|${e.field}|${e.hlc}`, e);
  const ancestors = (e: ServerChange): Set<string> => {
    const out = new Set<string>();
    for (let base = e.baseHlc; base !== null;) {
      out.add(base);
      base = byHlc.get(`${e.table}|${e.rowId}|${e.field}|${base}`)?.baseHlc ?? null;
    }
    return out;
  };
  for (const k of conflicts) {
    const winner = byHlc.get(`${k.table_name}|${k.row_id}|${k.field}|${k.winner_hlc}`);
    const loser = byHlc.get(`${k.table_name}|${k.row_id}|${k.field}|${k.loser_hlc}`);
    expect(winner && loser, 'a conflict names two real edits').toBeTruthy();
    expect(JSON.parse(k.winner_value as string)).toEqual(winner!.value);
    expect(JSON.parse(k.loser_value as string)).toEqual(loser!.value);
    expect(winner!.hlc > loser!.hlc).toBe(true);
    expect(winner!.value).not.toEqual(loser!.value);
    expect(ancestors(winner!).has(loser!.hlc) || ancestors(loser!).has(winner!.hlc)).toBe(false);
  }
}

describe('convergence (property)', () => {
  // Hundreds of throwaway databases: on a RAM disk when there is one, unless TMPDIR says otherwise.
  const tmpdir = process.env.TMPDIR;
  beforeAll(() => {
    if (!tmpdir && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';
  });
  afterAll(() => {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  });

  it(
    `workstations and server converge without losing acknowledged writes or hiding conflicts (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, (s) => run(s)),
        { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: false },
      );
    },
    Math.max(60_000, RUNS * 2_000),
  );
});
