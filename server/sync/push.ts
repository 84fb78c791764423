import { decodeHlc } from '../../core/sync/hlc';
import { canWrite } from '../../core/sync/permissions';
import {
  changeKey,
  MAX_CLOCK_DRIFT_MS,
  PushRequestSchema,
  type Change,
  type PushResponse,
  type RejectionCode,
} from '../../core/sync/protocol';
import { isSyncedField, isSyncedTable } from '../../core/sync/schema';
import type { Principal } from '../auth/session';
import { lockWrites, type Sql } from '../db/sql';
import { badRequest, describeIssues, isStorableText } from '../errors';
import { applyChanges } from './apply';
import { checkSchemaVersion, type SchemaVersions } from './schema-version';
import { excessiveDrift, ServerClock } from './server-clock';
import { invalidValueReason, toJsonb } from './values';

export interface PushContext {
  principal: Principal;
  now: Date;
  versions: SchemaVersions;
}

type Rejection = { code: RejectionCode; message: string };

/**
 * Accepts a batch of changes from one workstation. Each change is checked (known table and field, the
 * role may write it, sent by the authenticated device, clock not too far ahead, value of the column's
 * type); the changes of one edit (same hlc, table and row) are accepted or refused together. Accepted
 * changes go into the change log in one transaction with the last-writer-wins state and any conflicts.
 * Re-sending a batch changes nothing and reports the same keys accepted.
 */
export async function push(sql: Sql, body: unknown, context: PushContext): Promise<PushResponse> {
  const parsed = PushRequestSchema.safeParse(body);
  if (!parsed.success)
    throw badRequest('The push request is malformed.', describeIssues(parsed.error.issues));
  checkSchemaVersion(parsed.data.schemaVersion, context.versions);
  const changes = parsed.data.changes;
  const verdicts = judgeGroups(changes, context);

  return sql.transaction(async (tx) => {
    await lockWrites(tx);
    const clock = await ServerClock.load(tx, context.now.getTime());
    const stored = await storedChanges(tx, changes);
    const accepted: string[] = [];
    const rejected: PushResponse['rejected'] = [];
    const fresh: Change[] = [];
    for (const indexes of groupIndexes(changes).values()) {
      const refused = indexes.some((i) => verdicts[i]);
      const clash = indexes.some((i) => stored.get(changeKey(changes[i] as Change)) === 'different');
      for (const i of indexes) {
        const change = changes[i] as Change;
        const key = changeKey(change);
        const state = stored.get(key);
        // Already in the log (a re-send): it was accepted, whatever the checks say today.
        if (state === 'same') accepted.push(key);
        else if (refused || clash)
          rejected.push({ key, ...(verdicts[i] ?? sameIdentity(state === 'different')) });
        else {
          accepted.push(key);
          fresh.push(change);
          stored.set(key, 'same'); // a duplicate later in this batch is a re-send
        }
      }
    }
    await applyChanges(tx, clock, fresh, context.principal.userName, context.now);
    const serverHlc = clock.tick();
    await clock.save(tx);
    return { accepted, rejected, serverHlc };
  });
}

/** Per change: why it is refused (its own reason or its edit's), or null. */
function judgeGroups(changes: readonly Change[], context: PushContext): (Rejection | null)[] {
  const own = changes.map((c) => judge(c, context));
  const verdicts: (Rejection | null)[] = own.slice();
  for (const indexes of groupIndexes(changes).values()) {
    const first =
      indexes.map((i) => own[i]).find((v) => v) ?? duplicateClash(indexes.map((i) => changes[i] as Change));
    if (!first) continue;
    for (const i of indexes) {
      verdicts[i] = own[i] ?? {
        code: first.code,
        message: `Refused with the other fields of the same edit: ${first.message}`,
      };
    }
  }
  return verdicts;
}

function judge(change: Change, context: PushContext): Rejection | null {
  const { table, field } = change;
  if (!isSyncedTable(table))
    return { code: 'UNKNOWN_TABLE', message: `Table "${table}" is not synced by this server.` };
  if (!isSyncedField(table, field))
    return { code: 'UNKNOWN_FIELD', message: `Field "${table}.${field}" is not synced by this server.` };
  const { role, deviceId } = context.principal;
  if (!canWrite(role, table))
    return { code: 'FORBIDDEN', message: `The role "${role}" may not change records of "${table}".` };
  if (change.deviceId !== deviceId || decodeHlc(change.hlc).deviceId !== deviceId)
    return {
      code: 'DEVICE_MISMATCH',
      message: `The change was made on device "${change.deviceId}", but this connection is signed in as device "${deviceId}".`,
    };
  const drift = excessiveDrift(change.hlc, context.now.getTime(), MAX_CLOCK_DRIFT_MS);
  if (drift !== null)
    return {
      code: 'CLOCK_DRIFT',
      message: `This workstation's clock is ${Math.round(drift / 1000)} s ahead of the server's (at most ${MAX_CLOCK_DRIFT_MS / 1000} s allowed). Correct the clock and sync again.`,
    };
  const invalid = invalidValueReason(table, change);
  if (invalid) return { code: 'INVALID_VALUE', message: `${invalid}.` };
  return null;
}

/** Two different changes of the same field in one edit cannot both be the truth. */
function duplicateClash(group: readonly Change[]): Rejection | null {
  const seen = new Map<string, Change>();
  for (const change of group) {
    const key = changeKey(change);
    const earlier = seen.get(key);
    if (earlier && !sameContent(earlier, change))
      return {
        code: 'INVALID_VALUE',
        message: `The field "${change.field}" appears twice in one edit with different values.`,
      };
    seen.set(key, change);
  }
  return null;
}

function sameContent(
  a: Pick<Change, 'deviceId' | 'value' | 'op' | 'baseHlc'>,
  b: Pick<Change, 'deviceId' | 'value' | 'op' | 'baseHlc'>,
): boolean {
  return (
    a.deviceId === b.deviceId &&
    toJsonb(a.value) === toJsonb(b.value) &&
    a.op === b.op &&
    a.baseHlc === b.baseHlc
  );
}

function sameIdentity(own: boolean): Rejection {
  const reason = 'a different change with the same identity (hlc, table, row, field) was already accepted.';
  return {
    code: 'INVALID_VALUE',
    message: own ? `A${reason.slice(1)}` : `Refused with the other fields of the same edit: ${reason}`,
  };
}

function groupIndexes(changes: readonly Change[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  changes.forEach((c, i) => {
    const key = `${c.hlc}|${c.table}|${c.rowId}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}

/** Which of these changes are already in the log: 'same' (a re-send) or 'different' (identity clash). */
async function storedChanges(
  tx: Sql,
  changes: readonly Change[],
): Promise<Map<string, 'same' | 'different'>> {
  const result = new Map<string, 'same' | 'different'>();
  const keys = [...new Set(changes.map(changeKey))].filter(isStorableText); // others cannot be stored
  if (keys.length === 0) return result;
  const rows = await tx.query<{
    change_key: string;
    device_id: string;
    value: unknown;
    op: string;
    base_hlc: string | null;
  }>('SELECT change_key, device_id, value, op, base_hlc FROM changes WHERE change_key = ANY($1::text[])', [
    keys,
  ]);
  const byKey = new Map(changes.map((c) => [changeKey(c), c]));
  for (const row of rows) {
    const change = byKey.get(row.change_key);
    if (!change) continue;
    const storedContent = {
      deviceId: row.device_id,
      value: row.value as string | number | null,
      op: row.op as Change['op'],
      baseHlc: row.base_hlc,
    };
    result.set(row.change_key, sameContent(storedContent, change) ? 'same' : 'different');
  }
  return result;
}
