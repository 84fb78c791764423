import type { Change } from '../../core/sync/protocol';
import { SYNCED_SCHEMA, type SyncedTableName } from '../../core/sync/schema';
import { isStorableText } from '../errors';

/**
 * Checks a change's value against its column type from the shared schema (text: string, integer: a
 * safe integer, json: a string holding JSON; null always allowed) and that every text can be stored as
 * it is. Returns why it cannot be accepted, or null. The server never rewrites a value to make it fit.
 */
export function invalidValueReason(table: SyncedTableName, change: Change): string | null {
  for (const [label, text] of [
    ['rowId', change.rowId],
    ['userName', change.userName],
  ] as const) {
    if (!isStorableText(text)) return `${label} contains a NUL character or broken Unicode`;
  }
  const column = (SYNCED_SCHEMA[table].columns as Record<string, { type: string }>)[change.field];
  const value = change.value;
  if (value === null || !column) return null;
  switch (column.type) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? null
        : `${table}.${change.field} holds whole numbers, got ${describe(value)}`;
    case 'json':
      if (typeof value !== 'string')
        return `${table}.${change.field} holds JSON text, got ${describe(value)}`;
      if (!isStorableText(value))
        return `${table}.${change.field} contains a NUL character or broken Unicode`;
      try {
        JSON.parse(value);
        return null;
      } catch {
        return `${table}.${change.field} must hold valid JSON text`;
      }
    default:
      if (typeof value !== 'string') return `${table}.${change.field} holds text, got ${describe(value)}`;
      return isStorableText(value)
        ? null
        : `${table}.${change.field} contains a NUL character or broken Unicode`;
  }
}

function describe(value: string | number): string {
  return typeof value === 'number' ? `the number ${value}` : 'text';
}

/** Values as the change log stores them (jsonb), and equality of two stored values. */
export function toJsonb(value: string | number | null): string {
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a === null && b === undefined) || (a === undefined && b === null);
}
