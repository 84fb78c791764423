import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { migrate, SERVER_TABLES } from '../db/migrations';
import { openPglite, openPostgres, type Sql } from '../db/sql';

/**
 * The backends every core server test runs against: embedded PGlite always, and a real PostgreSQL when
 * PRESSDESK_TEST_DATABASE_URL is set or one answers at the default test address. With CI=true an
 * unreachable PostgreSQL fails the suite instead of skipping it. Each test file gets its own database
 * (PGlite in memory; a private schema in PostgreSQL), emptied before every test.
 *
 * Debian's PostgreSQL 15 for these tests (as root):
 *   apt-get install -y postgresql && pg_ctlcluster 15 main start
 *   su postgres -c "psql -c \"CREATE ROLE pressdesk LOGIN PASSWORD 'pressdesk'\""
 *   su postgres -c "psql -c \"CREATE DATABASE pressdesk_test OWNER pressdesk\""
 */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://pressdesk:pressdesk@127.0.0.1:5432/pressdesk_test';

export interface Backend {
  name: 'pglite' | 'postgres';
  /** Why the backend cannot be used, or null when it can. */
  unavailable: string | null;
  open(): Promise<Sql>;
}

const postgresUrl = process.env.PRESSDESK_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
const inCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL is not reachable at ${redact(postgresUrl)}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export const BACKENDS: readonly Backend[] = [
  { name: 'pglite', unavailable: null, open: openTestPglite },
  { name: 'postgres', unavailable: await probePostgres(), open: openTestPostgres },
];

/** A migrated in-memory PGlite, started from a cached empty cluster (initdb takes seconds). */
export async function openTestPglite(): Promise<Sql> {
  const sql = await openPglite('memory://', { loadDataDir: await pgliteTemplate() });
  await migrate(sql);
  return sql;
}

async function openTestPostgres(): Promise<Sql> {
  const schema = `pd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const sql = await openPostgres({ connectionString: postgresUrl, schema, max: 4 });
  await migrate(sql);
  const close = sql.close.bind(sql);
  return Object.assign(sql, {
    close: async () => {
      await sql.exec(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
      await close();
    },
  });
}

/** Fills `<dataDir>/pgdata` from the cached empty cluster, so a server started there skips initdb. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const sql = await openPglite(join(dataDir, 'pgdata'), { loadDataDir: await pgliteTemplate() });
  await sql.close();
}

async function pgliteTemplate(): Promise<Blob> {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const path = join(tmpdir(), `pressdesk-test-pglite-${version}.tar.gz`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const db = await PGlite.create('memory://');
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  renameSync(temp, path);
  return dump;
}

/** Deletes every row of the server's tables (between tests). */
export async function resetDatabase(sql: Sql): Promise<void> {
  await sql.exec(`TRUNCATE ${SERVER_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * Registers `suite` once per backend, with a fresh database per file and empty tables per test.
 * `only` limits it to some backends.
 */
export function describeBackends(
  title: string,
  suite: (db: () => Sql, backend: Backend['name']) => void,
  only?: readonly Backend['name'][],
): void {
  for (const backend of BACKENDS) {
    if (only && !only.includes(backend.name)) continue;
    const label = `${title} [${backend.name}]`;
    if (backend.unavailable !== null) {
      if (inCi)
        describe(label, () => {
          it('needs PostgreSQL (CI=true)', () => {
            throw new Error(
              `${backend.unavailable}. CI must start it (see the comment in server/testing/backends.ts).`,
            );
          });
        });
      else
        describe.skip(`${label} — skipped: ${backend.unavailable}`, () =>
          suite(() => undefined as never, backend.name));
      continue;
    }
    describe(label, () => {
      let sql: Sql | undefined;
      beforeAll(async () => {
        sql = await backend.open();
      }, 60_000);
      afterAll(async () => {
        await sql?.close();
      });
      beforeEach(async () => {
        if (sql) await resetDatabase(sql);
      });
      suite(() => {
        if (!sql) throw new Error('database not open');
        return sql;
      }, backend.name);
    });
  }
}
