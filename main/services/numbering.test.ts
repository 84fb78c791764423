import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, TEST_PASSWORD as PASSWORD } from '../sync/testing/city-server';
import { sampleInquiry, tempApp } from '../testing/temp-app';
import { NUMBER_BLOCK } from './numbering';

/**
 * Inquiry numbers from two workstations through the real city server: blocks reserved per
 * workstation, so numbers never collide, also when one of them registers offline.
 */
type App = ReturnType<typeof tempApp>;

describe('registration numbers across workstations', () => {
  let server: Awaited<ReturnType<typeof startCityServer>>;
  let baseUrl: string;
  const apps: App[] = [];

  beforeAll(async () => {
    server = await startCityServer(
      ['anna', 'piotr', 'ola'].map((name) => ({ name, role: 'press' as const })),
    );
    baseUrl = server.baseUrl;
  }, 60_000);
  afterAll(async () => {
    apps.forEach((a) => a.close());
    await server.close();
  });

  const station = (username: string) => {
    const app = tempApp({ userName: username, now: new Date().toISOString() });
    apps.push(app);
    return app;
  };
  const signIn = async (app: App, username: string) => {
    const result = await app.dispatch('sync.login', { serverUrl: baseUrl, username, password: PASSWORD });
    expect(result.ok).toBe(true);
  };
  const register = async (app: App, n: number) => {
    const result = await app.dispatch('inquiries.create', {
      ...sampleInquiry,
      receivedAt: '2026-03-02T10:00:00+01:00',
      subject: `Pytanie ${n}`,
    });
    return result;
  };
  const regNo = async (app: App, n: number) => {
    const result = await register(app, n);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as { regNo: string }).regNo;
  };

  it('gives two workstations registering at the same time different numbers', async () => {
    const [a, b] = [station('anna'), station('piotr')];
    await signIn(a, 'anna');
    await signIn(b, 'piotr');
    const numbers = await Promise.all(Array.from({ length: 30 }, (_, i) => regNo(i % 2 ? a : b, i)));
    expect(new Set(numbers).size).toBe(30);
    // Concurrent registrations on one workstation share one reservation instead of each taking a block.
    const blocks = a.db.prepare('SELECT count(*) AS n FROM number_pools').get() as { n: number };
    expect(blocks.n).toBe(1);
    expect(numbers.every((n) => /^BP\.1431\.\d+\.2026$/.test(n))).toBe(true);
  });

  it('gives letters produced at the same time on two workstations different register numbers', async () => {
    const [a, b] = [apps[0]!, apps[1]!];
    const produce = (app: App, n: number) =>
      app.dispatch('letters.produce', {
        jobId: `concurrent-${n}-${app.ctx.deviceId.slice(0, 8)}`,
        templateId: 'builtin:congratulations_birthday:pl',
        kind: 'congratulations_birthday',
        date: '2026-03-02',
        recipients: [{ name: `Jubilat ${n}`, fields: { years: '90' } }],
      });
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => produce(n % 2 ? a : b, n)));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = [a, b].flatMap((app) =>
      (app.db.prepare('SELECT reg_no FROM letters').all() as { reg_no: string }[]).map((r) => r.reg_no),
    );
    expect(numbers).toHaveLength(12);
    expect(new Set(numbers).size).toBe(12);
  });

  it('keeps numbering offline from its block, and refuses clearly once the block is used up', async () => {
    const a = apps[0]!;
    const before = (
      await a.ctx.inquiries.list({ sort: 'regNo', dir: 'asc', due: 'all', limit: 1, offset: 0 }, new Date())
    ).total;
    const stockLeft = a.db
      .prepare(`SELECT sum(last - next + 1) AS n FROM number_pools WHERE series = 'inquiries'`)
      .get() as {
      n: number;
    };
    expect(stockLeft.n).toBeGreaterThan(0);
    await server.stop(); // the network is gone
    for (let i = 0; i < stockLeft.n; i++) await regNo(a, 100 + i);
    const refused = await register(a, 999);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', params: { reason: 'noNumbers' } },
    });
    const after = a.ctx.inquiries.list(
      { sort: 'regNo', dir: 'asc', due: 'all', limit: 1, offset: 0 },
      new Date(),
    ).total;
    expect(after).toBe(before + stockLeft.n);
    expect(NUMBER_BLOCK).toBeGreaterThanOrEqual(stockLeft.n);
  });
});

describe('a standalone workstation that joins the city server later', () => {
  it('continues after its own numbers instead of reusing them', async () => {
    const server = await startCityServer([{ name: 'ola', role: 'press' }]);
    const app = tempApp({ userName: 'ola', now: new Date().toISOString() });
    try {
      const input = { ...sampleInquiry, receivedAt: '2026-03-02T10:00:00+01:00' };
      for (let i = 0; i < 3; i++) expect((await app.dispatch('inquiries.create', input)).ok).toBe(true);
      const login = await app.dispatch('sync.login', {
        serverUrl: server.baseUrl,
        username: 'ola',
        password: PASSWORD,
      });
      expect(login.ok).toBe(true);
      const next = await app.dispatch('inquiries.create', input);
      expect(next).toMatchObject({ ok: true, data: { regNo: 'BP.1431.4.2026' } });
    } finally {
      app.close();
      await server.close();
    }
  }, 60_000);
});
