import { MAX_CLOCK_DRIFT_MS, type ServerChange } from '../core/sync/protocol';
import type { Db } from '../db/connection';
import { planInquiries } from './dataset';
import { summarize, timed } from './measure';
import { Random } from './random';
import { ms, ratio, table, thousands } from './report';
import {
  changeLogAsServerChanges,
  countOf,
  openWorkstation,
  sameRows,
  writeOffice,
  type BenchWorkstation,
} from './sync-workstation';
import { BENCH_OFFICE } from './vocabulary';

/**
 * Applying remote changes on a workstation: `changes` ServerChanges taken from the change log of an
 * office workstation (inquiries registered and moved through their states by the real services over
 * five years) are applied to a fresh workstation through SyncStore.applyRemote, a page at a time as
 * the engine does after a pull. The same final rows are then inserted with raw prepared better-sqlite3
 * INSERTs in one transaction into a database with the identical schema: the floor for storing them.
 */

/** Changes one registration writes (every field of the record); transitions add a few more. */
const ESTIMATED_CHANGES_PER_INQUIRY = 36;

export interface ApplyBenchOptions {
  changes: number;
  pageSize: number;
}

type Rows = Record<string, unknown>[];

export function benchApplyRemote(options: ApplyBenchOptions): void {
  const { changes: count, pageSize } = options;
  console.log(
    `Apply ${thousands(count)} remote changes on a fresh workstation (SyncStore.applyRemote, pages of ${thousands(pageSize)})`,
  );
  const workstations: BenchWorkstation[] = [];
  const open = (name: string, user: string) => {
    const ws = openWorkstation(name, user);
    workstations.push(ws);
    return ws;
  };
  try {
    const source = open('source', 'Anna Kowalska');
    source.db.pragma('synchronous = OFF'); // setup only: the feed is generated, not measured
    const nowMs = Date.now();
    let written = { inquiries: 0, transitions: 0, refused: 0, ms: 0 };
    for (let round = 0; countOf(source.db, 'SELECT count(*) FROM change_log') < count; round++) {
      const missing = count - countOf(source.db, 'SELECT count(*) FROM change_log');
      const plans = planInquiries(
        Math.ceil(missing / ESTIMATED_CHANGES_PER_INQUIRY) + 1,
        nowMs,
        BENCH_OFFICE,
        new Random(20_261_123 + round),
      );
      const w = writeOffice(source, plans);
      written = {
        inquiries: written.inquiries + w.inquiries,
        transitions: written.transitions + w.transitions,
        refused: written.refused + w.refused,
        ms: written.ms + w.ms,
      };
    }
    const feed = changeLogAsServerChanges(source.db, count, 'anna.kowalska');
    const complete = completeRows(source.db, feed);
    const feedRows = new Set(feed.map((c) => c.rowId)).size;
    console.log(
      `  Feed: the first ${thousands(feed.length)} entries of a workstation's change log — ` +
        `${thousands(feedRows)} inquiries (${thousands(complete.size)} with all their changes), ` +
        `one change per field, registrations and transitions over 5 years, in the order they were made` +
        ` (written through the services in ${ms(written.ms / 1000)} s, setup` +
        (written.refused ? `; ${written.refused} transitions refused` : '') +
        ')',
    );

    // The measurement: the pages one after another, each its own transaction, as SyncEngine.pullAll does.
    const target = open('apply', 'Piotr Nowak');
    const pageMs: number[] = [];
    let inserted = 0;
    let skipped = 0;
    for (let from = 0; from < feed.length; from += pageSize) {
      const page = feed.slice(from, from + pageSize);
      const { result, ms: took } = timed(() =>
        target.store.applyRemote({
          since: from, // the feed is numbered from 1: the cursor after `from` changes is `from`
          changes: page,
          cursor: (page.at(-1) as ServerChange).serverSeq,
          nowMs: Date.now(),
          deviceId: target.deviceId,
          maxDriftMs: MAX_CLOCK_DRIFT_MS,
        }),
      );
      if (result.stale) throw new Error(`page at ${from} was stale`);
      inserted += result.inserted;
      skipped += result.skipped;
      pageMs.push(took);
    }
    const applyMs = pageMs.reduce((a, b) => a + b, 0);
    const finalRows = target.db.prepare('SELECT * FROM inquiries ORDER BY rowid').all() as Rows;

    // The floors: the same final rows (and everything else the apply stored) inserted raw.
    const rawRows = open('raw', 'Piotr Nowak');
    const rowsMs = rawInsert(rawRows.db, [{ table: 'inquiries', rows: finalRows }]);
    const rawAll = open('raw-all', 'Piotr Nowak');
    const everything = everythingStored(target.db, finalRows);
    const allMs = rawInsert(rawAll.db, everything);
    const allCount = everything.reduce((n, t) => n + t.rows.length, 0);

    const rows = finalRows.length;
    const perSecond = (n: number, t: number) => thousands((n / t) * 1000);
    console.log(
      table(
        ['method', 'changes', 'rows', 'time ms', 'changes/s', 'rows/s', 'ratio'],
        [
          [
            `SyncStore.applyRemote, ${pageMs.length} transactions`,
            thousands(feed.length),
            thousands(rows),
            ms(applyMs),
            perSecond(feed.length, applyMs),
            perSecond(rows, applyMs),
            ratio(applyMs, rowsMs),
          ],
          [
            'raw INSERT of the final rows, 1 transaction',
            '–',
            thousands(rows),
            ms(rowsMs),
            '–',
            perSecond(rows, rowsMs),
            '1.00×',
          ],
          [
            'raw INSERT of all it stored ¹, 1 transaction',
            thousands(countOf(rawAll.db, 'SELECT count(*) FROM change_log')),
            thousands(allCount),
            ms(allMs),
            '–',
            perSecond(allCount, allMs),
            ratio(allMs, rowsMs),
          ],
        ],
      ),
    );
    const pages = summarize(pageMs);
    const tenth = Math.max(1, Math.floor(pageMs.length / 10));
    const pageRate = (slice: number[]) =>
      thousands((slice.length * pageSize * 1000) / slice.reduce((a, b) => a + b, 0));
    console.log(
      `  ratio = time ÷ raw INSERT of the final rows: applyRemote ${ratio(applyMs, rowsMs)}, ` +
        `against the raw copy of all it stored ${ratio(applyMs, allMs)}`,
    );
    console.log(
      `  ¹ the rows plus the change log, the full-text index and its keys, the registration counters. ` +
        `Both raw databases: same migrations, WAL, synchronous = FULL.`,
    );
    console.log(
      `  pages: p50 ${ms(pages.p50)} ms, p95 ${ms(pages.p95)} ms, max ${ms(pages.max)} ms; ` +
        `first tenth ${pageRate(pageMs.slice(0, tenth))} changes/s, last tenth ${pageRate(pageMs.slice(-tenth))} changes/s`,
    );
    const same = sameRows(source.db, target.db, complete);
    console.log(
      `  check: ${thousands(inserted)} changes new to the workstation, ${skipped} skipped; ` +
        `${thousands(countOf(target.db, 'SELECT count(*) FROM inquiries_fts'))} rows in the search index; ` +
        `inquiries equal to the source's: ${thousands(same)} of ${thousands(complete.size)} complete` +
        (same === complete.size ? '' : ' — DIFFERENT'),
    );
  } finally {
    for (const ws of workstations) ws.close();
  }
}

/** Inquiries whose every change is in the feed. */
function completeRows(source: Db, feed: readonly ServerChange[]): Set<string> {
  const rows = new Set(feed.map((c) => c.rowId));
  const later = source
    .prepare('SELECT DISTINCT row_id FROM change_log WHERE seq > ?')
    .pluck()
    .all((feed.at(-1) as ServerChange).serverSeq) as string[];
  for (const id of later) rows.delete(id);
  return rows;
}

interface TableRows {
  table: string;
  rows: Rows;
}

/** Everything applyRemote wrote besides meta, read back so that it can be inserted raw. */
function everythingStored(db: Db, inquiries: Rows): TableRows[] {
  const all = (sql: string) => db.prepare(sql).all() as Rows;
  return [
    { table: 'inquiries', rows: inquiries },
    { table: 'change_log', rows: all('SELECT * FROM change_log ORDER BY seq') },
    { table: 'inquiry_search_keys', rows: all('SELECT * FROM inquiry_search_keys ORDER BY id') },
    { table: 'inquiries_fts', rows: all('SELECT rowid, inquiry_id, body FROM inquiries_fts ORDER BY rowid') },
    { table: 'sequences', rows: all('SELECT * FROM sequences') },
  ];
}

/** Prepared INSERTs (one statement per table, prepared before the clock starts), one transaction; ms. */
function rawInsert(db: Db, tables: readonly TableRows[]): number {
  const statements = tables.map(({ table: name, rows }) => {
    const columns = Object.keys(rows[0] ?? {});
    return {
      rows,
      insert:
        columns.length === 0
          ? null
          : db.prepare(
              `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
            ),
    };
  });
  const { ms: took } = timed(() =>
    db
      .transaction(() => {
        for (const { rows, insert } of statements) for (const row of rows) insert?.run(row);
      })
      .immediate(),
  );
  return took;
}
