import type { Sql } from './sql';

/**
 * The server's schema, the same SQL for PGlite and PostgreSQL. Numbered; add a new entry for a change
 * and never edit a shipped one. All pending migrations are applied in one transaction.
 * Timestamps that order changes (hlc) use the "C" collation so that text order is byte order, the
 * order the hybrid logical clock is encoded for.
 */
export interface ServerMigration {
  version: number;
  name: string;
  up: string;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    name: 'users, devices, change log, field state, conflicts, blobs',
    up: `
      CREATE TABLE users (
        name text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('admin', 'secretariat', 'press', 'viewer')),
        password_hash text NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      );

      CREATE TABLE devices (
        id text PRIMARY KEY,
        user_name text NOT NULL REFERENCES users (name),
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_seen timestamptz
      );
      CREATE INDEX devices_user ON devices (user_name);

      -- Every accepted change, in the order the server accepted it: the office's audit trail and the
      -- feed clients pull. user_name is the client's claim, accepted_user the authenticated account.
      CREATE TABLE changes (
        server_seq bigserial PRIMARY KEY,
        change_key text NOT NULL UNIQUE,
        hlc text COLLATE "C" NOT NULL,
        device_id text NOT NULL,
        user_name text NOT NULL,
        accepted_user text NOT NULL,
        table_name text NOT NULL,
        row_id text NOT NULL,
        field text NOT NULL,
        value jsonb NOT NULL,
        op text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        base_hlc text COLLATE "C",
        accepted_at timestamptz NOT NULL
      );
      CREATE INDEX changes_field ON changes (table_name, row_id, field);

      -- The newest value per field (last writer wins by hlc).
      CREATE TABLE field_state (
        table_name text NOT NULL,
        row_id text NOT NULL,
        field text NOT NULL,
        value jsonb NOT NULL,
        hlc text COLLATE "C" NOT NULL,
        device_id text NOT NULL,
        user_name text NOT NULL,
        PRIMARY KEY (table_name, row_id, field)
      );

      -- Concurrent edits of a legal field; published to clients as the sync_conflicts table.
      CREATE TABLE conflicts (
        id text PRIMARY KEY,
        table_name text NOT NULL,
        row_id text NOT NULL,
        field text NOT NULL,
        winner_value jsonb NOT NULL,
        winner_hlc text COLLATE "C" NOT NULL,
        winner_device text NOT NULL,
        winner_user text NOT NULL,
        loser_value jsonb NOT NULL,
        loser_hlc text COLLATE "C" NOT NULL,
        loser_device text NOT NULL,
        loser_user text NOT NULL,
        detected_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolved_by text,
        resolved_hlc text COLLATE "C"
      );
      CREATE INDEX conflicts_open ON conflicts (table_name, row_id, field) WHERE resolved_at IS NULL;

      -- Content-addressed attachments; the bytes live in files under the blob directory.
      CREATE TABLE blobs (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size >= 0),
        received bigint NOT NULL DEFAULT 0 CHECK (received >= 0),
        complete boolean NOT NULL DEFAULT false,
        uploaded_by text,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      );

      CREATE TABLE server_state (
        key text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'registration number blocks per workstation',
    up: `
      -- The last number handed out per series and year, and every block with who reserved it.
      CREATE TABLE number_series (
        series text NOT NULL,
        year integer NOT NULL,
        last integer NOT NULL,
        PRIMARY KEY (series, year)
      );
      CREATE TABLE number_blocks (
        id bigserial PRIMARY KEY,
        series text NOT NULL,
        year integer NOT NULL,
        first integer NOT NULL,
        last integer NOT NULL,
        device_id text NOT NULL,
        user_name text NOT NULL,
        reserved_at timestamptz NOT NULL
      );
      CREATE INDEX number_blocks_series ON number_blocks (series, year, first);
    `,
  },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.at(-1)?.version ?? 0;

/** Applies pending migrations in one transaction; concurrent starters wait for each other. */
export async function migrate(
  sql: Sql,
  migrations: readonly ServerMigration[] = SERVER_MIGRATIONS,
): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7358200)');
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...applied);
    const known = migrations.at(-1)?.version ?? 0;
    if (newest > known)
      throw new Error(
        `The database was created by a newer PressDesk server (schema ${newest}, this one knows ${known}). Update the server.`,
      );
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.up);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}

/** Every table the server owns, for tests that reset between cases. */
export const SERVER_TABLES = [
  'users',
  'devices',
  'changes',
  'field_state',
  'conflicts',
  'blobs',
  'server_state',
  'number_series',
  'number_blocks',
];
