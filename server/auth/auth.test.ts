import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginResponseSchema, ServerErrorSchema } from '../../core/sync/protocol';
import { SCHEMA_VERSION } from '../../db/migrations';
import { buildServer } from '../http/app';
import { describeBackends } from '../testing/backends';
import { PASSWORD, signIn, T0, testClock } from '../testing/fixtures';
import { addUser, listDevices, listUsers, revokeDevices, setUserDisabled } from './accounts';
import { hashPassword, verifyPassword } from './passwords';
import { FailureRateLimiter } from './rate-limit';

describe('passwords and the failure limiter', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const a = await hashPassword('zaq12wsx');
    const b = await hashPassword('zaq12wsx');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('zaq12wsx', a)).toBe(true);
    expect(await verifyPassword('zaq12wsX', a)).toBe(false);
    expect(await verifyPassword('zaq12wsx', 'garbage')).toBe(false);
  });

  it('blocks a key after 5 failures within a minute and lets it try again after', () => {
    let now = 0;
    const limiter = new FailureRateLimiter({ maxFailures: 5, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfterMs('k')).toBe(0);
      limiter.recordFailure('k');
      now += 1_000;
    }
    expect(limiter.retryAfterMs('k')).toBe(55_000);
    expect(limiter.retryAfterMs('other')).toBe(0);
    now = 60_001;
    expect(limiter.retryAfterMs('k')).toBe(0);
  });
});

describeBackends('login and tokens', (db) => {
  let app: FastifyInstance;
  const clock = testClock();

  beforeEach(async () => {
    clock.set(T0);
    app = await buildServer({ sql: db(), dataDir: '/nonexistent', clock: clock.now });
  });
  afterEach(async () => {
    await app.close();
  });

  const login = (body: Record<string, unknown>, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/v1/login', payload: body, remoteAddress: ip });
  const pull = (authorization?: string) =>
    app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: authorization ? { authorization } : {} });

  it('signs in, returns a token once and stores only its hash', async () => {
    await addUser(db(), { name: 'Anna', role: 'press', password: PASSWORD, now: clock.now() });
    const res = await login({ username: 'ANNA', password: PASSWORD, deviceName: 'Laptop 3' });
    expect(res.statusCode).toBe(200);
    const body = LoginResponseSchema.parse(res.json());
    expect(body.user).toEqual({ name: 'anna', role: 'press' });
    expect(body.token.length).toBeGreaterThanOrEqual(40);
    const stored = await db().query<{ token_hash: string }>('SELECT token_hash FROM devices');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(body.token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await pull(`Bearer ${body.token}`)).statusCode).toBe(200);
    expect((await listDevices(db(), 'anna'))[0]).toMatchObject({ id: body.deviceId, name: 'Laptop 3' });
  });

  it('uses the workstation id it is given and replaces that device token on a new sign-in', async () => {
    const first = await signIn(app, db(), 'anna', 'press', { deviceId: 'ws-0001' });
    const second = await signIn(app, db(), 'anna', 'press', { deviceId: 'ws-0001', create: false });
    expect(second.deviceId).toBe('ws-0001');
    expect((await pull(first.headers.authorization)).statusCode).toBe(401);
    expect((await pull(second.headers.authorization)).statusCode).toBe(200);
    expect(await listDevices(db())).toHaveLength(1);
    const bad = await login({ username: 'anna', password: PASSWORD, deviceName: 'x', deviceId: 'server' });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a wrong password, an unknown login and a malformed request with 4xx and the error shape', async () => {
    await addUser(db(), { name: 'anna', role: 'press', password: PASSWORD, now: clock.now() });
    for (const [body, status] of [
      [{ username: 'anna', password: 'wrong password', deviceName: 'x' }, 401],
      [{ username: 'nobody', password: PASSWORD, deviceName: 'x' }, 401],
      [{ username: 'anna', password: PASSWORD }, 400],
      [{ username: 'anna', password: PASSWORD, deviceName: 'x', admin: true }, 400],
      [{ username: 'anna\u0000', password: PASSWORD, deviceName: 'x' }, 400],
    ] as const) {
      const res = await login(body);
      expect(res.statusCode).toBe(status);
      expect(ServerErrorSchema.parse(res.json()).error).toBe(status === 401 ? 'UNAUTHORIZED' : 'BAD_REQUEST');
    }
    expect(await listDevices(db())).toEqual([]);
  });

  it('rate-limits failed sign-ins per login and address, then lets them in again', async () => {
    await addUser(db(), { name: 'anna', role: 'press', password: PASSWORD, now: clock.now() });
    for (let i = 0; i < 5; i++)
      expect((await login({ username: 'anna', password: 'nope-nope', deviceName: 'x' })).statusCode).toBe(
        401,
      );
    const limited = await login({ username: 'anna', password: PASSWORD, deviceName: 'x' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not blocked by this one's failures.
    expect(
      (await login({ username: 'anna', password: PASSWORD, deviceName: 'x' }, '10.0.0.2')).statusCode,
    ).toBe(200);
    clock.advance(61_000);
    expect((await login({ username: 'anna', password: PASSWORD, deviceName: 'x' })).statusCode).toBe(200);
  });

  it('refuses a disabled account at sign-in and its existing tokens', async () => {
    const anna = await signIn(app, db(), 'anna', 'press');
    await setUserDisabled(db(), 'anna', true, clock.now());
    const res = await login({ username: 'anna', password: PASSWORD, deviceName: 'x' });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/disabled/);
    expect((await pull(anna.headers.authorization)).statusCode).toBe(401);
    expect((await listUsers(db()))[0]).toMatchObject({ name: 'anna', disabled: true, activeDevices: 0 });
    await setUserDisabled(db(), 'anna', false, clock.now());
    expect((await login({ username: 'anna', password: PASSWORD, deviceName: 'x' })).statusCode).toBe(200);
  });

  it('refuses a revoked device token (by id or all of a user) with 401', async () => {
    const one = await signIn(app, db(), 'anna', 'press');
    const two = await signIn(app, db(), 'anna', 'press', { create: false });
    expect(await revokeDevices(db(), { id: one.deviceId }, clock.now())).toBe(1);
    const res = await pull(one.headers.authorization);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'UNAUTHORIZED', message: expect.stringMatching(/signed out/) });
    expect((await pull(two.headers.authorization)).statusCode).toBe(200);
    expect(await revokeDevices(db(), { user: 'anna' }, clock.now())).toBe(1);
    expect((await pull(two.headers.authorization)).statusCode).toBe(401);
  });

  it('requires a valid bearer token on every sync and blob endpoint', async () => {
    const sha = 'a'.repeat(64);
    for (const [method, url] of [
      ['GET', '/api/v1/sync/pull'],
      ['POST', '/api/v1/sync/push'],
      ['HEAD', `/api/v1/blobs/${sha}`],
      ['GET', `/api/v1/blobs/${sha}`],
      ['PUT', `/api/v1/blobs/${sha}`],
    ] as const) {
      for (const authorization of [undefined, 'Bearer not-a-real-token-at-all-000', 'Basic YWJjOmRlZg==']) {
        const res = await app.inject({
          method,
          url,
          headers: authorization ? { authorization } : {},
          ...(method === 'POST' ? { payload: { schemaVersion: SCHEMA_VERSION, changes: [] } } : {}),
        });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
      }
    }
  });
});
