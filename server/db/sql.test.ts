import { expect, it } from 'vitest';
import { describeBackends } from '../testing/backends';
import { migrate, SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './migrations';

describeBackends('database', (db) => {
  it('applies migrations once and records them', async () => {
    expect(await migrate(db())).toEqual([]);
    const rows = await db().query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => Number(r.version))).toEqual(SERVER_MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database made by a newer server', async () => {
    await db().query(`INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')`, [
      SERVER_SCHEMA_VERSION + 1,
    ]);
    try {
      await expect(migrate(db())).rejects.toThrow(/newer PressDesk server/);
    } finally {
      await db().query('DELETE FROM schema_migrations WHERE version > $1', [SERVER_SCHEMA_VERSION]);
    }
  });

  it('rolls a transaction back when it throws and commits when it resolves', async () => {
    await expect(
      db().transaction(async (tx) => {
        await tx.query(`INSERT INTO server_state (key, value) VALUES ('a', '1')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db().query('SELECT * FROM server_state')).toEqual([]);
    await db().transaction((tx) => tx.query(`INSERT INTO server_state (key, value) VALUES ('b', '2')`));
    expect(await db().query('SELECT key, value FROM server_state')).toEqual([{ key: 'b', value: '2' }]);
  });

  it('orders hlc timestamps bytewise, as the clock encodes them', async () => {
    const hlcs = ['001-000000-a', '001-000000-B', '001-000000-_', '001-000000-Z9', '001-000000-z'];
    for (const [i, hlc] of hlcs.entries())
      await db().query(
        `INSERT INTO field_state (table_name, row_id, field, value, hlc, device_id, user_name)
         VALUES ('t', $1, 'f', 'null', $2, 'd', 'u')`,
        [String(i), hlc],
      );
    const rows = await db().query<{ hlc: string }>('SELECT hlc FROM field_state ORDER BY hlc');
    expect(rows.map((r) => r.hlc)).toEqual([...hlcs].sort());
    // Whatever the database's default collation: every hlc column is declared "C".
    const columns = await db().query<{
      table_name: string;
      column_name: string;
      collation_name: string | null;
    }>(
      `SELECT table_name, column_name, collation_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name LIKE '%hlc' ORDER BY table_name, column_name`,
    );
    expect(columns.length).toBe(6);
    expect(columns.every((c) => c.collation_name === 'C')).toBe(true);
  });
});
