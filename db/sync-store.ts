import { decodeHlc, encodeHlc, receiveHlc } from '../core/sync/hlc';
import type { Change, RejectionCode, ServerChange } from '../core/sync/protocol';
import { SYNCED_SCHEMA, isSyncedTable, type ColumnType, type SyncedTableName } from '../core/sync/schema';
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import { refreshEventRanges } from './repositories/calendar-events';
import { reindexInquiries } from './repositories/inquiry-search';
import type { Row, SqlValue } from './tables';
import { currentEntry } from './write-path';

/**
 * Everything sync reads and writes in the workstation database, and nothing else does.
 *
 * A synced row is a cache of its change log: each field shows the value of its newest entry by hlc
 * (last writer wins), ignoring entries the server refused — except that this workstation's own edits
 * the server has not acknowledged yet are never overwritten by remote values. Remote changes go into
 * the change log with their original hlc, device and user, so a record's history shows everyone's edits.
 */

/** Runs after remote (or restored) values changed some rows of a table, inside the same transaction. */
export type AfterApplyHook = (db: Db, rowIds: readonly string[]) => void;
export type AfterApplyHooks = Partial<Record<SyncedTableName, AfterApplyHook>>;

export interface PushOutcome {
  accepted: readonly string[];
  /** Final refusals only: the field is restored and the change listed for the user. */
  rejected: readonly { key: string; code: RejectionCode; message: string }[];
}

export interface ApplyInput {
  /** The cursor the page was requested with; a page for another cursor is stale and ignored. */
  since: number;
  changes: readonly ServerChange[];
  /** The cursor after this page. */
  cursor: number;
  nowMs: number;
  deviceId: string;
  /** Remote timestamps further ahead than this are refused (the whole page is rolled back). */
  maxDriftMs: number;
}

export interface ApplyResult {
  stale: boolean;
  /** Changes new to this workstation. */
  inserted: number;
  /** Changes of a known field whose value does not fit the column: not stored, not applied. */
  skipped: number;
  /** Rows whose visible values changed, by table (for "data changed" events). */
  changed: Record<string, string[]>;
}

export interface RejectedChange {
  seq: number;
  key: string;
  table: string;
  rowId: string;
  field: string;
  value: SqlValue;
  op: Change['op'];
  hlc: string;
  /** When the edit was made (from its hlc). */
  at: string;
  userName: string;
  code: string;
  message: string;
}

export interface ConflictSide {
  value: unknown;
  hlc: string;
  userName: string;
  /** When that edit was made (from its hlc). */
  at: string | null;
}

export interface SyncConflict {
  id: string;
  table: string;
  rowId: string;
  field: string;
  winner: ConflictSide;
  loser: ConflictSide;
  detectedAt: string;
}

export interface PendingBlob {
  sha256: string;
  path: string;
  size: number;
  uploaded: number;
}

const META_CURSOR = 'sync_cursor';
const META_LAST_SYNC = 'sync_last_at';
const META_REJECTED_SEEN = 'sync_rejected_seen';

type Touched = Map<string, Map<string, Set<string>>>;

export class SyncStore {
  private readonly hooks: AfterApplyHooks;
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    options: { hooks?: AfterApplyHooks } = {},
  ) {
    this.hooks = options.hooks ?? DEFAULT_AFTER_APPLY_HOOKS;
  }

  /** This workstation's changes the server has neither acknowledged nor refused, oldest first. */
  pendingChanges(limit: number): Change[] {
    const rows = this.sql(
      `SELECT ${LOG_CHANGE_COLUMNS} FROM change_log
         WHERE synced_at IS NULL AND rejected_code IS NULL ORDER BY seq LIMIT ?`,
    ).all(limit) as LogRow[];
    return rows.map(changeOfLogRow);
  }

  pendingCount(): number {
    return (
      this.sql(
        `SELECT count(*) AS n FROM change_log WHERE synced_at IS NULL AND rejected_code IS NULL`,
      ).get() as { n: number }
    ).n;
  }

  /**
   * Records the server's answer to a push in one transaction. Acknowledged fields fall back to last
   * writer wins (a newer remote value that waited behind them now shows); refused ones are restored to
   * the newest remaining value, and a record whose every change was refused is tombstoned locally.
   */
  recordPushResult(outcome: PushOutcome, at: string): { changed: Record<string, string[]> } {
    return this.db
      .transaction(() => {
        const touched: Touched = new Map();
        const accept = this.sql(
          `UPDATE change_log SET synced_at = ?
           WHERE hlc = ? AND table_name = ? AND row_id = ? AND field = ?
             AND synced_at IS NULL AND rejected_code IS NULL`,
        );
        for (const key of outcome.accepted) {
          const k = parseChangeKey(key);
          if (k && accept.run(at, k.hlc, k.table, k.rowId, k.field).changes > 0) touch(touched, k);
        }
        const reject = this.sql(
          `UPDATE change_log SET rejected_code = ?, rejected_message = ?
           WHERE hlc = ? AND table_name = ? AND row_id = ? AND field = ? AND synced_at IS NULL`,
        );
        for (const { key, code, message } of outcome.rejected) {
          const k = parseChangeKey(key);
          if (k && reject.run(code, message, k.hlc, k.table, k.rowId, k.field).changes > 0) touch(touched, k);
        }
        return { changed: this.materialise(touched, at) };
      })
      .immediate();
  }

  /**
   * Applies one page of remote changes and moves the cursor, all in one transaction: either the whole
   * page with its cursor is applied or nothing is. Applying a page twice changes nothing.
   */
  applyRemote(input: ApplyInput): ApplyResult {
    return this.db
      .transaction((): ApplyResult => {
        if (this.cursor() !== input.since) return { stale: true, inserted: 0, skipped: 0, changed: {} };
        const at = new Date(input.nowMs).toISOString();
        const insert = this.sql(
          `INSERT OR IGNORE INTO change_log
             (hlc, device_id, user_name, table_name, row_id, field, value, op, base_hlc, synced_at, server_seq)
           VALUES (@hlc, @deviceId, @userName, @table, @rowId, @field, @value, @op, @baseHlc, @at, @serverSeq)`,
        );
        // Our own change coming back (its acknowledgement was lost): the server has it, so it is synced.
        const echo = this.sql(
          `UPDATE change_log
           SET synced_at = coalesce(synced_at, @at), server_seq = @serverSeq, rejected_code = NULL,
               rejected_message = NULL
           WHERE hlc = @hlc AND table_name = @table AND row_id = @rowId AND field = @field
             AND (server_seq IS NULL OR synced_at IS NULL OR rejected_code IS NOT NULL)`,
        );
        const touched: Touched = new Map();
        let inserted = 0;
        let skipped = 0;
        let newest: string | null = null;
        for (const c of input.changes) {
          if (!fitsSchema(c)) {
            skipped++;
            continue;
          }
          const params = { ...c, value: JSON.stringify(c.value), at };
          if (insert.run(params).changes > 0) {
            inserted++;
            touch(touched, c);
          } else if (echo.run(params).changes > 0) {
            touch(touched, c);
          }
          if (newest === null || c.hlc > newest) newest = c.hlc;
        }
        const changed = this.materialise(touched, at);
        if (newest !== null) this.receiveClock(newest, input.nowMs, input.deviceId, input.maxDriftMs);
        if (input.cursor > input.since) this.setMeta(META_CURSOR, String(input.cursor));
        return { stale: false, inserted, skipped, changed };
      })
      .immediate();
  }

  /** Rebuilds a table's rows from the change log (repair, or after an upgrade that adds a synced table). */
  rematerialise(table: SyncedTableName, at: string): Record<string, string[]> {
    return this.db
      .transaction(() => {
        const rows = this.sql(`SELECT DISTINCT row_id, field FROM change_log WHERE table_name = ?`).all(
          table,
        ) as { row_id: string; field: string }[];
        const touched: Touched = new Map();
        for (const r of rows) touch(touched, { table, rowId: r.row_id, field: r.field });
        return this.materialise(touched, at);
      })
      .immediate();
  }

  /** The last server sequence number this workstation has applied (0: nothing yet). */
  cursor(): number {
    return Number(this.getMeta(META_CURSOR) ?? 0);
  }

  lastSyncAt(): string | null {
    return this.getMeta(META_LAST_SYNC);
  }

  setLastSyncAt(iso: string): void {
    this.setMeta(META_LAST_SYNC, iso);
  }

  /** Merges a remote timestamp into this workstation's clock (meta 'hlc'); throws ClockDriftError. */
  receiveClock(remote: string, nowMs: number, deviceId: string, maxDriftMs: number): void {
    const stored = this.getMeta('hlc');
    const merged = receiveHlc(
      stored ? decodeHlc(stored) : null,
      decodeHlc(remote),
      nowMs,
      deviceId,
      maxDriftMs,
    );
    this.setMeta('hlc', encodeHlc(merged));
  }

  /** This workstation's changes the server refused, newest first, for the user to see. */
  rejectedChanges(limit = 200): RejectedChange[] {
    const rows = this.sql(
      `SELECT seq, hlc, user_name, table_name, row_id, field, value, op, rejected_code, rejected_message
         FROM change_log WHERE rejected_code IS NOT NULL ORDER BY seq DESC LIMIT ?`,
    ).all(limit) as (LogRow & { seq: number; rejected_code: string; rejected_message: string | null })[];
    return rows.map((r) => ({
      seq: r.seq,
      key: `${r.hlc}|${r.table_name}|${r.row_id}|${r.field}`,
      table: r.table_name,
      rowId: r.row_id,
      field: r.field,
      value: decodeValue(r.value),
      op: r.op,
      hlc: r.hlc,
      at: hlcTime(r.hlc) ?? '',
      userName: r.user_name,
      code: r.rejected_code,
      message: r.rejected_message ?? '',
    }));
  }

  /** Refused changes the user has not yet acknowledged (see acknowledgeRejected). */
  rejectedCount(): number {
    const seen = Number(this.getMeta(META_REJECTED_SEEN) ?? 0);
    return (
      this.sql(`SELECT count(*) AS n FROM change_log WHERE rejected_code IS NOT NULL AND seq > ?`).get(
        seen,
      ) as { n: number }
    ).n;
  }

  /** The user has seen the refused changes listed so far: they no longer count in the status. */
  acknowledgeRejected(): void {
    const max = this.sql(`SELECT max(seq) AS m FROM change_log WHERE rejected_code IS NOT NULL`).get() as {
      m: number | null;
    };
    if (max.m !== null) this.setMeta(META_REJECTED_SEEN, String(max.m));
  }

  /** Concurrent edits of legal fields that nobody has resolved yet, newest first. */
  openConflicts(filter: { table?: string; rowId?: string } = {}): SyncConflict[] {
    const rows = this.sql(
      `SELECT * FROM sync_conflicts
         WHERE deleted = 0 AND resolved_at IS NULL
           AND (@table IS NULL OR table_name = @table) AND (@rowId IS NULL OR row_id = @rowId)
         ORDER BY detected_at DESC, id`,
    ).all({ table: filter.table ?? null, rowId: filter.rowId ?? null }) as Record<string, string | null>[];
    const side = (r: Record<string, string | null>, which: 'winner' | 'loser'): ConflictSide => {
      const hlc = r[`${which}_hlc`] ?? '';
      return {
        value: decodeConflictValue(r[`${which}_value`] ?? null),
        hlc,
        userName: r[`${which}_user`] ?? '',
        at: hlcTime(hlc),
      };
    };
    return rows.map((r) => ({
      id: r.id ?? '',
      table: r.table_name ?? '',
      rowId: r.row_id ?? '',
      field: r.field ?? '',
      winner: side(r, 'winner'),
      loser: side(r, 'loser'),
      detectedAt: r.detected_at ?? '',
    }));
  }

  openConflictCount(): number {
    return (
      this.sql(
        `SELECT count(*) AS n FROM sync_conflicts WHERE deleted = 0 AND resolved_at IS NULL`,
      ).get() as { n: number }
    ).n;
  }

  /** Queues a content-addressed blob (already in the local blob store) for upload. */
  queueBlob(blob: { sha256: string; path: string; size: number }, at: string): void {
    this.sql(
      `INSERT OR IGNORE INTO blob_uploads (sha256, path, size, uploaded, queued_at) VALUES (?, ?, ?, 0, ?)`,
    ).run(blob.sha256, blob.path, blob.size, at);
  }

  pendingBlobs(): PendingBlob[] {
    return this.sql(
      `SELECT sha256, path, size, uploaded FROM blob_uploads WHERE done_at IS NULL ORDER BY queued_at, sha256`,
    ).all() as PendingBlob[];
  }

  setBlobProgress(sha256: string, uploaded: number): void {
    this.sql(`UPDATE blob_uploads SET uploaded = ? WHERE sha256 = ?`).run(uploaded, sha256);
  }

  markBlobUploaded(sha256: string, at: string): void {
    this.sql(`UPDATE blob_uploads SET uploaded = size, done_at = ? WHERE sha256 = ?`).run(at, sha256);
  }

  /**
   * Brings the rows of the touched fields to their current value (see currentEntry), creating a row
   * from the schema's placeholders when its first fields arrive, then runs the tables' hooks.
   */
  private materialise(touched: Touched, at: string): Record<string, string[]> {
    const changed: Record<string, string[]> = {};
    for (const [table, rows] of touched) {
      if (!isSyncedTable(table)) continue; // a newer server's table: kept in the log for later
      const columns: Record<string, { type: ColumnType; placeholder?: string | number }> =
        SYNCED_SCHEMA[table].columns;
      const select = this.sql(`SELECT * FROM ${table} WHERE id = ?`);
      const alive = this.sql(
        `SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? AND rejected_code IS NULL LIMIT 1`,
      );
      const changedRows: string[] = [];
      for (const [rowId, fields] of rows) {
        const current = select.get(rowId) as Row | undefined;
        if (!alive.get(table, rowId)) {
          // Every change of this record was refused: it never existed for the office.
          if (current && current.deleted !== 1) {
            this.sql(`UPDATE ${table} SET deleted = 1, updated_at = ? WHERE id = ?`).run(at, rowId);
            changedRows.push(rowId);
          }
          continue;
        }
        const values: Row = {};
        for (const field of fields) {
          const column = columns[field];
          if (!column || !Object.hasOwn(columns, field)) continue;
          const entry = currentEntry(this.db, table, rowId, field);
          let value = entry ? decodeValue(entry.value) : null;
          if (value === null && column.placeholder !== undefined) value = column.placeholder;
          if (fitsColumn(column.type, value)) values[field] = value;
        }
        if (this.writeRow(table, rowId, current, values, at)) changedRows.push(rowId);
      }
      if (changedRows.length > 0) {
        changed[table] = changedRows;
        this.hooks[table]?.(this.db, changedRows);
      }
    }
    return changed;
  }

  /**
   * Writes a record's new values, creating it from placeholders if needed. A value the table refuses
   * (a CHECK constraint, e.g. a jurisdiction this version does not know) is left out rather than
   * blocking sync for good; it stays in the change log. Returns whether anything changed.
   */
  private writeRow(
    table: SyncedTableName,
    rowId: string,
    current: Row | undefined,
    values: Row,
    at: string,
  ): boolean {
    const columns: Record<string, { placeholder?: string | number }> = SYNCED_SCHEMA[table].columns;
    let base = current;
    let created = false;
    if (!base) {
      const placeholders: Row = { id: rowId, created_at: at, updated_at: at };
      for (const [name, column] of Object.entries(columns)) {
        if (column.placeholder !== undefined) placeholders[name] = column.placeholder;
      }
      const insert = (row: Row) => {
        const names = Object.keys(row);
        this.sql(
          `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`,
        ).run(row);
      };
      if (withinConstraints(() => insert({ ...placeholders, ...values }))) return true;
      insert(placeholders);
      base = placeholders;
      created = true;
    }
    const old = base;
    const diff = Object.keys(values).filter((f) => old[f] !== values[f]);
    if (diff.length === 0) return created;
    const update = (fields: string[]) =>
      this.sql(
        `UPDATE ${table} SET ${fields.map((f) => `${f} = @${f}`).join(', ')}, updated_at = @__at WHERE id = @__id`,
      ).run({ ...Object.fromEntries(fields.map((f) => [f, values[f]])), __at: at, __id: rowId });
    if (withinConstraints(() => update(diff))) return true;
    let any = created;
    for (const field of diff) any = withinConstraints(() => update([field])) || any;
    return any;
  }

  /** Prepared once per SQL text: applying a large initial sync prepares nothing per change. */
  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size >= 500) this.statements.clear(); // updates of many field combinations
      this.statements.set(text, (statement = this.db.prepare(text)));
    }
    return statement;
  }

  private getMeta(key: string): string | null {
    const row = this.sql(`SELECT value FROM meta WHERE key = ?`).get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private setMeta(key: string, value: string): void {
    this.sql(
      `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ).run(key, value);
  }
}

/** The full-text index after sync changed inquiries: the same function the repository uses. */
export const refreshInquirySearch = reindexInquiries;

/**
 * Moves this workstation's registration counter past numbers that arrived from other workstations, so
 * a workstation that is online while registering does not reuse a number.
 */
export function bumpInquirySequences(db: Db, ids: readonly string[]): void {
  const bump = db.prepare(
    `INSERT INTO sequences (name, year, last)
     SELECT 'inquiries', reg_year, reg_seq FROM inquiries WHERE id = ? AND reg_year > 0 AND reg_seq > 0
     ON CONFLICT(name, year) DO UPDATE SET last = max(last, excluded.last)`,
  );
  for (const id of ids) bump.run(id);
}

export const DEFAULT_AFTER_APPLY_HOOKS: AfterApplyHooks = {
  inquiries: (db, ids) => {
    refreshInquirySearch(db, ids);
    bumpInquirySequences(db, ids);
  },
  calendar_events: refreshEventRanges,
};

export function parseChangeKey(
  key: string,
): { hlc: string; table: string; rowId: string; field: string } | null {
  const parts = key.split('|');
  if (parts.length < 4) return null;
  const hlc = parts[0] as string;
  const table = parts[1] as string;
  const field = parts.at(-1) as string;
  const rowId = parts.slice(2, -1).join('|');
  return { hlc, table, rowId, field };
}

/** The change_log columns that make up one protocol change. */
export const LOG_CHANGE_COLUMNS = 'hlc, device_id, user_name, table_name, row_id, field, value, op, base_hlc';

/** A change_log row (LOG_CHANGE_COLUMNS) as the protocol's change message. */
export function changeOfLogRow(r: LogRow): Change {
  return {
    hlc: r.hlc,
    deviceId: r.device_id,
    userName: r.user_name,
    table: r.table_name,
    rowId: r.row_id,
    field: r.field,
    value: decodeValue(r.value),
    op: r.op,
    baseHlc: r.base_hlc,
  };
}

export interface LogRow {
  hlc: string;
  device_id: string;
  user_name: string;
  table_name: string;
  row_id: string;
  field: string;
  value: string | null;
  op: Change['op'];
  base_hlc: string | null;
}

/** Runs one statement; false if the table refused it (SQLite undoes just that statement). */
function withinConstraints(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT')) return false;
    throw error;
  }
}

function touch(touched: Touched, c: { table: string; rowId: string; field: string }): void {
  let rows = touched.get(c.table);
  if (!rows) touched.set(c.table, (rows = new Map()));
  let fields = rows.get(c.rowId);
  if (!fields) rows.set(c.rowId, (fields = new Set()));
  fields.add(c.field);
}

function decodeValue(json: string | null): SqlValue {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function decodeConflictValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function hlcTime(hlc: string): string | null {
  try {
    return new Date(decodeHlc(hlc).wallMs).toISOString();
  } catch {
    return null;
  }
}

function fitsColumn(type: ColumnType, value: SqlValue): boolean {
  if (value === null) return true;
  return type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
}

/** A change of a known field must fit its column; changes of tables or fields this version does not know are kept. */
function fitsSchema(c: Change): boolean {
  if (!isSyncedTable(c.table)) return true;
  const columns: Record<string, { type: ColumnType }> = SYNCED_SCHEMA[c.table].columns;
  if (!Object.hasOwn(columns, c.field)) return true;
  return fitsColumn((columns[c.field] as { type: ColumnType }).type, c.value);
}
