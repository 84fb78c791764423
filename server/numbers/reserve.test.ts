import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildServer } from '../http/app';
import { describeBackends } from '../testing/backends';
import { signIn, testClock } from '../testing/fixtures';

describeBackends('number blocks', (db) => {
  let app: FastifyInstance;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-numbers-'));
    app = await buildServer({ sql: db(), dataDir, clock: testClock().now });
  });
  afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const reserve = (headers: Record<string, string>, payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/v1/numbers/reserve', headers, payload: payload as object });

  it('gives concurrent workstations blocks that never overlap', async () => {
    const a = (await signIn(app, db(), 'ela', 'secretariat')).headers;
    const b = (await signIn(app, db(), 'anna', 'press')).headers;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        reserve(i % 2 ? a : b, { series: 'BP.0121.{seq}.{year}', year: 2026, count: 20 }),
      ),
    );
    const blocks = answers.map((r) => r.json() as { first: number; last: number });
    const numbers = blocks.flatMap((b) =>
      Array.from({ length: b.last - b.first + 1 }, (_, i) => b.first + i),
    );
    expect(new Set(numbers).size).toBe(200);
    expect(Math.min(...numbers)).toBe(1);
    expect(Math.max(...numbers)).toBe(200);
    // Another year or series starts again at 1.
    const next = await reserve(a, { series: 'BP.0121.{seq}.{year}', year: 2027, count: 5 });
    expect(next.json()).toMatchObject({ first: 1, last: 5 });
  });

  it('skips the numbers a workstation used on its own before it joined', async () => {
    const a = (await signIn(app, db(), 'ela', 'secretariat')).headers;
    await reserve(a, { series: 'S', year: 2026, count: 3 });
    const joined = await reserve(a, { series: 'S', year: 2026, count: 10, usedUpTo: 17 });
    expect(joined.json()).toMatchObject({ first: 18, last: 27 });
    const later = await reserve(a, { series: 'S', year: 2026, count: 1, usedUpTo: 2 });
    expect(later.json()).toMatchObject({ first: 28, last: 28 });
  });

  it('refuses viewers, strangers and nonsense', async () => {
    const viewer = (await signIn(app, db(), 'vera', 'viewer')).headers;
    expect((await reserve(viewer, { series: 'S', year: 2026, count: 1 })).statusCode).toBe(403);
    expect((await reserve({}, { series: 'S', year: 2026, count: 1 })).statusCode).toBe(401);
    const a = (await signIn(app, db(), 'ela', 'secretariat')).headers;
    expect((await reserve(a, { series: 'S', year: 2026, count: 100_000 })).statusCode).toBe(400);
  });
});
