import { changeKey, MAX_PULL_LIMIT, type ServerChange } from '../../core/sync/protocol';
import { SYNCED_SCHEMA } from '../../core/sync/schema';
import type { Db } from '../../db/connection';
import type { SyncTransport } from '../../main/sync/engine';

/**
 * What the server holds, read through the protocol (pull), kept incrementally: the tests pull after
 * every crash, and the log only grows.
 */
export class ServerMirror {
  readonly changes: ServerChange[] = [];
  /** How many times each change key is in the server's log (must be 1). */
  readonly counts = new Map<string, number>();
  /** The server's sequence number of each change key. */
  readonly seqs = new Map<string, number>();
  private cursor = 0;

  constructor(private readonly transport: SyncTransport) {}

  async refresh(): Promise<this> {
    for (let more = true; more;) {
      const page = await this.transport.pull(this.cursor, MAX_PULL_LIMIT);
      for (const change of page.changes) {
        this.changes.push(change);
        const key = changeKey(change);
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        this.seqs.set(key, change.serverSeq);
      }
      more = page.hasMore;
      this.cursor = page.cursor;
    }
    return this;
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }

  duplicates(): string[] {
    return [...this.counts].filter(([, n]) => n > 1).map(([key]) => key);
  }
}

export interface LocalChange {
  key: string;
  rowId: string;
  field: string;
  hlc: string;
  value: string | null;
  syncedAt: string | null;
  serverSeq: number | null;
  rejectedCode: string | null;
}

/** The workstation's own change-log entries (its edits), oldest first. */
export function localChanges(db: Db, deviceId: string): LocalChange[] {
  const rows = db
    .prepare(
      `SELECT hlc, table_name, row_id, field, value, synced_at, server_seq, rejected_code
       FROM change_log WHERE device_id = ? ORDER BY seq`,
    )
    .all(deviceId) as {
    hlc: string;
    table_name: string;
    row_id: string;
    field: string;
    value: string | null;
    synced_at: string | null;
    server_seq: number | null;
    rejected_code: string | null;
  }[];
  return rows.map((r) => ({
    key: changeKey({ hlc: r.hlc, table: r.table_name, rowId: r.row_id, field: r.field }),
    rowId: r.row_id,
    field: r.field,
    hlc: r.hlc,
    value: r.value,
    syncedAt: r.synced_at,
    serverSeq: r.server_seq,
    rejectedCode: r.rejected_code,
  }));
}

/**
 * Where the workstation's inquiries differ from the server's truth (per field, the value of the change
 * with the greatest hlc): one line per difference, empty when they agree. Rows only one side has count too.
 */
export function inquiryDifferences(db: Db, server: readonly ServerChange[]): string[] {
  const latest = new Map<string, Map<string, ServerChange>>();
  for (const c of server) {
    if (c.table !== 'inquiries') continue;
    let fields = latest.get(c.rowId);
    if (!fields) latest.set(c.rowId, (fields = new Map()));
    const current = fields.get(c.field);
    if (!current || c.hlc > current.hlc) fields.set(c.field, c);
  }
  const columns = Object.keys(SYNCED_SCHEMA.inquiries.columns);
  const select = db.prepare(`SELECT * FROM inquiries WHERE id = ?`);
  const out: string[] = [];
  for (const [rowId, fields] of latest) {
    const row = select.get(rowId) as Record<string, unknown> | undefined;
    if (!row) {
      out.push(`${rowId}: on the server, not on the workstation`);
      continue;
    }
    for (const [field, change] of fields) {
      if (!columns.includes(field)) continue;
      if (row[field] !== change.value)
        out.push(
          `${rowId}.${field}: workstation ${JSON.stringify(row[field])}, server ${JSON.stringify(change.value)}`,
        );
    }
  }
  const localIds = db.prepare(`SELECT id FROM inquiries`).pluck().all() as string[];
  for (const id of localIds) if (!latest.has(id)) out.push(`${id}: on the workstation, not on the server`);
  return out;
}
