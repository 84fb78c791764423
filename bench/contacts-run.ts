import { defaultPatronageSettings } from '../core/patronage/settings';
import { defaultReminderSettings } from '../core/reminders/lead-times';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findDuplicates, type DuplicateGroup } from '../core/contacts/duplicates';
import { displayName, type Contact } from '../core/contacts/schema';
import { matchesQuery, searchWords } from '../core/contacts/search';
import { toLatin } from '../core/text/translit';
import { openDatabase } from '../db/connection';
import { listContacts } from '../main/services/contacts/contact-service';
import { exportCsv, importContacts } from '../main/services/contacts/io';
import { duplicateGroups } from '../main/services/contacts/merge';
import { contactView } from '../main/services/contacts/view';
import { createContext, type AppContext } from '../main/services/context';
import { createConfSettingsStore } from '../main/settings/conf-store';
import { loadContacts, planContacts, type ContactPlan } from './contacts-dataset';
import { measure, summarize, timed, type MeasureOptions, type Stats } from './measure';
import { Random } from './random';
import { ms, ratio, table, thousands } from './report';
import { BENCH_OFFICE } from './vocabulary';

/**
 * The contact-directory part of `npm run bench`: loading the directory through the repository, the
 * directory search, duplicate detection, and CSV export and import, each against a naive baseline
 * measured in the same run. Prints figures and ratios only; it never fails on timings.
 */

export interface ContactsBenchOptions {
  count: number;
  iterations: number;
  warmup: number;
  /** Repository inserts per transaction (default 1 000). */
  batchSize?: number;
}

/** Each side gets about this long: a 20 000-contact listContacts call costs ~100 ms, and 200 runs of a dozen such operations would take many minutes; cheap baselines still get `iterations`. */
const BUDGET_MS = 2_000;

function measureWithin(fn: () => unknown, options: MeasureOptions): Stats {
  const once = timed(fn).ms; // also the first warm-up run
  const iterations = Math.max(3, Math.min(options.iterations, Math.floor(BUDGET_MS / Math.max(once, 0.001))));
  return measure(fn, { iterations, warmup: Math.min(options.warmup, Math.ceil(iterations / 5)) });
}

interface BenchContext {
  ctx: AppContext;
  setNow: (ms: number) => void;
  close: () => void;
}

/** A workstation in its own temporary directory: openDatabase (all migrations, WAL), conf settings. */
function openBenchContext(prefix: string): BenchContext {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const db = openDatabase(join(dataDir, 'pressdesk.sqlite'));
  const settings = createConfSettingsStore(dataDir, 'bench');
  settings.set({
    userName: 'Biuro Rzecznika',
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
  return {
    ctx,
    setNow: (at) => (nowMs = at),
    close: () => {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The baseline search: what a first version would do — lower-cased `includes` over name and e-mails of the array already in memory. */
function naiveSearch(all: readonly Contact[], q: string, limit: number): Contact[] {
  const needle = q.toLowerCase();
  return all
    .filter(
      (c) =>
        displayName(c).toLowerCase().includes(needle) ||
        c.emails.some((e) => e.value.toLowerCase().includes(needle)),
    )
    .slice(0, limit);
}

/** The duplicates baseline: contacts bucketed by lower-cased e-mail only (no phones, names, transliteration). */
function emailBuckets(all: readonly Contact[]): string[][] {
  const buckets = new Map<string, string[]>();
  for (const c of all)
    for (const e of c.emails) {
      const key = e.value.toLowerCase();
      buckets.set(key, [...(buckets.get(key) ?? []), c.id]);
    }
  return [...buckets.values()].filter((ids) => ids.length > 1);
}

/** Planted pairs that ended up in one group, by kind. */
function plantedFound(
  plan: ContactPlan,
  ids: readonly string[],
  groups: readonly { ids: readonly string[] }[],
) {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.ids.forEach((id) => groupOf.set(id, i)));
  const found: Record<string, [number, number]> = {};
  for (const p of plan.planted) {
    const [a, b] = [groupOf.get(ids[p.original]!), groupOf.get(ids[p.duplicate]!)];
    const entry = (found[p.kind] ??= [0, 0]);
    entry[1]++;
    if (a !== undefined && a === b) entry[0]++;
  }
  return Object.entries(found)
    .map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`)
    .join(', ');
}

type Row = [string, string, Stats, string, Stats, string];
function comparison(rows: readonly Row[]): string {
  return table(
    ['operation', 'result', 'ours p50', 'ours p95', 'baseline', 'base p50', 'ratio p50', 'n'],
    rows.map(([operation, result, ours, baseline, base, note]) => [
      operation + note,
      result,
      ms(ours.p50),
      ms(ours.p95),
      baseline,
      ms(base.p50),
      ratio(ours.p50, base.p50),
      `${ours.n}/${base.n}`,
    ]),
  );
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function runContactsBenchmarks(options: ContactsBenchOptions): void {
  const bench = openBenchContext('pressdesk-bench-contacts-');
  const { ctx } = bench;
  try {
    const batchSize = options.batchSize ?? 1000;
    console.log(
      `\nContacts: a directory of ${thousands(options.count)} (outlets, journalists, organisations, residents, officials; PL and UA)`,
    );
    const plan = planContacts(options.count, new Random(20_250_314), Date.now());
    const load = loadContacts(ctx, bench.setNow, plan, batchSize);
    bench.setNow(Date.now());
    const perThousand = (b: { rows: number; ms: number }) => ms((b.ms / b.rows) * 1000);
    const count = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
    console.log(
      `  ContactRepository insert, ${batchSize} per transaction: ${ms(load.ms / 1000)} s, ${perThousand({ rows: load.ids.length, ms: load.ms })} ms per 1 000 ` +
        `(first batch ${perThousand(load.batches[0]!)}, last ${perThousand(load.batches.at(-1)!)}); ` +
        `${thousands(count("SELECT count(*) FROM change_log WHERE table_name = 'contacts'"))} change_log rows; ` +
        `${plan.planted.length} planted duplicates`,
    );

    const all = ctx.contacts.contacts.find({});
    const ua = all.find((c) => /[а-яі]/i.test(c.familyName) && c.familyName.length > 5)!;
    const withPhone = all.find((c) => c.kind === 'person' && c.phones[0]?.value.startsWith('+48'))!;
    const fragment = withPhone.phones[0]!.value.slice(3, 9).replace(/(\d{3})(\d{3})/, '$1 $2');
    const queries: [string, string][] = [
      [`Latin spelling of ${ua.familyName}`, capitalise(toLatin(ua.familyName))],
      ['phone fragment', fragment],
      ['tag', 'kultura'],
      ['name prefix', 'kowal'],
      ['empty query', ''],
    ];
    const m = { iterations: options.iterations, warmup: options.warmup };
    const searchRows: Row[] = queries.map(([label, q]) => {
      const ours = listContacts(ctx, { q, limit: 50 });
      const naive = all.filter((c) => naiveSearch([c], q, 1).length > 0).length;
      return [
        `listContacts q=${JSON.stringify(q)}`,
        `${thousands(ours.total)} vs ${thousands(naive)}`,
        measureWithin(() => listContacts(ctx, { q, limit: 50 }), m),
        'naive includes',
        measureWithin(() => naiveSearch(all, q, 50), m),
        ` (${label})`,
      ];
    });
    console.log(
      `\nDirectory search, first 50 of ${thousands(all.length)} (ms; result = matched by ours vs by the baseline)`,
    );
    console.log(comparison(searchRows));
    const organisations = new Map(all.filter((c) => c.kind === 'organisation').map((c) => [c.id, c]));
    const views = all.map((c) => contactView(c, organisations));
    // What a call would cost without the in-memory directory (main/services/contacts/directory.ts):
    // it is rebuilt only after a write, so typing pays just the matching and the sort.
    const steps: [string, () => unknown][] = [
      ['rebuild after a write: find({}) reading and mapping every row', () => ctx.contacts.contacts.find({})],
      [
        'searchWords + matchesQuery over all',
        () => views.filter((v) => matchesQuery(searchWords(v, v.organisationDisplay), 'kowal')),
      ],
      [
        'sort by name (localeCompare pl)',
        () => [...views].sort((a, b) => a.displayName.localeCompare(b.displayName, 'pl')),
      ],
    ];
    console.log(
      `  listContacts steps (p50 ms): ${steps.map(([name, fn]) => `${name} ${ms(measureWithin(fn, m).p50)}`).join('; ')}`,
    );
    console.log(
      '  baseline = lower-cased includes over displayName and e-mails of the array already in memory: it reads ' +
        'nothing, does not fold diacritics or transliterate, and finds no phone numbers; listContacts reuses the directory kept in memory until the next write.',
    );

    const groups: DuplicateGroup[] = findDuplicates(all, { phoneCountry: 'PL' });
    const buckets = emailBuckets(all);
    const service = duplicateGroups(ctx);
    const dupRows: Row[] = [
      [
        'findDuplicates (whole directory)',
        `${groups.length} groups`,
        measureWithin(() => findDuplicates(all, { phoneCountry: 'PL' }), m),
        'e-mail buckets',
        measureWithin(() => emailBuckets(all), m),
        '',
      ],
      [
        'duplicateGroups service (reads + views)',
        `${service.length} groups`,
        measureWithin(() => duplicateGroups(ctx), m),
        'e-mail buckets',
        measureWithin(() => emailBuckets(all), m),
        '',
      ],
    ];
    console.log(`\nDuplicates over ${thousands(all.length)} contacts (ms)`);
    console.log(comparison(dupRows));
    console.log(
      `  planted pairs found by findDuplicates: ${plantedFound(plan, load.ids, groups)}; ` +
        `by the baseline (exact e-mail, lower-cased, one pass with a Map): ${plantedFound(
          plan,
          load.ids,
          buckets.map((ids) => ({ ids })),
        )}`,
    );

    const ids = all.map((c) => c.id);
    const exported = exportCsv(ctx, { ids });
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    const rows = text.split('\r\n').length - 2;
    const pageExport =
      Buffer.from(exportCsv(ctx, { query: {} }).base64, 'base64')
        .toString('utf8')
        .split('\r\n').length - 2;
    const parseOnly = () =>
      parse(text, { delimiter: ';', bom: true, relax_quotes: true, relax_column_count: true }) as string[][];
    const exportStats = measureWithin(() => exportCsv(ctx, { ids }), m);
    const parseStats = measureWithin(parseOnly, m);
    // Each import needs an empty directory: a fresh workstation per round, opened outside the timing.
    const importTimes: number[] = [];
    let imported = { created: 0, skippedDuplicates: 0, invalid: 0 };
    for (let round = 0; round < Math.max(1, Math.min(3, options.iterations)); round++) {
      const fresh = openBenchContext('pressdesk-bench-contacts-import-');
      try {
        const run = timed(() =>
          importContacts(fresh.ctx, { fileName: 'kontakty.csv', base64: exported.base64 }),
        );
        importTimes.push(run.ms);
        imported = run.result;
      } finally {
        fresh.close();
      }
    }
    const importStats = summarize(importTimes);
    const perSecond = (s: Stats) => `${thousands((rows / s.p50) * 1000)} rows/s`;
    console.log(`\nCSV (${thousands(rows)} rows, ${ms(text.length / 1024 / 1024)} MiB; ms)`);
    console.log(
      comparison([
        [
          'exportCsv of every id',
          `${thousands(rows)} rows, ${perSecond(exportStats)}`,
          exportStats,
          'csv-parse alone',
          parseStats,
          '',
        ],
        [
          'importContacts into an empty directory',
          `${thousands(imported.created)} created, ${perSecond(importStats)}`,
          importStats,
          'csv-parse alone',
          parseStats,
          '',
        ],
      ]),
    );
    console.log(
      `  baseline = csv-parse (sync, ';', BOM) parsing the same text, ${perSecond(parseStats)}. Import: ${imported.invalid} invalid, ` +
        `${imported.skippedDuplicates} skipped as duplicates (p95 = slowest of ${importTimes.length} rounds). ` +
        `exportCsv as the contacts page asks ({ query }) wrote ${thousands(pageExport)} of ${thousands(all.length)} rows.`,
    );
  } finally {
    bench.close();
  }
}
