import type { Row, SqlValue } from '../tables';

/**
 * Maps a camelCase record of core/ to the snake_case row of SQLite and back, for the tables whose
 * fields are plain text, integers, booleans (0/1) and JSON (arrays, snapshots). One declaration per
 * table instead of two hand-written functions that drift apart.
 */
export type ColumnKind = 'text' | 'int' | 'bool' | 'json';
type Base = { id: string; createdAt: string; updatedAt: string };
export type FieldMap<T extends Base> = { [K in Exclude<keyof T, keyof Base>]: [string, ColumnKind] };

export interface RecordMapper<T extends Base> {
  toRow(patch: Partial<Omit<T, keyof Base>>): Row;
  fromRow(row: Record<string, unknown>): T;
  /** The column of a field (id, createdAt and updatedAt included); undefined for an unknown field. */
  columnOf(field: string): string | undefined;
}

const BASE_COLUMNS: Record<string, string> = { id: 'id', createdAt: 'created_at', updatedAt: 'updated_at' };

export function recordMapper<T extends Base>(fields: FieldMap<T>): RecordMapper<T> {
  const entries = Object.entries(fields) as [string, [string, ColumnKind]][];
  const columns = new Map(entries.map(([field, [column]]) => [field, column]));
  return {
    columnOf: (field) => BASE_COLUMNS[field] ?? columns.get(field),
    toRow(patch) {
      const row: Row = {};
      for (const [field, [column, kind]] of entries) {
        const value = (patch as Record<string, unknown>)[field];
        if (value === undefined) continue;
        row[column] = encode(value, kind);
      }
      return row;
    },
    fromRow(row) {
      const record: Record<string, unknown> = {
        id: row.id,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
      for (const [field, [column, kind]] of entries) record[field] = decode(row[column], kind);
      return record as T;
    },
  };
}

function encode(value: unknown, kind: ColumnKind): SqlValue {
  if (value === null) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value as SqlValue;
}

function decode(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return kind === 'bool' ? false : null;
  if (kind === 'bool') return value === 1;
  if (kind === 'json') return JSON.parse(value as string);
  return value;
}
