import type { ReserveNumbersResponse } from '../core/sync/protocol';
import type { Db } from './connection';

/**
 * Registration numbers of this workstation. Signed in to a city server, numbers come from blocks the
 * server reserved for this workstation (so two workstations never issue the same number, also offline);
 * a standalone workstation counts on its own (`sequences`). Every method runs inside the caller's
 * transaction, so a number is taken together with the record that carries it, or not at all.
 */
export class NumberPools {
  constructor(private readonly db: Db) {}

  /** The next number of a reserved block, or null when this workstation has none left. */
  take(series: string, year: number): number | null {
    const block = this.db
      .prepare(
        `SELECT first, next FROM number_pools WHERE series = ? AND year = ? AND next <= last ORDER BY first LIMIT 1`,
      )
      .get(series, year) as { first: number; next: number } | undefined;
    if (!block) return null;
    this.db
      .prepare(`UPDATE number_pools SET next = next + 1 WHERE series = ? AND year = ? AND first = ?`)
      .run(series, year, block.first);
    return block.next;
  }

  remaining(series: string, year: number): number {
    const row = this.db
      .prepare(
        `SELECT coalesce(sum(last - next + 1), 0) AS n FROM number_pools WHERE series = ? AND year = ? AND next <= last`,
      )
      .get(series, year) as { n: number };
    return row.n;
  }

  add(block: ReserveNumbersResponse, at: Date): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO number_pools (series, year, first, last, next, reserved_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(block.series, block.year, block.first, block.last, block.first, at.toISOString());
  }

  /** Series and years this workstation has ever held blocks for (to top them up after sync). */
  known(): { series: string; year: number }[] {
    return this.db.prepare(`SELECT DISTINCT series, year FROM number_pools`).all() as {
      series: string;
      year: number;
    }[];
  }

  /** Standalone counting: the next number of the workstation's own yearly sequence. */
  nextLocal(series: string, year: number): number {
    const row = this.db
      .prepare(
        `INSERT INTO sequences (name, year, last) VALUES (?, ?, 1)
         ON CONFLICT(name, year) DO UPDATE SET last = last + 1 RETURNING last`,
      )
      .get(series, year) as { last: number };
    return row.last;
  }

  /** The highest number this workstation issued on its own (sent when it first reserves a block). */
  lastLocal(series: string, year: number): number {
    const row = this.db
      .prepare(`SELECT last FROM sequences WHERE name = ? AND year = ?`)
      .get(series, year) as { last: number } | undefined;
    return row?.last ?? 0;
  }
}
