import { defaultPatronageSettings } from '../core/patronage/settings';
import { defaultReminderSettings } from '../core/reminders/lead-times';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import { expandAll, findConflicts, MAX_OCCURRENCES } from '../core/calendar';
import type { CalendarEventRecord } from '../core/calendar/record';
import { openDatabase, type Db } from '../db/connection';
import { listCalendar } from '../main/services/agenda/calendar-service';
import { canSeePrivate } from '../main/services/agenda/privacy';
import { createContext, type AppContext } from '../main/services/context';
import { createConfSettingsStore } from '../main/settings/conf-store';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_YEARS,
  loadCalendar,
  monthRange,
  planCalendar,
  weekRange,
  type CalendarRange,
} from './calendar-dataset';
import { measure, type MeasureOptions, type Stats } from './measure';
import { Random } from './random';
import { bytes, ms, ratio, table, thousands } from './report';
import { BENCH_OFFICE } from './vocabulary';

/**
 * The calendar part of `npm run bench`: the month view's data (listCalendar: repository query,
 * recurrence expansion, conflict flags, privacy) and the repository query alone, each against the
 * month query a developer would write by hand over the stored ISO strings, on a calendar of ten years.
 */

/**
 * The hand-written baseline: the calendar's single events overlapping [from, to), compared as the
 * strings the table stores — timed events as UTC instants ('…T08:00:00.000Z', so the strings sort as
 * the instants do), all-day events as local dates with an exclusive end. Prepared once, raw rows.
 * It reads no series, expands nothing, checks no conflicts and maps nothing.
 */
export const RAW_RANGE_SQL = `SELECT * FROM calendar_events
  WHERE deleted = 0 AND rrule IS NULL AND calendar_id = ?
    AND ((all_day = 0 AND start_at < ? AND end_at > ?) OR (all_day = 1 AND start_at < ? AND end_at > ?))`;

export interface RawEventRow {
  id: string;
  status: string;
  [column: string]: unknown;
}

const isoOf = (msValue: number) => new Date(msValue).toISOString();

export function rawRangeQuery(db: Db, calendarId: string): (range: CalendarRange) => RawEventRow[] {
  const statement = db.prepare(RAW_RANGE_SQL);
  return (range) =>
    statement.all(
      calendarId,
      isoOf(range.toMs),
      isoOf(range.fromMs),
      range.toDate,
      range.fromDate,
    ) as RawEventRow[];
}

export function serviceView(ctx: AppContext, range: CalendarRange, calendarId: string) {
  return listCalendar(ctx, {
    from: isoOf(range.fromMs),
    to: isoOf(range.toMs),
    calendarIds: [calendarId],
    deadlines: false,
  });
}

export interface SinglesCheck {
  same: boolean;
  /** Single events compared on each side. */
  ours: number;
  raw: number;
  /** Every row the raw query returned. */
  rawRows: number;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...a].sort();
  const right = [...b].sort();
  return left.every((id, i) => id === right[i]);
}

/** The service's occurrences of non-recurring events against the raw rows (cancelled ones included). */
export function checkService(
  view: ReturnType<typeof serviceView>,
  raw: readonly RawEventRow[],
): SinglesCheck {
  const ours = view.items.filter((item) => !item.recurring).map((item) => item.eventId);
  const theirs = raw.map((row) => row.id);
  return {
    same: !view.truncated && sameIds(ours, theirs),
    ours: ours.length,
    raw: theirs.length,
    rawRows: raw.length,
  };
}

/** The repository's single events (cancelled included, as it returns them) against the raw rows. */
export function checkRepository(
  records: readonly CalendarEventRecord[],
  raw: readonly RawEventRow[],
): SinglesCheck {
  const ours = records.filter((record) => record.rrule === null).map((record) => record.id);
  const theirs = raw.map((row) => row.id);
  return { same: sameIds(ours, theirs), ours: ours.length, raw: theirs.length, rawRows: raw.length };
}

export interface CalendarScenario {
  name: string;
  range: CalendarRange;
  ours: () => unknown;
  raw: () => unknown;
  /** Runs both sides once and compares their single events; `shown` is what ours returned. */
  check: () => SinglesCheck & { shown: number; conflicts: number };
}

/** Month at the start, in the middle and at the end of the ten years, and a week in the middle. */
export function calendarRanges(firstYear = CALENDAR_FIRST_YEAR, years = CALENDAR_YEARS) {
  const middleYear = firstYear + Math.floor(years / 2);
  return {
    first: monthRange(firstYear, 0),
    middle: monthRange(middleYear, 0),
    week: weekRange(middleYear, 0, 12),
    last: monthRange(firstYear + years - 1, 11),
  };
}

export function calendarScenarios(ctx: AppContext, calendarId = 'mayor'): CalendarScenario[] {
  const raw = rawRangeQuery(ctx.db, calendarId);
  const ranges = calendarRanges();
  const service = (label: string, range: CalendarRange): CalendarScenario => ({
    name: `${label} (service)`,
    range,
    ours: () => serviceView(ctx, range, calendarId),
    raw: () => raw(range),
    check: () => {
      const view = serviceView(ctx, range, calendarId);
      return {
        ...checkService(view, raw(range)),
        shown: view.items.length,
        conflicts: view.items.filter((i) => i.conflict).length,
      };
    },
  });
  const repository = (label: string, range: CalendarRange): CalendarScenario => ({
    name: `${label} (repository query only)`,
    range,
    ours: () => ctx.calendar.inRange(range.fromMs, range.toMs, [calendarId]),
    raw: () => raw(range),
    check: () => {
      const records = ctx.calendar.inRange(range.fromMs, range.toMs, [calendarId]);
      return { ...checkRepository(records, raw(range)), shown: records.length, conflicts: 0 };
    },
  });
  return [
    service('month view', ranges.middle),
    repository('month view', ranges.middle),
    service('week view', ranges.week),
    repository('week view', ranges.week),
    service('first month', ranges.first),
    repository('first month', ranges.first),
    service('last month', ranges.last),
    repository('last month', ranges.last),
  ];
}

interface CalendarRow {
  scenario: CalendarScenario;
  result: ReturnType<CalendarScenario['check']>;
  ours: Stats;
  raw: Stats;
}

function calendarTable(rows: readonly CalendarRow[]): string {
  return table(
    [
      'operation',
      'range',
      'rows',
      'shown',
      'ours p50',
      'ours p95',
      'raw p50',
      'raw p95',
      'ratio p50',
      'ratio p95',
      'same',
    ],
    rows.map(({ scenario, result, ours, raw }) => [
      scenario.name,
      scenario.range.label,
      thousands(result.rawRows),
      thousands(result.shown),
      ms(ours.p50),
      ms(ours.p95),
      ms(raw.p50),
      ms(raw.p95),
      ratio(ours.p50, raw.p50),
      ratio(ours.p95, raw.p95),
      result.same ? 'yes' : `NO (${result.ours} vs ${result.raw})`,
    ]),
  );
}

/**
 * The statements `fn` runs on `db` with their parameters, captured for EXPLAIN QUERY PLAN. Only
 * statements prepared while `fn` runs are seen (the sync store caches its own: give it a fresh context).
 */
function statementsRunBy(db: Db, fn: () => unknown): { sql: string; params: unknown[] }[] {
  const prepare = db.prepare;
  const seen: { sql: string; params: unknown[] }[] = [];
  const wrapped: Statement[] = [];
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql);
    for (const method of ['all', 'get'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      statement[method] = ((...params: unknown[]) => {
        seen.push({ sql, params });
        return original(...params);
      }) as never;
    }
    wrapped.push(statement);
    return statement;
  }) as typeof db.prepare;
  try {
    fn();
  } finally {
    db.prepare = prepare;
    // Statements may be cached by their owner: give them their own methods back.
    for (const statement of wrapped) {
      delete (statement as Partial<Statement>).all;
      delete (statement as Partial<Statement>).get;
    }
  }
  return seen;
}

function queryPlan(db: Db, sql: string, params: unknown[]): string {
  const steps = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return steps.map((s) => s.detail).join('; ');
}

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * The service's steps timed one by one on the same range (p50 ms), with the query plans of the SQL
 * the repository query and the privacy check run. For reading the service's ratio, not compared.
 */
function serviceBreakdown(
  ctx: AppContext,
  range: CalendarRange,
  calendarId: string,
  options: MeasureOptions,
): string[] {
  const events = ctx.calendar.inRange(range.fromMs, range.toMs, [calendarId]);
  const occurrences = expandAll(events, range.fromMs, range.toMs, { limit: MAX_OCCURRENCES });
  const steps: [string, () => unknown][] = [
    ['whole listCalendar', () => serviceView(ctx, range, calendarId)],
    ['inRange', () => ctx.calendar.inRange(range.fromMs, range.toMs, [calendarId])],
    ['expandAll', () => expandAll(events, range.fromMs, range.toMs, { limit: MAX_OCCURRENCES })],
    ['findConflicts', () => findConflicts(occurrences)],
    ['canSeePrivate', () => canSeePrivate(ctx)],
  ];
  const times = steps.map(([name, fn]) => `${name} ${ms(measure(fn, options).p50)}`);
  const lines = [
    `Service steps (${range.label}, ${events.length} events → ${occurrences.length} occurrences; p50 ms): ${times.join(', ')}`,
  ];
  for (const { sql, params } of statementsRunBy(ctx.db, () =>
    ctx.calendar.inRange(range.fromMs, range.toMs, [calendarId]),
  )) {
    lines.push(`  inRange        ${queryPlan(ctx.db, sql, params)}`);
  }
  // A fresh context: the sync store prepares (and caches) its statements on first use.
  const fresh = createContext({
    mode: 'browser',
    appVersion: 'bench',
    dataDir: ctx.dataDir,
    db: ctx.db,
    settings: ctx.settings,
    clock: ctx.clock,
  });
  for (const { sql, params } of statementsRunBy(ctx.db, () => canSeePrivate(fresh))) {
    lines.push(`  canSeePrivate  ${oneLine(sql)}  →  ${queryPlan(ctx.db, sql, params)}`);
  }
  return lines;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export interface CalendarBenchOptions {
  events: number;
  iterations: number;
  warmup: number;
  batchSize: number;
}

export function runCalendarBenchmarks(options: CalendarBenchOptions): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-bench-calendar-'));
  const dbFile = join(dataDir, 'pressdesk.sqlite');
  const db = openDatabase(dbFile);
  try {
    const settings = createConfSettingsStore(dataDir, 'bench');
    settings.set({
      userName: 'Sekretariat',
      office: BENCH_OFFICE,
      reminders: defaultReminderSettings(),
      patronage: defaultPatronageSettings(),
    });
    let nowMs = Date.now();
    const ctx = createContext({
      mode: 'browser',
      appVersion: 'bench',
      dataDir,
      db,
      settings,
      clock: () => new Date(nowMs),
    });

    console.log(
      `\nCalendar: ${thousands(options.events)} events over ${CALENDAR_YEARS} years ` +
        `(${CALENDAR_FIRST_YEAR}–${CALENDAR_FIRST_YEAR + CALENDAR_YEARS - 1}, Europe/Warsaw; data dir ${dataDir})`,
    );
    const plans = planCalendar(options.events, new Random(20_170_102));
    const series = plans.filter((p) => p.event.rrule !== null).length;
    console.log(
      `  ${thousands(plans.length - series)} single events and ${series} recurring series, ` +
        `CalendarEventRepository.createInTransaction, ${options.batchSize} per transaction:`,
    );
    const load = loadCalendar(ctx, (at) => (nowMs = at), plans, {
      batchSize: options.batchSize,
      slices: 5,
      onSlice: (s) =>
        console.log(
          `    rows ${thousands(s.upTo - s.rows + 1).padStart(6)}–${thousands(s.upTo).padEnd(6)}  ${ms(s.ms / 1000).padStart(6)} s  ${thousands((s.rows / s.ms) * 1000).padStart(6)} rows/s  ${ms(s.ms / s.rows)} ms/row`,
        ),
    });
    nowMs = Date.now();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    console.log(
      `Load took ${ms(load.ms / 1000)} s — ${thousands((load.rows / Math.max(load.ms, 1)) * 1000)} rows/s. ` +
        `Database ${bytes(fileSize(dbFile))} (WAL ${bytes(fileSize(`${dbFile}-wal`))} after checkpoint): ` +
        `${thousands(count('SELECT count(*) FROM calendar_events'))} events, ` +
        `${thousands(count('SELECT count(*) FROM change_log'))} change_log rows`,
    );

    const scenarios = calendarScenarios(ctx);
    const measureOptions = { warmup: options.warmup, iterations: options.iterations };
    const rows: CalendarRow[] = scenarios.map((scenario) => ({
      scenario,
      result: scenario.check(),
      ours: measure(scenario.ours, measureOptions),
      raw: measure(scenario.raw, measureOptions),
    }));
    console.log(
      `\nCalendar 'mayor': month and week views (ms; ${options.iterations} iterations after ${options.warmup} warm-up)`,
    );
    console.log(calendarTable(rows));
    console.log(
      '\nratio = ours ÷ raw. raw = one hand-written SELECT of the single events over start_at/end_at ' +
        '(stored ISO strings), prepared once, raw rows: it does not expand recurring series, check ' +
        'conflicts, map rows or apply privacy, so the service ratio is the cost of those. ' +
        "rows = the raw query's rows; shown = the service's items (occurrences, series included) or the " +
        "repository's records; same = both sides hold the same single events.",
    );

    const middle = calendarRanges().middle;
    const rawParams = ['mayor', isoOf(middle.toMs), isoOf(middle.fromMs), middle.toDate, middle.fromDate];
    console.log(`Raw query plan: ${queryPlan(db, RAW_RANGE_SQL, rawParams)}`);
    for (const line of serviceBreakdown(ctx, middle, 'mayor', measureOptions)) console.log(line);
    console.log(
      `(${thousands(count('SELECT count(*) FROM change_log WHERE synced_at IS NULL'))} change_log rows not yet synced: this workstation has no city server)`,
    );
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
