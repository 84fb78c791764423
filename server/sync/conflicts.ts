import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/sql';
import { appendServerChanges, type FieldRef, type FieldState } from './log';
import type { ServerClock } from './server-clock';
import { toJsonb } from './values';

/**
 * Concurrent edits of a legal field are kept as conflicts: both values, who and when. Each conflict is
 * also published as an ordinary synced record of table `sync_conflicts` (rowId = conflict id, one change
 * per column, device and user "server"), so every workstation receives it through pull. Values are
 * JSON text (`JSON.stringify` of the field's value, "null" for an empty field).
 */
export type ConflictSide = FieldState;

export async function recordConflict(
  tx: Sql,
  clock: ServerClock,
  ref: FieldRef,
  a: ConflictSide,
  b: ConflictSide,
  now: Date,
): Promise<string> {
  const [winner, loser] = a.hlc > b.hlc ? [a, b] : [b, a];
  const id = randomUUID();
  await tx.query(
    `INSERT INTO conflicts (id, table_name, row_id, field, winner_value, winner_hlc, winner_device, winner_user,
                            loser_value, loser_hlc, loser_device, loser_user, detected_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)`,
    [
      id,
      ref.table,
      ref.rowId,
      ref.field,
      toJsonb(winner.value),
      winner.hlc,
      winner.deviceId,
      winner.user,
      toJsonb(loser.value),
      loser.hlc,
      loser.deviceId,
      loser.user,
      now,
    ],
  );
  const columns: Record<string, string | number | null> = {
    deleted: 0,
    table_name: ref.table,
    row_id: ref.rowId,
    field: ref.field,
    winner_value: toJsonb(winner.value),
    winner_hlc: winner.hlc,
    winner_user: winner.user,
    loser_value: toJsonb(loser.value),
    loser_hlc: loser.hlc,
    loser_user: loser.user,
    detected_at: now.toISOString(),
    resolved_at: null,
    resolved_by: null,
  };
  await publish(tx, clock, id, 'insert', columns, now);
  return id;
}

/** Marks the open conflicts of a field resolved (someone saw the newest value and chose). */
export async function resolveConflicts(
  tx: Sql,
  clock: ServerClock,
  ref: FieldRef,
  resolution: { by: string; hlc: string },
  now: Date,
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE conflicts SET resolved_at = $4, resolved_by = $5, resolved_hlc = $6
     WHERE table_name = $1 AND row_id = $2 AND field = $3 AND resolved_at IS NULL
     RETURNING id`,
    [ref.table, ref.rowId, ref.field, now, resolution.by, resolution.hlc],
  );
  const ids = rows.map((r) => r.id).sort();
  for (const id of ids)
    await publish(
      tx,
      clock,
      id,
      'update',
      { resolved_at: now.toISOString(), resolved_by: resolution.by },
      now,
    );
  return ids;
}

async function publish(
  tx: Sql,
  clock: ServerClock,
  id: string,
  op: 'insert' | 'update',
  columns: Record<string, string | number | null>,
  now: Date,
): Promise<void> {
  const hlc = clock.tick();
  const changes = Object.entries(columns).map(([field, value]) => ({
    hlc,
    table: 'sync_conflicts',
    rowId: id,
    field,
    value,
    op,
    baseHlc: null,
  }));
  await appendServerChanges(tx, changes, now);
}
