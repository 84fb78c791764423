import { randomUUID } from 'node:crypto';
import { decodeHlc, encodeHlc, tickHlc } from '../core/sync/hlc';
import type { Db } from './connection';
import { assertColumns, type Row, type SqlValue, type SyncedTable } from './tables';

/** Who is changing things: recorded with every field in the change log. */
export interface Actor {
  deviceId: string;
  userName: string;
}

export type Clock = () => Date;

/**
 * The one write path. Every insert, update and tombstone of a synced record goes through here,
 * inside the caller's transaction, and writes one change_log entry per changed field with a
 * hybrid-logical-clock timestamp, the device and the user. That log is the audit trail and the sync feed.
 */
export class WritePath {
  constructor(
    private readonly db: Db,
    private readonly actor: () => Actor,
    private readonly clock: Clock,
  ) {}

  insert(table: SyncedTable, row: Row): string {
    this.assertInTransaction();
    assertColumns(table, row);
    const id = randomUUID();
    const now = this.clock().toISOString();
    const full: Row = { id, created_at: now, updated_at: now, deleted: 0, ...row };
    const columns = Object.keys(full);
    this.db
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
      )
      .run(full);
    this.log(table, id, 'insert', row);
    return id;
  }

  /** Writes only the fields that really change; returns the names of those fields. */
  update(table: SyncedTable, id: string, patch: Row): string[] {
    this.assertInTransaction();
    assertColumns(table, patch);
    const current = this.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    if (!current) throw new Error(`${table} ${id} does not exist`);
    const changed: Row = {};
    for (const [key, value] of Object.entries(patch)) {
      if (current[key] !== value) changed[key] = value;
    }
    const fields = Object.keys(changed);
    if (fields.length === 0) return [];
    const now = this.clock().toISOString();
    this.db
      .prepare(
        `UPDATE ${table} SET ${fields.map((f) => `${f} = @${f}`).join(', ')}, updated_at = @__now WHERE id = @__id`,
      )
      .run({ ...changed, __now: now, __id: id });
    this.log(table, id, 'update', changed);
    return fields;
  }

  /** Records are never hard-deleted: a tombstone keeps the legal register intact and syncs. */
  tombstone(table: SyncedTable, id: string): void {
    this.assertInTransaction();
    const now = this.clock().toISOString();
    const result = this.db
      .prepare(`UPDATE ${table} SET deleted = 1, updated_at = ? WHERE id = ? AND deleted = 0`)
      .run(now, id);
    if (result.changes > 0) this.log(table, id, 'delete', { deleted: 1 });
  }

  private log(table: SyncedTable, rowId: string, op: 'insert' | 'update' | 'delete', fields: Row): void {
    const hlc = this.nextHlc();
    const { deviceId, userName } = this.actor();
    const insert = this.db.prepare(
      `INSERT INTO change_log (hlc, device_id, user_name, table_name, row_id, field, value, op)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [field, value] of Object.entries(fields)) {
      insert.run(hlc, deviceId, userName, table, rowId, field, JSON.stringify(value satisfies SqlValue), op);
    }
  }

  private nextHlc(): string {
    const { deviceId } = this.actor();
    const stored = this.db.prepare(`SELECT value FROM meta WHERE key = 'hlc'`).get() as
      { value: string } | undefined;
    const next = encodeHlc(
      tickHlc(stored ? decodeHlc(stored.value) : null, this.clock().getTime(), deviceId),
    );
    this.db
      .prepare(
        `INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(next);
    return next;
  }

  private assertInTransaction(): void {
    if (!this.db.inTransaction) throw new Error('The write path must run inside a repository transaction');
  }
}

/** This workstation's stable id, created on first use and kept in the database it belongs to. */
export function deviceIdOf(db: Db): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'device_id'`).get() as
    { value: string } | undefined;
  if (row) return row.value;
  const id = randomUUID();
  db.prepare(`INSERT INTO meta (key, value) VALUES ('device_id', ?)`).run(id);
  return id;
}
