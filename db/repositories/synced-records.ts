import type { SyncedTableName } from '../../core/sync/schema';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import type { RecordMapper } from './record-mapper';

type Base = { id: string; createdAt: string; updatedAt: string };

/**
 * Reads and writes of one synced table whose records are plain mapped fields. Writes go through the
 * write path and must run inside `transaction`, so a service can change several tables at once
 * (schedule an application and create its event) and the audit/sync log records all of it or none.
 */
export class SyncedRecords<T extends Base> {
  constructor(
    private readonly db: Db,
    private readonly writes: WritePath,
    readonly table: SyncedTableName,
    private readonly mapper: RecordMapper<T>,
  ) {}

  insert(record: Omit<T, keyof Base>): T {
    const id = this.writes.insert(this.table, this.mapper.toRow(record));
    return this.require(id);
  }

  update(id: string, patch: Partial<Omit<T, keyof Base>>): T {
    this.require(id);
    this.writes.update(this.table, id, this.mapper.toRow(patch));
    return this.require(id);
  }

  tombstone(id: string): void {
    this.writes.tombstone(this.table, id);
  }

  get(id: string): T | null {
    const row = this.db.prepare(`SELECT * FROM ${this.table} WHERE id = ? AND deleted = 0`).get(id);
    return row ? this.mapper.fromRow(row as Record<string, unknown>) : null;
  }

  require(id: string): T {
    const record = this.get(id);
    if (!record) throw new Error(`${this.table} ${id} not found`);
    return record;
  }

  /** `where` is SQL written in this layer (never from input); values are bound parameters. */
  where(where: string, params: readonly (string | number | null)[] = [], orderBy = 'created_at'): T[] {
    const rows = this.db
      .prepare(`SELECT * FROM ${this.table} WHERE deleted = 0 AND (${where}) ORDER BY ${orderBy}`)
      .all(...params) as Record<string, unknown>[];
    return rows.map((row) => this.mapper.fromRow(row));
  }
}
