import type { Change } from '../../core/sync/protocol';
import { isLegalField, isSyncedTable } from '../../core/sync/schema';
import type { Sql } from '../db/sql';
import { recordConflict, resolveConflicts } from './conflicts';
import {
  appendChanges,
  fieldsWithOpenConflicts,
  readFieldStates,
  refKey,
  writeFieldStates,
  type FieldRef,
  type FieldState,
} from './log';
import type { ServerClock } from './server-clock';
import { sameValue } from './values';

type ConflictEvent =
  | { kind: 'conflict'; ref: FieldRef; stored: FieldState; incoming: FieldState }
  | { kind: 'resolve'; ref: FieldRef; hlc: string };

/**
 * Applies accepted, new changes (in the order given) inside the push transaction: appends them to the
 * log, keeps the newest value per field (last writer wins by hlc), and for legal fields records
 * concurrent edits as conflicts — the stored value came from another device, differs, and the editor
 * did not see it (baseHlc ≠ its hlc) — or resolves a field's open conflicts when an edit was made on
 * the newest value. Values are never rewritten.
 */
export async function applyChanges(
  tx: Sql,
  clock: ServerClock,
  changes: readonly Change[],
  user: string,
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  const refs = uniqueRefs(changes);
  const states = await readFieldStates(tx, refs);
  const open = await fieldsWithOpenConflicts(tx, refs.filter(isLegal));
  const dirty = new Map<string, FieldRef>();
  const events: ConflictEvent[] = [];

  for (const change of changes) {
    clock.receive(change.hlc);
    const ref = { table: change.table, rowId: change.rowId, field: change.field };
    const key = refKey(ref);
    const stored = states.get(key);
    const incoming: FieldState = { value: change.value, hlc: change.hlc, deviceId: change.deviceId, user };
    if (stored && isLegal(ref)) {
      const concurrent =
        stored.deviceId !== change.deviceId &&
        !sameValue(stored.value, change.value) &&
        change.baseHlc !== stored.hlc;
      if (concurrent) {
        events.push({ kind: 'conflict', ref, stored, incoming });
        open.add(key);
      } else if (change.baseHlc === stored.hlc && change.hlc > stored.hlc && open.has(key)) {
        events.push({ kind: 'resolve', ref, hlc: change.hlc });
        open.delete(key);
      }
    }
    if (!stored || change.hlc > stored.hlc) {
      states.set(key, incoming);
      dirty.set(key, ref);
    }
  }

  await appendChanges(tx, changes, user, now);
  await writeFieldStates(
    tx,
    [...dirty].map(([key, ref]) => ({ ref, state: states.get(key) as FieldState })),
  );
  for (const event of events) {
    if (event.kind === 'conflict')
      await recordConflict(tx, clock, event.ref, event.stored, event.incoming, now);
    else await resolveConflicts(tx, clock, event.ref, { by: user, hlc: event.hlc }, now);
  }
}

function isLegal(ref: FieldRef): boolean {
  return isSyncedTable(ref.table) && isLegalField(ref.table, ref.field);
}

function uniqueRefs(changes: readonly Change[]): FieldRef[] {
  const refs = new Map<string, FieldRef>();
  for (const c of changes) {
    const ref = { table: c.table, rowId: c.rowId, field: c.field };
    refs.set(refKey(ref), ref);
  }
  return [...refs.values()];
}
