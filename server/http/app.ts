import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { FailureRateLimiter } from '../auth/rate-limit';
import { BlobStore } from '../blobs/store';
import type { Sql } from '../db/sql';
import { DEFAULT_SCHEMA_VERSIONS, type SchemaVersions } from '../sync/schema-version';
import { blobRoutes } from './blob-routes';
import type { AppContext } from './context';
import { installErrorHandling } from './error-handler';
import { registerSyncRoutes } from './sync-routes';

export interface ServerOptions {
  sql: Sql;
  /** Where attachments are stored (`<dataDir>/blobs` unless `blobDir` is given). */
  dataDir: string;
  blobDir?: string;
  clock?: () => Date;
  /** Serve HTTPS with this certificate and key (PEM). */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** Which workstation data schemas may sync (default: exactly this build's). */
  schemaVersions?: SchemaVersions;
  /** Largest attachment (default 100 MiB, the client's default too). */
  maxBlobBytes?: number;
  /** Largest push body (default 5 MiB). */
  pushBodyLimit?: number;
  /** Failed sign-ins allowed per login and address within a minute (default 5). */
  maxLoginFailures?: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Unexpected errors (500) are reported here (default: stderr). */
  onInternalError?: (error: unknown) => void;
}

export const DEFAULT_MAX_BLOB_BYTES = 100 * 1024 * 1024;
export const DEFAULT_PUSH_BODY_LIMIT = 5 * 1024 * 1024;

/** The city sync server as a Fastify app (tests drive it with `app.inject`, main.ts listens). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.clock ?? (() => new Date());
  const nowMs = () => now().getTime();
  const ctx: AppContext = {
    sql: options.sql,
    now,
    versions: options.schemaVersions ?? DEFAULT_SCHEMA_VERSIONS,
    limits: {
      perAccount: new FailureRateLimiter({
        maxFailures: options.maxLoginFailures ?? 5,
        windowMs: 60_000,
        now: nowMs,
      }),
      perAddress: new FailureRateLimiter({ maxFailures: 50, windowMs: 60_000, now: nowMs }),
    },
    blobs: new BlobStore(
      options.sql,
      options.blobDir ?? join(options.dataDir, 'blobs'),
      options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES,
    ),
  };
  const common = {
    logger: false,
    exposeHeadRoutes: false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 64 * 1024,
  } as const;
  const app = (
    options.https
      ? Fastify({ ...common, https: { cert: options.https.cert, key: options.https.key } })
      : Fastify(common)
  ) as FastifyInstance;

  app.removeContentTypeParser('text/plain'); // the API speaks JSON (and raw bytes for blobs)
  installErrorHandling(app, options.onInternalError ?? ((error) => console.error(error)));

  app.get('/api/v1/health', async () => {
    await ctx.sql.query('SELECT 1');
    return { status: 'ok', db: ctx.sql.kind };
  });
  registerSyncRoutes(app, ctx, { pushBodyLimit: options.pushBodyLimit ?? DEFAULT_PUSH_BODY_LIMIT });
  await app.register(async (scope) => blobRoutes(scope, ctx));
  return app;
}
