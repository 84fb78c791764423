import { expect, it } from 'vitest';
import { canWrite, ROLES } from '../../core/sync/permissions';
import { SYNCED_SCHEMA, type SyncedTableName } from '../../core/sync/schema';
import { describeBackends } from '../testing/backends';
import { change, countRows, keyOf, principal, pushAs, T0 } from '../testing/fixtures';

const TABLES = Object.keys(SYNCED_SCHEMA) as SyncedTableName[];

/** One edit of two fields of a record of `table` (text fields where there are, to pass the type check). */
function editOf(table: SyncedTableName, deviceId: string, wallMs: number) {
  const columns = Object.entries(SYNCED_SCHEMA[table].columns as Record<string, { type: string }>);
  const fields = columns.filter(([, c]) => c.type === 'text').slice(0, 2);
  return fields.map(([field]) =>
    change(deviceId, wallMs, { table, field, value: 'v', op: 'insert', rowId: `${table}-1` }),
  );
}

describeBackends('role matrix', (db) => {
  it.each(ROLES.flatMap((role) => TABLES.map((table) => [role, table] as const)))(
    '%s writing %s: accepted exactly when canWrite says so',
    async (role, table) => {
      const device = `dev-${role}`;
      const edit = editOf(table, device, T0);
      expect(edit.length).toBeGreaterThan(0);
      const res = await pushAs(db(), principal(device, role), edit);
      if (canWrite(role, table)) {
        expect(res.rejected).toEqual([]);
        expect(res.accepted).toEqual(edit.map(keyOf));
        expect(await countRows(db(), 'changes')).toBe(edit.length);
      } else {
        expect(res.accepted).toEqual([]);
        expect(res.rejected.map((r) => [r.key, r.code])).toEqual(edit.map((c) => [keyOf(c), 'FORBIDDEN']));
        expect(res.rejected[0]?.message).toContain(role);
        expect(await countRows(db(), 'changes')).toBe(0);
        expect(await countRows(db(), 'field_state')).toBe(0);
      }
    },
  );

  it('refuses a whole edit when one field of it is forbidden, and accepts the other edits of the batch', async () => {
    const press = principal('dev-p', 'press');
    const allowed = editOf('inquiries', 'dev-p', T0);
    const forbidden = editOf('sync_conflicts', 'dev-p', T0 + 1);
    const res = await pushAs(db(), press, [...forbidden, ...allowed]);
    expect(res.accepted).toEqual(allowed.map(keyOf));
    expect(res.rejected.map((r) => r.code)).toEqual(forbidden.map(() => 'FORBIDDEN'));
    expect(await countRows(db(), 'changes')).toBe(allowed.length);
  });

  it('lets nobody but the server write conflicts', () => {
    for (const role of ROLES) expect(canWrite(role, 'sync_conflicts')).toBe(false);
  });
});
