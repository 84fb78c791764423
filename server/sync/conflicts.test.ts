import { expect, it } from 'vitest';
import { describeBackends } from '../testing/backends';
import { change, fieldState, principal, pushAs, T0 } from '../testing/fixtures';
import { pull } from './pull';
import { DEFAULT_SCHEMA_VERSIONS } from './schema-version';

const A = principal('dev-a', 'press', 'anna');
const B = principal('dev-b', 'press', 'bohdan');

describeBackends('conflicts on legal fields', (db) => {
  async function conflicts() {
    return db().query<{
      id: string;
      winner_value: unknown;
      loser_value: unknown;
      winner_user: string;
      loser_user: string;
      winner_hlc: string;
      loser_hlc: string;
      resolved_at: Date | null;
      resolved_by: string | null;
    }>('SELECT * FROM conflicts ORDER BY detected_at, id');
  }

  it('records concurrent edits of a legal field with both values and publishes them', async () => {
    const base = change('dev-a', T0, { value: 'new', op: 'insert' });
    await pushAs(db(), A, [base]);
    const a = change('dev-a', T0 + 10, { value: 'answered', baseHlc: base.hlc });
    const b = change('dev-b', T0 + 20, { value: 'refused', baseHlc: base.hlc });
    await pushAs(db(), A, [a]);
    await pushAs(db(), B, [b]);
    const [conflict, ...others] = await conflicts();
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({
      winner_value: 'refused',
      winner_hlc: b.hlc,
      winner_user: 'bohdan',
      loser_value: 'answered',
      loser_hlc: a.hlc,
      loser_user: 'anna',
      resolved_at: null,
    });
    expect((await fieldState(db()))?.value).toBe('refused');

    const page = await pull(db(), { since: '0' }, DEFAULT_SCHEMA_VERSIONS);
    const published = page.changes.filter((c) => c.table === 'sync_conflicts');
    expect(new Set(published.map((c) => c.rowId))).toEqual(new Set([conflict!.id]));
    expect(new Set(published.map((c) => c.hlc)).size).toBe(1);
    expect(
      published.every((c) => c.deviceId === 'server' && c.userName === 'server' && c.op === 'insert'),
    ).toBe(true);
    const values = Object.fromEntries(published.map((c) => [c.field, c.value]));
    expect(values).toMatchObject({
      deleted: 0,
      table_name: 'inquiries',
      row_id: 'row-1',
      field: 'status',
      winner_value: '"refused"',
      winner_user: 'bohdan',
      winner_hlc: b.hlc,
      loser_value: '"answered"',
      loser_user: 'anna',
      loser_hlc: a.hlc,
      detected_at: new Date(T0).toISOString(),
      resolved_at: null,
      resolved_by: null,
    });
    expect(published[0]!.hlc > b.hlc).toBe(true);
  });

  it('records the conflict when the losing edit arrives last, without changing the winner', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base]);
    await pushAs(db(), B, [change('dev-b', T0 + 20, { value: 'refused', baseHlc: base.hlc })]);
    await pushAs(db(), A, [change('dev-a', T0 + 10, { value: 'answered', baseHlc: base.hlc })]);
    expect(await conflicts()).toMatchObject([{ winner_value: 'refused', loser_value: 'answered' }]);
    expect((await fieldState(db()))?.value).toBe('refused');
  });

  it('does not record a conflict for a non-legal field, an informed edit, the same device or the same value', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base, change('dev-a', T0, { field: 'subject', value: 's' })]);
    // not legal: subject
    await pushAs(db(), B, [change('dev-b', T0 + 1, { field: 'subject', value: 'other' })]);
    // informed: B saw A's value
    const informed = change('dev-b', T0 + 2, { value: 'in_progress', baseHlc: base.hlc });
    await pushAs(db(), B, [informed]);
    // same device as the stored value
    await pushAs(db(), B, [change('dev-b', T0 + 3, { value: 'answered', baseHlc: null })]);
    // same value as stored, uninformed
    await pushAs(db(), A, [change('dev-a', T0 + 4, { value: 'answered', baseHlc: base.hlc })]);
    expect(await conflicts()).toEqual([]);
  });

  it('marks a conflict resolved when someone edits the field having seen the newest value', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base]);
    const a = change('dev-a', T0 + 10, { value: 'answered', baseHlc: base.hlc });
    const b = change('dev-b', T0 + 20, { value: 'refused', baseHlc: base.hlc });
    await pushAs(db(), A, [a]);
    await pushAs(db(), B, [b]);
    const [open] = await conflicts();
    const page = await pull(db(), {}, DEFAULT_SCHEMA_VERSIONS);

    // Anna reviews and keeps her value, having seen Bohdan's (the newest).
    const pick = change('dev-a', T0 + 30, { value: 'answered', baseHlc: b.hlc });
    await pushAs(db(), A, [pick], T0 + 60_000);
    const [resolved] = await conflicts();
    expect(resolved).toMatchObject({ id: open!.id, resolved_by: 'anna' });
    expect(resolved!.resolved_at).not.toBeNull();
    expect((await fieldState(db()))?.value).toBe('answered');

    const later = await pull(db(), { since: String(page.cursor) }, DEFAULT_SCHEMA_VERSIONS);
    const updates = later.changes.filter((c) => c.table === 'sync_conflicts');
    expect(updates.map((c) => [c.rowId, c.field, c.value, c.op])).toEqual([
      [open!.id, 'resolved_at', new Date(T0 + 60_000).toISOString(), 'update'],
      [open!.id, 'resolved_by', 'anna', 'update'],
    ]);
  });

  it('keeps the value every accepted change had: nothing is rewritten', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base]);
    await pushAs(db(), A, [change('dev-a', T0 + 10, { value: 'answered', baseHlc: base.hlc })]);
    await pushAs(db(), B, [change('dev-b', T0 + 20, { value: 'refused', baseHlc: base.hlc })]);
    const rows = await db().query<{ value: unknown }>(
      `SELECT value FROM changes WHERE table_name = 'inquiries' ORDER BY server_seq`,
    );
    expect(rows.map((r) => r.value)).toEqual(['new', 'answered', 'refused']);
  });

  it('records and then resolves a conflict in the order of one batch', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base]);
    await pushAs(db(), B, [change('dev-b', T0 + 10, { value: 'refused', baseHlc: base.hlc })]);
    const mine = change('dev-a', T0 + 20, { value: 'answered', baseHlc: base.hlc });
    const again = change('dev-a', T0 + 30, { value: 'answered', field: 'status', baseHlc: mine.hlc });
    await pushAs(db(), A, [mine, again]);
    expect(await conflicts()).toMatchObject([
      { winner_value: 'answered', loser_value: 'refused', resolved_by: 'anna' },
    ]);
    const published = (await pull(db(), {}, DEFAULT_SCHEMA_VERSIONS)).changes.filter(
      (c) => c.table === 'sync_conflicts',
    );
    expect(published.map((c) => c.op)).toEqual([...Array(13).fill('insert'), 'update', 'update']);
    expect(new Set(published.map((c) => c.hlc)).size).toBe(2);
  });

  it('leaves a conflict open after an edit that did not see the newest value', async () => {
    const base = change('dev-a', T0, { value: 'new' });
    await pushAs(db(), A, [base]);
    const a = change('dev-a', T0 + 10, { value: 'answered', baseHlc: base.hlc });
    await pushAs(db(), A, [a]);
    await pushAs(db(), B, [change('dev-b', T0 + 20, { value: 'refused', baseHlc: base.hlc })]);
    // Anna edits again on top of her own old value: a second conflict, nothing resolved.
    await pushAs(db(), A, [change('dev-a', T0 + 30, { value: 'forwarded', baseHlc: a.hlc })]);
    const rows = await conflicts();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.resolved_at === null)).toBe(true);
  });
});
