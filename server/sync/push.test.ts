import { describe, expect, it } from 'vitest';
import { decodeHlc } from '../../core/sync/hlc';
import { MAX_CLOCK_DRIFT_MS } from '../../core/sync/protocol';
import { describeBackends } from '../testing/backends';
import { change, countRows, fieldState, keyOf, principal, pushAs, T0 } from '../testing/fixtures';

const A = principal('dev-a', 'press', 'anna');
const B = principal('dev-b', 'press', 'bohdan');

describeBackends('push', (db) => {
  describe('idempotency', () => {
    it('stores a re-sent batch once and answers it the same way', async () => {
      const batch = [
        change('dev-a', T0, { field: 'subject', value: 'Budget' }),
        change('dev-a', T0, { field: 'question', value: 'How much?' }),
        change('dev-a', T0 + 1, { field: 'subject', value: 'Budget 2030' }),
      ];
      const first = await pushAs(db(), A, batch);
      const second = await pushAs(db(), A, batch);
      expect(first.rejected).toEqual([]);
      expect(second.accepted).toEqual(first.accepted);
      expect(second.rejected).toEqual(first.rejected);
      expect(first.accepted).toEqual(batch.map(keyOf));
      expect(await countRows(db(), 'changes')).toBe(3);
      const keys = await db().query<{ change_key: string }>(
        'SELECT change_key FROM changes ORDER BY server_seq',
      );
      expect(keys.map((r) => r.change_key)).toEqual(batch.map(keyOf));
    });

    it('treats a duplicate inside one batch as a re-send', async () => {
      const c = change('dev-a', T0, { field: 'subject', value: 'x' });
      const res = await pushAs(db(), A, [c, c]);
      expect(res.accepted).toEqual([keyOf(c), keyOf(c)]);
      expect(await countRows(db(), 'changes')).toBe(1);
    });

    it('refuses a different change that reuses an accepted identity, keeping the first', async () => {
      const c = change('dev-a', T0, { field: 'subject', value: 'original' });
      await pushAs(db(), A, [c]);
      const res = await pushAs(db(), A, [{ ...c, value: 'forged' }]);
      expect(res.rejected).toEqual([expect.objectContaining({ key: keyOf(c), code: 'INVALID_VALUE' })]);
      expect((await fieldState(db(), 'row-1', 'subject'))?.value).toBe('original');
      expect(await countRows(db(), 'changes')).toBe(1);
    });

    it('records the authenticated account besides the claimed user', async () => {
      await pushAs(db(), A, [change('dev-a', T0, { userName: 'someone else' })]);
      const [row] = await db().query<{ user_name: string; accepted_user: string }>(
        'SELECT user_name, accepted_user FROM changes',
      );
      expect(row).toEqual({ user_name: 'someone else', accepted_user: 'anna' });
    });
  });

  describe('last writer wins', () => {
    it('keeps the higher hlc whatever the arrival order, and logs both', async () => {
      const older = change('dev-a', T0, { field: 'subject', value: 'from A' });
      const newer = change('dev-b', T0 + 5, { field: 'subject', value: 'from B' });
      await pushAs(db(), B, [newer]);
      await pushAs(db(), A, [older]);
      expect((await fieldState(db(), 'row-1', 'subject'))?.value).toBe('from B');
      await db().exec('TRUNCATE changes, field_state RESTART IDENTITY');
      await pushAs(db(), A, [older]);
      await pushAs(db(), B, [newer]);
      expect((await fieldState(db(), 'row-1', 'subject'))?.value).toBe('from B');
      expect(await countRows(db(), 'changes')).toBe(2);
    });

    it('breaks a tie of wall time and counter by device id', async () => {
      await pushAs(db(), B, [change('dev-b', T0, { field: 'subject', value: 'B' })]);
      await pushAs(db(), A, [change('dev-a', T0, { field: 'subject', value: 'A' })]);
      expect((await fieldState(db(), 'row-1', 'subject'))?.value).toBe('B');
    });

    it('serializes concurrent pushes: every change logged once, in order, the newest value kept', async () => {
      const devices = Array.from({ length: 8 }, (_, i) => principal(`dev-${i}`, 'press', `user-${i}`));
      const results = await Promise.all(
        devices.map((who, i) =>
          pushAs(db(), who, [
            change(who.deviceId, T0 + ((i * 7) % 8), { field: 'subject', value: `v${i}` }),
            change(who.deviceId, T0 + ((i * 7) % 8), { field: 'question', value: `q${i}` }),
          ]),
        ),
      );
      expect(results.every((r) => r.accepted.length === 2 && r.rejected.length === 0)).toBe(true);
      const seqs = await db().query<{ server_seq: number | string }>(
        'SELECT server_seq FROM changes ORDER BY server_seq',
      );
      expect(seqs.map((r) => Number(r.server_seq))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      const newest = devices.findIndex((_, i) => (i * 7) % 8 === 7);
      expect((await fieldState(db(), 'row-1', 'subject'))?.value).toBe(`v${newest}`);
      expect((await fieldState(db(), 'row-1', 'question'))?.value).toBe(`q${newest}`);
    });

    it('answers a server hlc later than everything accepted', async () => {
      const ahead = T0 + MAX_CLOCK_DRIFT_MS - 1;
      const res = await pushAs(db(), A, [change('dev-a', ahead, { field: 'subject', value: 'x' })]);
      expect(decodeHlc(res.serverHlc).wallMs).toBeGreaterThanOrEqual(ahead);
      expect(res.serverHlc > keyOf(change('dev-a', ahead)).split('|')[0]!).toBe(true);
      const again = await pushAs(db(), A, []);
      expect(again.serverHlc > res.serverHlc).toBe(true);
    });
  });

  describe('refusals', () => {
    it('refuses a change from another device than the signed-in one, with its whole edit', async () => {
      const own = change('dev-a', T0, { field: 'subject', value: 'ok' });
      const foreign = { ...change('dev-b', T0, { field: 'question', value: 'x' }), hlc: own.hlc };
      const res = await pushAs(db(), A, [own, foreign]);
      expect(res.accepted).toEqual([]);
      expect(res.rejected.map((r) => r.code)).toEqual(['DEVICE_MISMATCH', 'DEVICE_MISMATCH']);
      const spoofed = { ...change('dev-a', T0 + 1), hlc: change('dev-b', T0 + 1).hlc };
      expect((await pushAs(db(), A, [spoofed])).rejected[0]?.code).toBe('DEVICE_MISMATCH');
      expect(await countRows(db(), 'changes')).toBe(0);
    });

    it('refuses a clock too far ahead with a clear message, accepting the rest of the batch', async () => {
      const late = change('dev-a', T0 + MAX_CLOCK_DRIFT_MS + 60_000, { field: 'subject', value: 'future' });
      const fine = change('dev-a', T0 + MAX_CLOCK_DRIFT_MS, { field: 'question', value: 'present' });
      const res = await pushAs(db(), A, [late, fine]);
      expect(res.rejected).toEqual([
        { key: keyOf(late), code: 'CLOCK_DRIFT', message: expect.stringMatching(/360 s ahead/) },
      ]);
      expect(res.accepted).toEqual([keyOf(fine)]);
      expect(await countRows(db(), 'changes')).toBe(1);
    });

    it('refuses unknown tables and fields, and values of the wrong type, never half an edit', async () => {
      const res = await pushAs(db(), A, [
        change('dev-a', T0, { table: 'payroll', field: 'amount' }),
        change('dev-a', T0 + 1, { field: 'salary' }),
        change('dev-a', T0 + 2, { field: 'reg_year', value: 'MMXXX' }),
        change('dev-a', T0 + 2, { field: 'subject', value: 'fine on its own' }),
        change('dev-a', T0 + 3, { field: 'pauses', value: '[not json' }),
        change('dev-a', T0 + 4, { field: 'subject', value: 'nul \u0000 byte' }),
        change('dev-a', T0 + 5, { field: 'subject', value: 'lone \ud800 surrogate' }),
        change('dev-a', T0 + 6, { field: 'reg_year', value: 2030.5 }),
      ]);
      expect(res.accepted).toEqual([]);
      expect(res.rejected.map((r) => r.code)).toEqual([
        'UNKNOWN_TABLE',
        'UNKNOWN_FIELD',
        'INVALID_VALUE',
        'INVALID_VALUE',
        'INVALID_VALUE',
        'INVALID_VALUE',
        'INVALID_VALUE',
        'INVALID_VALUE',
      ]);
      expect(res.rejected[3]?.message).toMatch(/same edit/);
      expect(await countRows(db(), 'changes')).toBe(0);
      expect(await countRows(db(), 'field_state')).toBe(0);
    });

    it('accepts every column type with values of its type', async () => {
      const res = await pushAs(db(), A, [
        change('dev-a', T0, { field: 'reg_year', value: 2030, op: 'insert' }),
        change('dev-a', T0, { field: 'pauses', value: '[{"from":"2030-03-01"}]', op: 'insert' }),
        change('dev-a', T0, { field: 'subject', value: 'Zapytanie — запит', op: 'insert' }),
        change('dev-a', T0, { field: 'due_date', value: null, op: 'insert' }),
      ]);
      expect(res.rejected).toEqual([]);
      const rows = await db().query<{ field: string; value: unknown }>(
        'SELECT field, value FROM changes ORDER BY server_seq',
      );
      expect(rows.map((r) => r.value)).toEqual([2030, '[{"from":"2030-03-01"}]', 'Zapytanie — запит', null]);
    });

    it('refuses a malformed request as a whole (400) and changes nothing', async () => {
      await expect(pushAs(db(), A, [{ ...change('dev-a', T0), hlc: 'yesterday' }])).rejects.toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
      });
      expect(await countRows(db(), 'changes')).toBe(0);
    });
  });
});
