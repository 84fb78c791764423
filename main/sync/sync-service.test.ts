import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, TEST_PASSWORD as PASSWORD } from './testing/city-server';
import { sampleInquiry, tempApp } from '../testing/temp-app';

/**
 * The whole chain a person uses: the contract's sync methods on two workstations, through the real
 * city server on loopback (Fastify + embedded PGlite).
 */
describe('sync through the contract and the real server', () => {
  let server: Awaited<ReturnType<typeof startCityServer>>;
  let baseUrl: string;
  const apps: ReturnType<typeof tempApp>[] = [];

  beforeAll(async () => {
    server = await startCityServer([
      { name: 'anna', role: 'press' },
      { name: 'piotr', role: 'press' },
      { name: 'vera', role: 'viewer' },
    ]);
    baseUrl = server.baseUrl;
  }, 60_000);
  afterAll(async () => {
    apps.forEach((a) => a.close());
    await server.close();
  });

  const workstation = async (username: string) => {
    const app = tempApp({ userName: username, now: new Date().toISOString() });
    apps.push(app);
    const view = await app.dispatch('sync.login', { serverUrl: baseUrl, username, password: PASSWORD });
    expect(view).toMatchObject({ ok: true, data: { configured: true, userName: username, lastError: null } });
    return app;
  };
  const call = async (app: ReturnType<typeof tempApp>, method: string, input: unknown = {}) => {
    const result = await app.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.data as Record<string, unknown> & { id?: string };
  };

  it('refuses a wrong password with a translatable error and stores nothing', async () => {
    const app = tempApp();
    apps.push(app);
    const result = await app.dispatch('sync.login', {
      serverUrl: baseUrl,
      username: 'anna',
      password: 'nope',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC', params: { reason: 'UNAUTHORIZED' } } });
    expect(await call(app, 'sync.status')).toMatchObject({ configured: false });
  });

  it('brings an inquiry registered on one workstation to another, searchable there', async () => {
    const a = await workstation('anna');
    const b = await workstation('piotr');
    const created = await call(a, 'inquiries.create', sampleInquiry);
    expect(await call(a, 'sync.status')).toMatchObject({ pending: expect.any(Number) });
    expect((await call(a, 'sync.now')).pending).toBe(0);
    await call(b, 'sync.now');
    const found = await call(b, 'inquiries.list', { q: 'lodz' });
    expect(found).toMatchObject({ total: 1, items: [{ id: created.id, regNo: 'BP.1431.1.2025' }] });
    const history = (await call(b, 'inquiries.history', { id: created.id })) as unknown as {
      userName: string;
    }[];
    expect(history[0]?.userName).toBe('anna');
  });

  it('keeps concurrent answers to the same inquiry as a conflict that a person resolves', async () => {
    const a = await workstation('anna');
    const b = await workstation('piotr');
    const { id } = await call(a, 'inquiries.create', { ...sampleInquiry, subject: 'Konflikt' });
    await call(a, 'sync.now');
    await call(b, 'sync.now');
    // Both answer while offline from each other.
    await call(a, 'inquiries.transition', {
      id,
      action: 'answer',
      text: 'Odpowiedź A',
      sentAt: '2025-12-11T10:00:00Z',
      channel: 'email',
    });
    await call(b, 'inquiries.transition', {
      id,
      action: 'refuse',
      reason: 'Powód B',
      legalBasis: 'art. 5 ust. 2',
      decidedAt: '2025-12-11T11:00:00Z',
    });
    await call(a, 'sync.now');
    await call(b, 'sync.now');
    await call(a, 'sync.now');
    const conflicts = (await call(a, 'sync.conflicts')) as unknown as Array<{
      id: string;
      field: string;
      label: string;
      winner: { value: unknown; userName: string };
      loser: { value: unknown; userName: string };
    }>;
    const status = conflicts.find((c) => c.field === 'status');
    expect(status).toBeDefined();
    expect(status!.label).toContain('Konflikt');
    expect([status!.winner.value, status!.loser.value].sort()).toEqual(['answered', 'refused']);
    expect([status!.winner.userName, status!.loser.userName].sort()).toEqual(['anna', 'piotr']);

    await call(a, 'sync.resolveConflict', { id: status!.id, keep: 'loser' });
    await call(a, 'sync.now');
    await call(b, 'sync.now');
    const onB = (await call(b, 'inquiries.get', { id })) as unknown as { inquiry: { status: string } };
    expect(onB.inquiry.status).toBe(status!.loser.value);
    const remaining = (await call(b, 'sync.conflicts')) as unknown as { field: string; rowId: string }[];
    expect(remaining.filter((c) => c.field === 'status' && c.rowId === id)).toEqual([]);
  });

  it('refuses a viewer registering anything: no numbers for an account that may not write', async () => {
    const v = await workstation('vera');
    const refused = await v.dispatch('inquiries.create', { ...sampleInquiry, subject: 'Nie wolno' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', params: { reason: 'numbersForbidden' } },
    });
    expect((await call(v, 'inquiries.list', { q: 'wolno' })).total).toBe(0);
  });

  it('shows a viewer that the server refused their change and takes it back locally', async () => {
    const v = await workstation('vera');
    // Recorded before this workstation signed in (as if typed while it worked on its own), then pushed.
    await call(v, 'sync.logout');
    await call(v, 'inquiries.create', { ...sampleInquiry, subject: 'Nie wolno' });
    await call(v, 'sync.login', { serverUrl: baseUrl, username: 'vera', password: PASSWORD });
    const view = await call(v, 'sync.now');
    expect(view).toMatchObject({ pending: 0, rejected: expect.any(Number) });
    expect(view.rejected).toBeGreaterThan(0);
    const rejected = (await call(v, 'sync.rejected')) as unknown as { code: string }[];
    expect(rejected.every((r) => r.code === 'FORBIDDEN')).toBe(true);
    expect((await call(v, 'inquiries.list', { q: 'wolno' })).total).toBe(0);
    expect((await call(v, 'sync.acknowledgeRejected')).rejected).toBe(0);
    expect(await call(v, 'sync.logout')).toMatchObject({ configured: false });
  });
});
