import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  MAX_CLOCK_DRIFT_MS,
  MAX_PUSH_BATCH,
  MAX_VALUE_LENGTH,
  ServerErrorSchema,
  type Change,
} from '../../core/sync/protocol';
import { isSyncedField, isSyncedTable } from '../../core/sync/schema';
import { SCHEMA_VERSION } from '../../db/migrations';
import { describeBackends } from '../testing/backends';
import { change, countRows, signIn, T0, testClock } from '../testing/fixtures';
import { buildServer } from './app';

/**
 * Fuzzed push payloads: random JSON, wrong types, huge strings, unknown tables and fields, too many
 * changes. Every one is answered 4xx with the error shape, or 200 refusing every change; the change
 * log stays empty.
 */
const RUNS = Number(process.env.PRESSDESK_FUZZ_RUNS ?? 60);

type Mutation = (c: Change) => Record<string, unknown>;

const hugeString = fc
  .integer({ min: MAX_VALUE_LENGTH + 1, max: 2 * MAX_VALUE_LENGTH })
  .map((n) => 'ż'.repeat(n));
const wrongValue = fc.oneof(
  fc.boolean(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
  hugeString,
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)), // wrong for text and integer
);

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .string({ maxLength: 80 })
    .map((table) => (c: Change) => ({ ...c, table: isSyncedTable(table) ? `${table}!` : table })),
  fc.stringMatching(/^[a-z_][a-z0-9_]{0,20}$/).map((t) => (c: Change) => ({ ...c, table: `zz_${t}` })),
  fc.string({ maxLength: 80 }).map((field) => (c: Change) => ({
    ...c,
    field: isSyncedField('inquiries', field) ? `${field}!` : field,
  })),
  fc.stringMatching(/^[a-z_][a-z0-9_]{0,20}$/).map((f) => (c: Change) => ({ ...c, field: `zz_${f}` })),
  wrongValue.map((value) => (c: Change) => ({ ...c, value })),
  fc.string({ maxLength: 40 }).map((hlc) => (c: Change) => ({ ...c, hlc })),
  fc.jsonValue().map((op) => (c: Change) => ({
    ...c,
    op: typeof op === 'string' && ['insert', 'update', 'delete'].includes(op) ? `${op}!` : op,
  })),
  fc
    .oneof(fc.constant(''), fc.constant('r'.repeat(65)), fc.constant('a\u0000b'))
    .map((rowId) => (c: Change) => ({ ...c, rowId })),
  fc
    .string({ minLength: 1, maxLength: 30 })
    .map((deviceId) => (c: Change) => ({ ...c, deviceId: `other-${deviceId}` })),
  fc
    .constantFrom('hlc', 'deviceId', 'userName', 'table', 'rowId', 'field', 'value', 'op', 'baseHlc')
    .map((key) => (c: Change) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== key))),
  fc.jsonValue().map((extra) => (c: Change) => ({ ...c, extra })),
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer()).map((baseHlc) => (c: Change) => ({ ...c, baseHlc })),
  fc.integer({ min: 1, max: 10 ** 9 }).map((ms) => (c: Change) => ({
    ...change(c.deviceId, T0 + MAX_CLOCK_DRIFT_MS + ms, { field: c.field, value: c.value }),
  })),
);

describeBackends('fuzzed push payloads', (db) => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: FastifyInstance;
  let headers: { authorization: string };
  let deviceId: string;

  beforeEach(async () => {
    app = await buildServer({
      sql: db(),
      dataDir: '/nonexistent',
      clock: testClock().now,
      pushBodyLimit: 1024 * 1024,
    });
    ({ headers, deviceId } = await signIn(app, db(), 'anna', 'press'));
  });
  afterEach(async () => {
    await app.close();
  });

  async function expectRefused(payload: string | Buffer, changesSent: number | null): Promise<void> {
    await db().exec('TRUNCATE changes, field_state, conflicts'); // each run on its own, so shrinking works
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...headers, 'content-type': 'application/json' },
      payload,
    });
    if (res.statusCode === 200) {
      const body = res.json<{ accepted: unknown[]; rejected: unknown[] }>();
      expect(body.accepted).toEqual([]);
      expect(body.rejected).toHaveLength(changesSent ?? -1);
    } else {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      const error = ServerErrorSchema.parse(res.json());
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(await countRows(db(), 'changes')).toBe(0);
  }

  it('refuses random JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => expectRefused(JSON.stringify(value), null)),
      { numRuns: RUNS },
    );
  });

  it('refuses random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) =>
        expectRefused(Buffer.from(bytes), null),
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses batches where every edit has something wrong, changing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutations, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...['subject', 'status', 'reg_year']),
        async (mutate, field) => {
          const changes = mutate.map((m, i) =>
            m(change(deviceId, T0 + i, { field, value: field === 'reg_year' ? 2030 : 'ok' })),
          );
          await expectRefused(JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes }), changes.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses wrong types for the request itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.constant(-1), fc.constant(1.5)),
        fc.oneof(fc.jsonValue(), fc.constant({})),
        async (schemaVersion, changes) => {
          const body = {
            schemaVersion,
            changes: Array.isArray(changes) && changes.length === 0 ? 'none' : changes,
          };
          await expectRefused(JSON.stringify(body), null);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses too many changes and bodies over the limit', async () => {
    const tooMany = Array.from({ length: MAX_PUSH_BATCH + 1 }, (_, i) =>
      change(deviceId, T0 + i, { field: 'subject' }),
    );
    await expectRefused(JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: tooMany }), null);
    const huge = Array.from({ length: 12 }, (_, i) =>
      change(deviceId, T0 + i, { field: 'question', value: 'я'.repeat(MAX_VALUE_LENGTH) }),
    );
    await expectRefused(JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: huge }), null);
  });
});
