import type { SyncedTableName } from '../../core/sync/schema';
import type { Db } from '../connection';
import type { SqlValue } from '../tables';
import type { WritePath } from '../write-path';
import type { RecordMapper } from './record-mapper';

type Base = { id: string; createdAt: string; updatedAt: string };
type FilterValue = SqlValue | readonly SqlValue[];
export type Filter<T> = { [K in keyof T]?: FilterValue };
export interface Order<T> {
  field: keyof T & string;
  desc?: boolean;
  nocase?: boolean;
}

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

  /**
   * Live records matching `filter` (a field equals a value, or is one of a list), in `order`. Field names
   * are the record's own, turned into columns here, so no SQL is written outside db/.
   */
  find(filter: Filter<T> = {}, order: readonly Order<T>[] = [{ field: 'createdAt' }]): T[] {
    const where = ['deleted = 0'];
    const params: SqlValue[] = [];
    for (const [field, value] of Object.entries(filter) as [string, FilterValue | undefined][]) {
      if (value === undefined) continue;
      const column = this.column(field);
      if (Array.isArray(value)) {
        if (value.length === 0) return [];
        where.push(`${column} IN (${value.map(() => '?').join(', ')})`);
        params.push(...value);
      } else {
        where.push(value === null ? `${column} IS NULL` : `${column} = ?`);
        if (value !== null) params.push(value as SqlValue);
      }
    }
    const orderBy = order
      .map(
        (o) =>
          `${this.column(o.field as string)}${o.nocase ? ' COLLATE NOCASE' : ''}${o.desc ? ' DESC' : ''}`,
      )
      .join(', ');
    const rows = this.db
      .prepare(`SELECT * FROM ${this.table} WHERE ${where.join(' AND ')} ORDER BY ${orderBy}`)
      .all(...params) as Record<string, unknown>[];
    return rows.map((row) => this.mapper.fromRow(row));
  }

  private column(field: string): string {
    const column = this.mapper.columnOf(field);
    if (!column) throw new Error(`${this.table} has no field ${field}`);
    return column;
  }
}
