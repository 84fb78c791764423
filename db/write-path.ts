import type { Statement } from 'better-sqlite3';
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
 * Each entry also records `base_hlc`: the hlc of the entry whose value the editor saw (null for inserts),
 * which lets the server tell a concurrent edit of a legal field from an informed one.
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
    this.log(table, id, 'insert', row, new Map());
    return id;
  }

  /**
   * Writes only the fields that really change; returns the names of those fields. `always` writes and
   * logs every field of the patch even when unchanged: a person confirming a value (e.g. keeping one
   * side of a sync conflict) is itself a change the other workstations must receive.
   */
  update(table: SyncedTable, id: string, patch: Row, options: { always?: boolean } = {}): string[] {
    this.assertInTransaction();
    assertColumns(table, patch);
    const current = this.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    if (!current) throw new Error(`${table} ${id} does not exist`);
    const changed: Row = {};
    for (const [key, value] of Object.entries(patch)) {
      if (options.always || current[key] !== value) changed[key] = value;
    }
    const fields = Object.keys(changed);
    if (fields.length === 0) return [];
    const bases = new Map(fields.map((f) => [f, currentEntry(this.db, table, id, f)?.hlc ?? null]));
    const now = this.clock().toISOString();
    this.db
      .prepare(
        `UPDATE ${table} SET ${fields.map((f) => `${f} = @${f}`).join(', ')}, updated_at = @__now WHERE id = @__id`,
      )
      .run({ ...changed, __now: now, __id: id });
    this.log(table, id, 'update', changed, bases);
    return fields;
  }

  /** Records are never hard-deleted: a tombstone keeps the legal register intact and syncs. */
  tombstone(table: SyncedTable, id: string): void {
    this.assertInTransaction();
    const base = currentEntry(this.db, table, id, 'deleted')?.hlc ?? null;
    const now = this.clock().toISOString();
    const result = this.db
      .prepare(`UPDATE ${table} SET deleted = 1, updated_at = ? WHERE id = ? AND deleted = 0`)
      .run(now, id);
    if (result.changes > 0) this.log(table, id, 'delete', { deleted: 1 }, new Map([['deleted', base]]));
  }

  private log(
    table: SyncedTable,
    rowId: string,
    op: 'insert' | 'update' | 'delete',
    fields: Row,
    bases: ReadonlyMap<string, string | null>,
  ): void {
    const hlc = this.nextHlc();
    const { deviceId, userName } = this.actor();
    const insert = this.db.prepare(
      `INSERT INTO change_log (hlc, device_id, user_name, table_name, row_id, field, value, op, base_hlc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [field, value] of Object.entries(fields)) {
      const json = JSON.stringify(value satisfies SqlValue);
      insert.run(hlc, deviceId, userName, table, rowId, field, json, op, bases.get(field) ?? null);
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

/**
 * The change-log entry whose value a field currently shows: this workstation's newest edit the server has
 * not acknowledged yet if there is one (remote values never overwrite it), otherwise the entry with the
 * greatest hlc (last writer wins). Entries the server refused never count.
 */
export function currentEntry(
  db: Db,
  table: string,
  rowId: string,
  field: string,
): { hlc: string; value: string | null } | undefined {
  let statement = currentEntryStatements.get(db);
  if (!statement) {
    statement = db.prepare(
      `SELECT hlc, value FROM change_log
       WHERE table_name = ? AND row_id = ? AND field = ? AND rejected_code IS NULL
       ORDER BY synced_at IS NULL DESC, hlc DESC LIMIT 1`,
    );
    currentEntryStatements.set(db, statement);
  }
  return statement.get(table, rowId, field) as { hlc: string; value: string | null } | undefined;
}

const currentEntryStatements = new WeakMap<Db, Statement>();

/** This workstation's stable id, created on first use and kept in the database it belongs to. */
export function deviceIdOf(db: Db): string {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'device_id'`).get() as
    { value: string } | undefined;
  if (row) return row.value;
  const id = randomUUID();
  db.prepare(`INSERT INTO meta (key, value) VALUES ('device_id', ?)`).run(id);
  return id;
}
