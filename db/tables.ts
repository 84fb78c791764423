import { SYNCED_SCHEMA, type SyncedTableName } from '../core/sync/schema';

/**
 * The synced tables and the columns a change may touch, from the shared schema in core/sync.
 * The write path and sync refuse anything not listed, so a table or field name never comes
 * from outside into SQL.
 */
export type SyncedTable = SyncedTableName;
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export function assertColumns(table: SyncedTable, row: Row): void {
  if (!Object.hasOwn(SYNCED_SCHEMA, table))
    throw new Error(`Table ${table} is not part of the synced schema`);
  const columns = SYNCED_SCHEMA[table].columns;
  for (const key of Object.keys(row)) {
    if (!Object.hasOwn(columns, key))
      throw new Error(`Column ${table}.${key} is not part of the synced schema`);
  }
}
