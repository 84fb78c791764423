import { defaultPatronageSettings } from '../core/patronage/settings';
import { defaultReminderSettings } from '../core/reminders/lead-times';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRule, type RuleId } from '../core/deadlines';
import { AppError } from '../core/errors';
import { defaultRuleFor } from '../core/inquiries/legal-basis';
import type { InquiryTransition } from '../core/inquiries/schema';
import { decodeHlc } from '../core/sync/hlc';
import type { ServerChange } from '../core/sync/protocol';
import { openDatabase, type Db } from '../db/connection';
import { changeOfLogRow, LOG_CHANGE_COLUMNS, SyncStore, type LogRow } from '../db/sync-store';
import { createContext, type AppContext } from '../main/services/context';
import { createInquiry, transitionInquiry } from '../main/services/inquiry-service';
import { createConfSettingsStore } from '../main/settings/conf-store';
import { planInquiries, type PlannedInquiry } from './dataset';
import { timed } from './measure';
import { Random } from './random';
import { BENCH_OFFICE } from './vocabulary';

/**
 * Workstations for the sync benchmarks: a real workstation database (openDatabase: WAL,
 * synchronous = FULL, all migrations) in its own temporary data directory, with the real services,
 * and an office register written through them in the order things happened.
 */

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const YEAR = 365.25 * DAY;
/** bench/dataset.ts plans inquiries received over the five years before its "now". */
const PLAN_SPAN_YEARS = 5;

export interface BenchWorkstation {
  name: string;
  dataDir: string;
  db: Db;
  ctx: AppContext;
  deviceId: string;
  store: SyncStore;
  /** The clock the services write with: a fixed instant while the register is generated, else real time. */
  clock: { fixedMs: number | null };
  close(): void;
}

export function openWorkstation(name: string, userName: string): BenchWorkstation {
  const dataDir = mkdtempSync(join(tmpdir(), `pressdesk-bench-${name}-`));
  let db: Db | undefined;
  try {
    db = openDatabase(join(dataDir, 'pressdesk.sqlite'));
    const settings = createConfSettingsStore(dataDir, userName);
    settings.set({
      userName,
      office: BENCH_OFFICE,
      reminders: defaultReminderSettings(),
      patronage: defaultPatronageSettings(),
    });
    const clock: BenchWorkstation['clock'] = { fixedMs: null };
    const ctx = createContext({
      mode: 'browser',
      appVersion: 'bench',
      dataDir,
      db,
      settings,
      clock: () => new Date(clock.fixedMs ?? Date.now()),
    });
    const opened = db;
    return {
      name,
      dataDir,
      db,
      ctx,
      deviceId: ctx.deviceId,
      store: new SyncStore(db),
      clock,
      close: () => {
        opened.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    db?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface OfficePlan {
  plans: PlannedInquiry[];
  /** Inquiries under a rule the deadline engine covers only later (UA before 2017): not registered. */
  outsideRules: number;
}

/**
 * `perWeek` inquiries a week received over the last `years` years. bench/dataset.ts plans five years
 * before a "now"; older five-year blocks are planned over the last five years (where every rule is in
 * the deadline engine) and moved back by whole weeks, so weekdays and office hours stay as planned.
 * Where a moved inquiry's rule is not in force yet, it takes its jurisdiction's default rule, or is
 * left out when that is not in force either (the engine's UA calendar starts in 2017). Inquiries
 * received in the last weeks of an older block keep the open states they had then.
 */
export function planOffice(years: number, perWeek: number, nowMs: number, seed: number): OfficePlan {
  const rng = new Random(seed);
  const perBlock = Math.round((perWeek * PLAN_SPAN_YEARS * YEAR) / WEEK);
  const blockShift = Math.round((PLAN_SPAN_YEARS * YEAR) / WEEK) * WEEK;
  const from = nowMs - years * YEAR;
  const plans: PlannedInquiry[] = [];
  let outsideRules = 0;
  for (let block = Math.ceil(years / PLAN_SPAN_YEARS) - 1; block >= 0; block--) {
    for (const planned of planInquiries(perBlock, nowMs, BENCH_OFFICE, rng)) {
      const plan = shiftPlan(planned, -block * blockShift);
      if (Date.parse(plan.fields.receivedAt) < from) continue;
      const day = plan.fields.receivedAt.slice(0, 10);
      if (!ruleInForce(plan.fields.ruleId, day)) {
        const fallback = defaultRuleFor(plan.fields.jurisdiction === 'UA' ? 'UA' : 'PL');
        if (!ruleInForce(fallback, day)) {
          outsideRules++;
          continue;
        }
        plan.fields.ruleId = fallback;
      }
      plans.push(plan);
    }
  }
  return { plans, outsideRules };
}

function ruleInForce(id: RuleId, day: string): boolean {
  const rule = getRule(id);
  return rule.validFrom <= day && (rule.validTo === null || rule.validTo === '' || day <= rule.validTo);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same plan `ms` (whole days) later or earlier: every instant and date in it moves. */
function shiftPlan(plan: PlannedInquiry, ms: number): PlannedInquiry {
  if (ms === 0) return plan;
  const move = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    if (INSTANT.test(value)) return new Date(Date.parse(value) + ms).toISOString();
    if (LOCAL_DATE.test(value))
      return new Date(Date.parse(`${value}T00:00:00Z`) + ms).toISOString().slice(0, 10);
    return value;
  };
  const moveAll = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, move(v)])) as T;
  return {
    fields: moveAll(plan.fields),
    registeredAtMs: plan.registeredAtMs + ms,
    steps: plan.steps.map((s) => ({ atMs: s.atMs + ms, transition: moveAll(s.transition) })),
  };
}

export interface WriteResult {
  inquiries: number;
  transitions: number;
  /** Registrations or transitions the services refused (AppError): skipped, like a user would. */
  refused: number;
  ms: number;
}

/**
 * Writes the plans through createInquiry and transitionInquiry in the order the events happened
 * (registrations and transitions of all inquiries interleaved by time), with the services' clock at
 * each event's instant, so the change log and its hybrid-logical-clock timestamps look like an
 * office's. `eventsPerTransaction` events share an outer transaction (each service call's own
 * transaction nests as a savepoint); this is setup, not a measurement.
 */
export function writeOffice(
  ws: BenchWorkstation,
  plans: readonly PlannedInquiry[],
  eventsPerTransaction = 500,
): WriteResult {
  type Event = { atMs: number; plan: number; step: number };
  const events: Event[] = [];
  plans.forEach((plan, p) => {
    events.push({ atMs: plan.registeredAtMs, plan: p, step: -1 });
    plan.steps.forEach((s, i) => events.push({ atMs: s.atMs, plan: p, step: i }));
  });
  events.sort((a, b) => a.atMs - b.atMs || a.plan - b.plan || a.step - b.step);
  const ids = new Map<number, string>();
  const stopped = new Set<number>();
  const result: WriteResult = { inquiries: 0, transitions: 0, refused: 0, ms: 0 };
  const { ms } = timed(() => {
    for (let from = 0; from < events.length; from += eventsPerTransaction) {
      const batch = events.slice(from, from + eventsPerTransaction);
      ws.db.transaction(() => {
        for (const event of batch) {
          if (stopped.has(event.plan)) continue;
          const plan = plans[event.plan] as PlannedInquiry;
          ws.clock.fixedMs = event.atMs;
          try {
            if (event.step < 0) {
              ids.set(event.plan, createInquiry(ws.ctx, plan.fields).id);
              result.inquiries++;
            } else {
              const id = ids.get(event.plan) as string;
              const step = plan.steps[event.step] as PlannedInquiry['steps'][number];
              transitionInquiry(ws.ctx, { ...step.transition, id } as InquiryTransition);
              result.transitions++;
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            result.refused++;
            stopped.add(event.plan); // its later steps make no sense without this one
          }
        }
      })();
    }
  });
  ws.clock.fixedMs = null;
  result.ms = ms;
  return result;
}

/**
 * The first `limit` entries of a workstation's change log as the server would serve them: in order,
 * numbered from 1, accepted by `acceptedUser` at the instant of the edit.
 */
export function changeLogAsServerChanges(db: Db, limit: number, acceptedUser: string): ServerChange[] {
  const rows = db
    .prepare(`SELECT ${LOG_CHANGE_COLUMNS} FROM change_log ORDER BY seq LIMIT ?`)
    .all(limit) as LogRow[];
  return rows.map((r, i) => ({
    ...changeOfLogRow(r),
    serverSeq: i + 1,
    acceptedUser,
    acceptedAt: new Date(decodeHlc(r.hlc).wallMs).toISOString(),
  }));
}

export function countOf(db: Db, sql: string, ...params: unknown[]): number {
  return db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

/** How many of `ids` have the same values in both databases (created_at and updated_at aside). */
export function sameRows(a: Db, b: Db, ids: Iterable<string>): number {
  const select = (db: Db) => db.prepare('SELECT * FROM inquiries WHERE id = ?');
  const fromA = select(a);
  const fromB = select(b);
  const values = (row: unknown) => {
    const { created_at: _c, updated_at: _u, ...rest } = (row ?? {}) as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  let same = 0;
  for (const id of ids) if (values(fromA.get(id)) === values(fromB.get(id))) same++;
  return same;
}

export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
