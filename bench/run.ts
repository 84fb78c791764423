import { defaultPatronageSettings } from '../core/patronage/settings';
import { defaultReminderSettings } from '../core/reminders/lead-times';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_PULL_LIMIT } from '../core/sync/protocol';
import { openDatabase } from '../db/connection';
import { createContext } from '../main/services/context';
import { createConfSettingsStore } from '../main/settings/conf-store';
import { runCalendarBenchmarks } from './calendar-run';
import { planInquiries } from './dataset';
import { insertBulk, insertThroughServices, type SimClock } from './generate';
import { runContactsBenchmarks } from './contacts-run';
import { runLettersBenchmarks } from './letters-run';
import { measure, summarize } from './measure';
import { Random } from './random';
import { bytes, comparisonTable, machineLines, ms, thousands, type ComparisonRow } from './report';
import { listScenarios, sameResult, searchScenarios, type Scenario } from './scenarios';
import { runSyncBenchmarks } from './sync-run';
import { BENCH_OFFICE } from './vocabulary';

/**
 * `npm run bench`: builds a register of BENCH_INQUIRIES inquiries in a temporary data directory,
 * then times list/filter/sort and full-text search through the repository against hand-written SQL,
 * then the calendar's month view (bench/calendar-run.ts; BENCH_CALENDAR=0 skips it),
 * then sync (bench/sync-run.ts; BENCH_SYNC=0 skips it), then diplomas against docxtemplater and
 * docx-templates (bench/letters-run.ts; BENCH_LETTERS=0 skips it), then the contact directory's search,
 * duplicates and CSV (bench/contacts-run.ts; BENCH_CONTACTS=0 skips it). Prints figures only; it never fails
 * on timings.
 */
function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}: ${raw}`);
  return value;
}

const COUNT = intFromEnv('BENCH_INQUIRIES', 50_000, 10);
const ITERATIONS = intFromEnv('BENCH_ITERATIONS', 200, 1);
const WARMUP = intFromEnv('BENCH_WARMUP', 20, 0);
const BATCH = intFromEnv('BENCH_BATCH', 1000, 1);
const CALENDAR = process.env.BENCH_CALENDAR !== '0';
const CALENDAR_EVENTS = intFromEnv('BENCH_CALENDAR_EVENTS', 60_000, 1);
const SYNC = process.env.BENCH_SYNC !== '0';
const SYNC_CHANGES = intFromEnv('BENCH_SYNC_CHANGES', 100_000, 1);
const SYNC_YEARS = intFromEnv('BENCH_SYNC_YEARS', 10, 1);
const SYNC_ROUNDS = intFromEnv('BENCH_SYNC_ROUNDS', 50, 1);
const LETTERS = intFromEnv('BENCH_LETTERS', 1000, 0);
const LETTERS_ROUNDS = intFromEnv('BENCH_LETTERS_ROUNDS', 3, 1);
const CONTACTS = intFromEnv('BENCH_CONTACTS', 20_000, 0);
/** The most recent inquiries are registered through the real services, one transaction each. */
const SERVICE_SAMPLE = Math.min(
  COUNT,
  intFromEnv('BENCH_SERVICE_SAMPLE', Math.min(500, Math.max(20, Math.floor(COUNT / 100))), 0),
);

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function compare(scenarios: readonly Scenario[]): ComparisonRow[] {
  return scenarios.map((s) => {
    const repoPage = s.repo();
    const rawPage = s.raw();
    const options = { warmup: WARMUP, iterations: ITERATIONS };
    return {
      operation: s.name,
      matched: repoPage.total,
      repo: measure(s.repo, options),
      raw: measure(s.raw, options),
      same: sameResult(repoPage, rawPage),
    };
  });
}

function main(): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-bench-'));
  const dbFile = join(dataDir, 'pressdesk.sqlite');
  const db = openDatabase(dbFile);
  try {
    const settings = createConfSettingsStore(dataDir, 'bench');
    settings.set({
      userName: 'Benchmark',
      office: BENCH_OFFICE,
      reminders: defaultReminderSettings(),
      patronage: defaultPatronageSettings(),
    });
    const clock: SimClock = { nowMs: Date.now() };
    const ctx = createContext({
      mode: 'browser',
      appVersion: 'bench',
      dataDir,
      db,
      settings,
      clock: () => new Date(clock.nowMs),
    });
    const sqliteVersion = (db.prepare('SELECT sqlite_version()').pluck().get() as string) ?? '?';

    console.log('PressDesk benchmark');
    for (const line of machineLines(sqliteVersion)) console.log(line);
    console.log(
      `Settings BENCH_INQUIRIES=${COUNT} BENCH_ITERATIONS=${ITERATIONS} BENCH_WARMUP=${WARMUP} BENCH_BATCH=${BATCH} BENCH_SERVICE_SAMPLE=${SERVICE_SAMPLE}`,
    );
    console.log(
      CALENDAR
        ? `         BENCH_CALENDAR_EVENTS=${CALENDAR_EVENTS}`
        : '         BENCH_CALENDAR=0 (calendar skipped)',
    );
    console.log(
      SYNC
        ? `         BENCH_SYNC_CHANGES=${SYNC_CHANGES} BENCH_SYNC_YEARS=${SYNC_YEARS} BENCH_SYNC_ROUNDS=${SYNC_ROUNDS}`
        : '         BENCH_SYNC=0 (sync skipped)',
    );
    console.log(
      LETTERS > 0
        ? `         BENCH_LETTERS=${LETTERS} BENCH_LETTERS_ROUNDS=${LETTERS_ROUNDS}`
        : '         BENCH_LETTERS=0 (letters skipped)',
    );
    console.log(
      CONTACTS > 0 ? `         BENCH_CONTACTS=${CONTACTS}` : '         BENCH_CONTACTS=0 (contacts skipped)',
    );
    console.log(`Data dir ${dataDir} (browser mode: conf settings store, synchronous=FULL, WAL)\n`);

    const nowMs = Date.now();
    const plans = planInquiries(COUNT, nowMs, BENCH_OFFICE, new Random(20_260_101));
    const bulkPlans = plans.slice(0, COUNT - SERVICE_SAMPLE);
    const servicePlans = plans.slice(COUNT - SERVICE_SAMPLE);

    console.log(
      `Generating ${thousands(COUNT)} inquiries (PL/UA, received over 5 years, deadlines computed)`,
    );
    console.log(`  InquiryRepository.create, ${BATCH} per transaction (savepoint per create):`);
    const bulk = insertBulk(ctx, clock, bulkPlans, {
      batchSize: BATCH,
      slices: 10,
      onSlice: (s) =>
        console.log(
          `    rows ${thousands(s.upTo - s.rows + 1).padStart(6)}–${thousands(s.upTo).padEnd(6)}  ${ms(s.ms / 1000).padStart(6)} s  ${thousands((s.rows / s.ms) * 1000).padStart(6)} rows/s  ${ms(s.ms / s.rows)} ms/row`,
        ),
    });
    if (bulk.fallbacks > 0)
      console.log(`    (${bulk.fallbacks} plans refused by the deadline engine, kept as 'new')`);
    const service = insertThroughServices(ctx, clock, servicePlans);
    const serviceMs =
      service.createMs.reduce((a, b) => a + b, 0) + service.transitionMs.reduce((a, b) => a + b, 0);
    if (service.created > 0) {
      const create = summarize(service.createMs);
      console.log(
        `  createInquiry (one transaction each): ${service.created} inquiries, p50 ${ms(create.p50)} ms, p95 ${ms(create.p95)} ms`,
      );
    }
    if (service.transitions > 0) {
      const move = summarize(service.transitionMs);
      console.log(
        `  transitionInquiry (one transaction each): ${service.transitions} transitions, p50 ${ms(move.p50)} ms, p95 ${ms(move.p95)} ms` +
          (service.refused ? ` (${service.refused} refused)` : ''),
      );
    }
    const totalMs = bulk.ms + serviceMs;
    console.log(
      `Generation took ${ms(totalMs / 1000)} s — ${thousands((COUNT / totalMs) * 1000)} rows/s overall` +
        ` (bulk ${thousands((bulk.rows / Math.max(bulk.ms, 1)) * 1000)} rows/s)`,
    );

    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    console.log(
      `Database ${bytes(fileSize(dbFile))} (WAL ${bytes(fileSize(`${dbFile}-wal`))} after checkpoint): ` +
        `${thousands(count('SELECT count(*) FROM inquiries'))} inquiries, ` +
        `${thousands(count('SELECT count(*) FROM change_log'))} change_log rows, ` +
        `${thousands(count('SELECT count(*) FROM inquiries_fts'))} FTS rows`,
    );

    // Re-indexing deletes the FTS row by its integer key (by inquiry_id it would scan the whole index).
    const ftsDelete = (sql: string) =>
      measure(() => db.prepare(sql).run('no-such-id'), { warmup: 3, iterations: 30 });
    const byId = ftsDelete('DELETE FROM inquiries_fts WHERE inquiry_id = ?');
    const byRowid = ftsDelete('DELETE FROM inquiries_fts WHERE rowid = ?');
    console.log(
      `FTS delete by inquiry_id (a scan; not used) p50 ${ms(byId.p50)} ms, ` +
        `p95 ${ms(byId.p95)} ms; by rowid (what re-indexing does) p50 ${ms(byRowid.p50)} ms\n`,
    );

    const now = new Date();
    console.log(`List, filter, sort (ms; ${ITERATIONS} iterations after ${WARMUP} warm-up)`);
    console.log(comparisonTable(compare(listScenarios(db, ctx.inquiries, now, COUNT))));
    console.log(`\nFull-text search (ms; ${ITERATIONS} iterations after ${WARMUP} warm-up)`);
    console.log(comparisonTable(compare(searchScenarios(db, ctx.inquiries, now))));
    console.log('\nratio = repository ÷ hand-written SQL; 1.00× means no overhead. See bench/README.md.');
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main();
if (CALENDAR)
  runCalendarBenchmarks({
    events: CALENDAR_EVENTS,
    iterations: ITERATIONS,
    warmup: WARMUP,
    batchSize: BATCH,
  });
if (SYNC)
  await runSyncBenchmarks({
    changes: SYNC_CHANGES,
    years: SYNC_YEARS,
    rounds: SYNC_ROUNDS,
    pageSize: MAX_PULL_LIMIT,
  });
if (LETTERS > 0) await runLettersBenchmarks({ letters: LETTERS, rounds: LETTERS_ROUNDS });
if (CONTACTS > 0)
  runContactsBenchmarks({ count: CONTACTS, iterations: ITERATIONS, warmup: WARMUP, batchSize: BATCH });
