import { expect, it } from 'vitest';
import { MAX_PULL_LIMIT, PullResponseSchema } from '../../core/sync/protocol';
import { describeBackends } from '../testing/backends';
import { change, principal, pushAs, T0 } from '../testing/fixtures';
import { pull } from './pull';
import { DEFAULT_SCHEMA_VERSIONS } from './schema-version';

const A = principal('dev-a', 'press', 'anna');
const B = principal('dev-b', 'press', 'bohdan');
const versions = DEFAULT_SCHEMA_VERSIONS;

describeBackends('pull', (db) => {
  it('pages through every accepted change in server order with a cursor', async () => {
    const changes = Array.from({ length: 7 }, (_, i) =>
      change('dev-a', T0 + i, { field: 'subject', value: `v${i}` }),
    );
    await pushAs(db(), A, changes.slice(0, 4));
    await pushAs(db(), A, changes.slice(4));
    const seen: string[] = [];
    let since = 0;
    let pages = 0;
    for (;;) {
      const page = await pull(db(), { since: String(since), limit: '3' }, versions);
      expect(PullResponseSchema.safeParse(page).success).toBe(true);
      seen.push(...page.changes.map((c) => String(c.value)));
      pages++;
      expect(page.cursor).toBe(page.changes.at(-1)?.serverSeq ?? since);
      since = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(changes.map((c) => c.value));
    const empty = await pull(db(), { since: String(since) }, versions);
    expect(empty).toEqual({ changes: [], cursor: since, hasMore: false });
  });

  it('serves changes that lost last-writer-wins too, with who and when', async () => {
    await pushAs(db(), B, [change('dev-b', T0 + 10, { field: 'subject', value: 'newer' })], T0 + 100);
    await pushAs(
      db(),
      A,
      [change('dev-a', T0, { field: 'subject', value: 'older', userName: 'Anna K.' })],
      T0 + 200,
    );
    const page = await pull(db(), {}, versions);
    expect(page.changes.map((c) => c.value)).toEqual(['newer', 'older']);
    expect(page.changes[1]).toMatchObject({
      deviceId: 'dev-a',
      userName: 'Anna K.',
      acceptedUser: 'anna',
      acceptedAt: new Date(T0 + 200).toISOString(),
      serverSeq: 2,
      baseHlc: null,
      op: 'update',
    });
  });

  it('lowers a limit above the maximum and refuses malformed parameters', async () => {
    await pushAs(db(), A, [change('dev-a', T0)]);
    expect((await pull(db(), { limit: String(MAX_PULL_LIMIT * 10) }, versions)).changes).toHaveLength(1);
    for (const query of [
      { since: '-1' },
      { since: 'abc' },
      { limit: '0' },
      { limit: '1.5' },
      { since: ['1', '2'] },
    ])
      await expect(pull(db(), query, versions)).rejects.toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('tells a too old workstation to update when it says its schema version', async () => {
    await expect(pull(db(), { schemaVersion: String(versions.min - 1) }, versions)).rejects.toMatchObject({
      status: 426,
      code: 'CLIENT_TOO_OLD',
    });
  });
});
