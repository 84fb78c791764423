import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PullResponseSchema, PushResponseSchema, ServerErrorSchema } from '../../core/sync/protocol';
import { SCHEMA_VERSION } from '../../db/migrations';
import { describeBackends } from '../testing/backends';
import { change, countRows, signIn, T0, testClock } from '../testing/fixtures';
import { buildServer } from './app';

describeBackends('http app', (db, backend) => {
  let app: FastifyInstance;
  const clock = testClock();

  beforeEach(async () => {
    app = await buildServer({
      sql: db(),
      dataDir: '/nonexistent',
      clock: clock.now,
      pushBodyLimit: 256 * 1024,
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers health with the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: backend });
  });

  it('syncs a change from one workstation to another over HTTP', async () => {
    const anna = await signIn(app, db(), 'anna', 'press');
    const olek = await signIn(app, db(), 'olek', 'viewer');
    const edit = change(anna.deviceId, T0, { field: 'subject', value: 'Wywiad z burmistrzem' });
    const pushed = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: anna.headers,
      payload: { schemaVersion: SCHEMA_VERSION, changes: [edit] },
    });
    expect(pushed.statusCode).toBe(200);
    expect(PushResponseSchema.parse(pushed.json())).toMatchObject({
      accepted: [expect.any(String)],
      rejected: [],
    });
    const pulled = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull?since=0&limit=10',
      headers: olek.headers,
    });
    expect(pulled.statusCode).toBe(200);
    const page = PullResponseSchema.parse(pulled.json());
    expect(page.changes).toEqual([
      { ...edit, serverSeq: 1, acceptedUser: 'anna', acceptedAt: new Date(T0).toISOString() },
    ]);
  });

  it('tells a workstation older than the server to update (426) and refuses a newer one', async () => {
    const anna = await signIn(app, db(), 'anna', 'press');
    const old = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: anna.headers,
      payload: { schemaVersion: SCHEMA_VERSION - 1, changes: [change(anna.deviceId, T0)] },
    });
    expect(old.statusCode).toBe(426);
    expect(ServerErrorSchema.parse(old.json())).toMatchObject({
      error: 'CLIENT_TOO_OLD',
      message: expect.stringMatching(/Update PressDesk on this workstation/),
    });
    const newer = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: anna.headers,
      payload: { schemaVersion: SCHEMA_VERSION + 1, changes: [change(anna.deviceId, T0)] },
    });
    expect(newer.statusCode).toBe(409);
    expect(newer.json()).toMatchObject({
      error: 'BAD_REQUEST',
      message: expect.stringMatching(/update the server/),
      details: { reason: 'SERVER_TOO_OLD' },
    });
    const pulled = await app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?schemaVersion=${SCHEMA_VERSION - 1}`,
      headers: anna.headers,
    });
    expect(pulled.statusCode).toBe(426);
    expect(await countRows(db(), 'changes')).toBe(0);
  });

  it('answers malformed, oversized and wrong-type requests with 4xx and the error shape', async () => {
    const anna = await signIn(app, db(), 'anna', 'press');
    const push = (payload: string, contentType = 'application/json') =>
      app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { ...anna.headers, 'content-type': contentType },
        payload,
      });
    const cases: [string, Awaited<ReturnType<typeof push>>, number, string][] = [
      ['not json', await push('{"schemaVersion": 1, "changes": ['), 400, 'BAD_REQUEST'],
      ['empty', await push(''), 400, 'BAD_REQUEST'],
      ['text/plain', await push('hello', 'text/plain'), 415, 'BAD_REQUEST'],
      ['array', await push('[]'), 400, 'BAD_REQUEST'],
      ['proto', await push('{"__proto__": {"x": 1}, "schemaVersion": 1, "changes": []}'), 400, 'BAD_REQUEST'],
      [
        'extra key',
        await push(JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: [], admin: true })),
        400,
        'BAD_REQUEST',
      ],
      [
        'too large',
        await push(JSON.stringify({ schemaVersion: 1, changes: [], pad: 'x'.repeat(300 * 1024) })),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [label, res, status, code] of cases) {
      expect(res.statusCode, label).toBe(status);
      const body = ServerErrorSchema.parse(res.json());
      expect(body.error, label).toBe(code);
      expect(body.message.length, label).toBeGreaterThan(0);
    }
    const wrong = await push(JSON.stringify({ schemaVersion: '1', changes: 'all' }));
    expect(wrong.json()).toMatchObject({
      details: expect.arrayContaining([expect.objectContaining({ path: 'schemaVersion' })]),
    });
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'NOT_FOUND' });
    expect(await countRows(db(), 'changes')).toBe(0);
  });

  it('keeps a refused change out and reports it to the workstation that sent it', async () => {
    const viewer = await signIn(app, db(), 'vera', 'viewer');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: viewer.headers,
      payload: { schemaVersion: SCHEMA_VERSION, changes: [change(viewer.deviceId, T0)] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: [], rejected: [{ code: 'FORBIDDEN' }] });
    expect(await countRows(db(), 'changes')).toBe(0);
  });
});
