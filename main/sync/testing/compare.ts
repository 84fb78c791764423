import type { ServerChange } from '../../../core/sync/protocol';
import { SYNCED_SCHEMA, type SyncedTableName } from '../../../core/sync/schema';
import type { Db } from '../../../db/connection';
import type { Row } from '../../../db/tables';

/**
 * What must be identical everywhere after sync: for every synced table, each record's id and synced
 * columns. Local-only columns (created_at, updated_at) differ by design: they say when this workstation
 * learned of the record. Records whose every change the server refused exist only where they were made
 * (tombstoned there) and are left out.
 */
export function workstationData(db: Db, table: SyncedTableName): Row[] {
  const columns = ['id', ...Object.keys(SYNCED_SCHEMA[table].columns)];
  return db
    .prepare(
      `SELECT ${columns.join(', ')} FROM ${table} t
       WHERE EXISTS (SELECT 1 FROM change_log c
                     WHERE c.table_name = '${table}' AND c.row_id = t.id AND c.rejected_code IS NULL)
       ORDER BY id`,
    )
    .all() as Row[];
}

/** The same view computed from the server's feed: newest value per field by hlc, placeholders for the rest. */
export function serverData(feed: readonly ServerChange[], table: SyncedTableName): Row[] {
  const columns: Record<string, { placeholder?: string | number }> = SYNCED_SCHEMA[table].columns;
  const newest = new Map<string, Map<string, ServerChange>>();
  for (const c of feed) {
    if (c.table !== table || !Object.hasOwn(columns, c.field)) continue;
    let fields = newest.get(c.rowId);
    if (!fields) newest.set(c.rowId, (fields = new Map()));
    const stored = fields.get(c.field);
    if (!stored || c.hlc > stored.hlc) fields.set(c.field, c);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, fields]) => {
      const row: Row = { id };
      for (const [name, column] of Object.entries(columns)) {
        const value = fields.get(name)?.value ?? null;
        row[name] = value === null && column.placeholder !== undefined ? column.placeholder : value;
      }
      return row;
    });
}

/** The keys of every change this workstation holds that the server did not refuse. */
export function changeKeys(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT hlc || '|' || table_name || '|' || row_id || '|' || field AS k FROM change_log
         WHERE rejected_code IS NULL ORDER BY k`,
      )
      .all() as { k: string }[]
  ).map((r) => r.k);
}
