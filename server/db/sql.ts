import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The one database interface of the server, with two adapters running the same SQL: embedded PGlite
 * (the default, a data directory on disk or `memory://` in tests) and a real PostgreSQL (DATABASE_URL).
 * Writers that must be serialized (the change log and its sequence, last-writer-wins state) take
 * `lockWrites(tx)` inside their transaction.
 */
export type SqlParam = string | number | boolean | null | Date | readonly (string | null)[];

export interface Sql {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A timestamptz column as ISO text (node-postgres and PGlite both give a Date). */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Serializes writers of the change log until the end of the transaction (both backends). */
export async function lockWrites(tx: Sql): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(7358201)');
}

type PgliteRunner = Pick<PGlite, 'query' | 'exec'>;

class PgliteSql implements Sql {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly runner: PgliteRunner,
    private readonly root: PGlite | null,
  ) {}

  async query<T>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const result = await this.runner.query<T>(text, [...params]);
    return result.rows;
  }

  async exec(text: string): Promise<void> {
    await this.runner.exec(text);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    if (!this.root) return fn(this); // already inside one: PGlite has no nested transactions
    return this.root.transaction((tx) => fn(new PgliteSql(tx, null)));
  }

  async close(): Promise<void> {
    if (this.root && !this.root.closed) await this.root.close();
  }
}

/** PGlite in `dataDir` (created if missing), or in memory for `memory://`. */
export async function openPglite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<Sql> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  return new PgliteSql(db, db);
}

/** Wraps an existing PGlite instance (tests share one per file). */
export function wrapPglite(db: PGlite): Sql {
  return new PgliteSql(db, db);
}

type PgRunner = Pick<pg.Pool, 'query'> | pg.PoolClient;

class PostgresSql implements Sql {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly runner: PgRunner,
    private readonly pool: pg.Pool | null,
  ) {}

  async query<T>(text: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const result = await this.runner.query(text, [...params]);
    return result.rows as T[];
  }

  async exec(text: string): Promise<void> {
    await this.runner.query(text);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    if (!this.pool) return fn(this);
    // A dedicated connection per transaction; writers serialize with lockWrites().
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresSql(client, null));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.pool && !this.pool.ended) await this.pool.end();
  }
}

export interface PostgresOptions {
  connectionString: string;
  /** Use this schema (created if missing) instead of `public`: tests isolate themselves with it. */
  schema?: string;
  max?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgres(options: PostgresOptions): Promise<Sql> {
  const config: pg.PoolConfig = {
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
  };
  if (options.schema !== undefined) {
    if (!SCHEMA_NAME.test(options.schema)) throw new Error(`Invalid schema name: ${options.schema}`);
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await setup.end();
    }
    config.options = `-c search_path=${options.schema}`;
  }
  const pool = new pg.Pool(config);
  // An idle connection that fails (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const sql = new PostgresSql(pool, pool);
  await sql.query('SELECT 1');
  return sql;
}
