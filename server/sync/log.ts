import { changeKey, type Change } from '../../core/sync/protocol';
import type { Sql } from '../db/sql';
import { SERVER_DEVICE_ID } from './server-clock';
import { toJsonb } from './values';

/**
 * The change log (every accepted change, in server_seq order) and the last-writer-wins field state,
 * written a batch at a time (arrays unnested in one statement each).
 */
export interface FieldRef {
  table: string;
  rowId: string;
  field: string;
}

export interface FieldState {
  value: string | number | null;
  hlc: string;
  deviceId: string;
  user: string;
}

export function refKey(ref: FieldRef): string {
  return `${ref.table}|${ref.rowId}|${ref.field}`;
}

/** Appends changes in the given order (server_seq follows it). */
export async function appendChanges(
  tx: Sql,
  changes: readonly Change[],
  acceptedUser: string,
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  const column = <T>(pick: (c: Change) => T) => changes.map(pick);
  await tx.query(
    `INSERT INTO changes (change_key, hlc, device_id, user_name, accepted_user, table_name, row_id, field,
                          value, op, base_hlc, accepted_at)
     SELECT k, h, d, u, $11, t, r, f, v::jsonb, o, b, $12
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                 $8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS x(k, h, d, u, t, r, f, v, o, b, n)
     ORDER BY n`,
    [
      column(changeKey),
      column((c) => c.hlc),
      column((c) => c.deviceId),
      column((c) => c.userName),
      column((c) => c.table),
      column((c) => c.rowId),
      column((c) => c.field),
      column((c) => toJsonb(c.value)),
      column((c) => c.op),
      column((c) => c.baseHlc),
      acceptedUser,
      now,
    ],
  );
}

export async function readFieldStates(tx: Sql, refs: readonly FieldRef[]): Promise<Map<string, FieldState>> {
  const states = new Map<string, FieldState>();
  if (refs.length === 0) return states;
  const rows = await tx.query<{
    table_name: string;
    row_id: string;
    field: string;
    value: string | number | null;
    hlc: string;
    device_id: string;
    user_name: string;
  }>(
    `SELECT s.table_name, s.row_id, s.field, s.value, s.hlc, s.device_id, s.user_name
     FROM field_state s JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(t, r, f)
       ON s.table_name = k.t AND s.row_id = k.r AND s.field = k.f`,
    [refs.map((r) => r.table), refs.map((r) => r.rowId), refs.map((r) => r.field)],
  );
  for (const row of rows)
    states.set(refKey({ table: row.table_name, rowId: row.row_id, field: row.field }), {
      value: row.value,
      hlc: row.hlc,
      deviceId: row.device_id,
      user: row.user_name,
    });
  return states;
}

/** Stores the newest value of each field; a stored value with a greater hlc is kept. */
export async function writeFieldStates(
  tx: Sql,
  entries: readonly { ref: FieldRef; state: FieldState }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `INSERT INTO field_state (table_name, row_id, field, value, hlc, device_id, user_name)
     SELECT t, r, f, v::jsonb, h, d, u
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS x(t, r, f, v, h, d, u)
     ON CONFLICT (table_name, row_id, field) DO UPDATE
       SET value = excluded.value, hlc = excluded.hlc, device_id = excluded.device_id, user_name = excluded.user_name
       WHERE field_state.hlc < excluded.hlc`,
    [
      entries.map((e) => e.ref.table),
      entries.map((e) => e.ref.rowId),
      entries.map((e) => e.ref.field),
      entries.map((e) => toJsonb(e.state.value)),
      entries.map((e) => e.state.hlc),
      entries.map((e) => e.state.deviceId),
      entries.map((e) => e.state.user),
    ],
  );
}

/** Which of these fields have an open conflict. */
export async function fieldsWithOpenConflicts(tx: Sql, refs: readonly FieldRef[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows = await tx.query<{ table_name: string; row_id: string; field: string }>(
    `SELECT DISTINCT c.table_name, c.row_id, c.field
     FROM conflicts c JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(t, r, f)
       ON c.table_name = k.t AND c.row_id = k.r AND c.field = k.f
     WHERE c.resolved_at IS NULL`,
    [refs.map((r) => r.table), refs.map((r) => r.rowId), refs.map((r) => r.field)],
  );
  return new Set(rows.map((r) => refKey({ table: r.table_name, rowId: r.row_id, field: r.field })));
}

/** Appends changes the server makes itself (device and user "server") and applies them. */
export async function appendServerChanges(
  tx: Sql,
  changes: readonly Omit<Change, 'deviceId' | 'userName'>[],
  now: Date,
): Promise<void> {
  const full = changes.map((c): Change => ({ ...c, deviceId: SERVER_DEVICE_ID, userName: SERVER_DEVICE_ID }));
  await appendChanges(tx, full, SERVER_DEVICE_ID, now);
  await writeFieldStates(
    tx,
    full.map((c) => ({
      ref: c,
      state: { value: c.value, hlc: c.hlc, deviceId: c.deviceId, user: SERVER_DEVICE_ID },
    })),
  );
}
