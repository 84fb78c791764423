import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../main/testing/temp-app';
import { WritePath } from './write-path';

describe('the one write path', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  const writer = () =>
    new WritePath(
      app.db,
      () => ({ deviceId: 'dev-1', userName: 'Anna' }),
      () => new Date('2026-01-01T10:00:00Z'),
    );
  const row = {
    reg_no: 'X.1.2026',
    reg_year: 2026,
    reg_seq: 1,
    received_at: '2026-01-01T09:00:00.000Z',
    channel: 'email',
    journalist_name: 'Jan',
    outlet_name: 'Gazeta',
    outlet_type: 'daily',
    subject: 'S',
    question: 'Q',
    jurisdiction: 'PL',
    rule_id: 'PL-UDIP-PROVIDE',
    status: 'new',
  };
  const log = () =>
    app.db
      .prepare('SELECT field, value, op, user_name, device_id, hlc FROM change_log ORDER BY seq')
      .all() as {
      field: string;
      value: string;
      op: string;
      user_name: string;
      device_id: string;
      hlc: string;
    }[];

  it('refuses to write outside a transaction', () => {
    app = tempApp();
    expect(() => writer().insert('inquiries', row)).toThrow(/transaction/);
  });

  it('logs one entry per field with who, which device and a hybrid-logical-clock time', () => {
    app = tempApp();
    const id = app.db.transaction(() => writer().insert('inquiries', row))();
    const entries = log();
    expect(entries).toHaveLength(Object.keys(row).length);
    expect(entries.every((e) => e.op === 'insert' && e.user_name === 'Anna' && e.device_id === 'dev-1')).toBe(
      true,
    );
    expect(entries.find((e) => e.field === 'subject')?.value).toBe('"S"');
    expect(app.db.prepare('SELECT created_at, deleted FROM inquiries WHERE id = ?').get(id)).toEqual({
      created_at: '2026-01-01T10:00:00.000Z',
      deleted: 0,
    });
  });

  it('logs only the fields that really change, with later timestamps', () => {
    app = tempApp();
    const w = writer();
    const id = app.db.transaction(() => w.insert('inquiries', row))();
    const changed = app.db.transaction(() =>
      w.update('inquiries', id, { subject: 'S', status: 'in_progress' }),
    )();
    expect(changed).toEqual(['status']);
    const entries = log();
    const last = entries.at(-1)!;
    expect(last).toMatchObject({ field: 'status', value: '"in_progress"', op: 'update' });
    expect(last.hlc > entries[0]!.hlc).toBe(true);
  });

  it('records with each change the hlc of the value the editor saw (none for an insert)', () => {
    app = tempApp();
    const w = writer();
    const id = app.db.transaction(() => w.insert('inquiries', row))();
    app.db.transaction(() => w.update('inquiries', id, { status: 'in_progress' }))();
    app.db.transaction(() => w.update('inquiries', id, { status: 'answered' }))();
    app.db.transaction(() => w.tombstone('inquiries', id))();
    const entries = app.db
      .prepare(
        `SELECT hlc, field, base_hlc FROM change_log WHERE field IN ('status', 'deleted') ORDER BY seq`,
      )
      .all() as { hlc: string; field: string; base_hlc: string | null }[];
    expect(entries.map((e) => e.base_hlc)).toEqual([null, entries[0]!.hlc, entries[1]!.hlc, null]);
    expect(
      app.db
        .prepare(`SELECT count(*) AS n FROM change_log WHERE op = 'insert' AND base_hlc IS NOT NULL`)
        .get(),
    ).toEqual({ n: 0 });
  });

  it('never deletes: a tombstone is a logged change', () => {
    app = tempApp();
    const w = writer();
    const id = app.db.transaction(() => w.insert('inquiries', row))();
    app.db.transaction(() => w.tombstone('inquiries', id))();
    expect(app.db.prepare('SELECT deleted FROM inquiries WHERE id = ?').get(id)).toEqual({ deleted: 1 });
    expect(log().at(-1)).toMatchObject({ field: 'deleted', op: 'delete' });
  });

  it('rejects columns that are not part of the synced schema', () => {
    app = tempApp();
    expect(() =>
      app.db.transaction(() => writer().insert('inquiries', { ...row, 'id; DROP TABLE x': 1 }))(),
    ).toThrow(/not part of the synced schema/);
    expect(log()).toHaveLength(0);
  });
});
