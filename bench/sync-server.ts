import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Role } from '../core/sync/permissions';
import type { PullResponse, PushRequest, PushResponse } from '../core/sync/protocol';
import { SyncEngine, type SyncTransport } from '../main/sync/engine';
import { HttpTransport, login } from '../main/sync/http-transport';
import { addUser } from '../server/auth/accounts';
import { openDatabase as openServerDatabase } from '../server/db/open';
import type { Sql } from '../server/db/sql';
import { buildServer } from '../server/http/app';
import type { BenchWorkstation } from './sync-workstation';

/**
 * The real city server for the sync benchmarks: buildServer (Fastify) over the embedded PGlite
 * database in a temporary data directory — what `npm run server` runs by default — listening on
 * 127.0.0.1 on a free port. Workstations reach it over HTTP with the real HttpTransport.
 */

const PASSWORD = 'bench password, not a secret';

export interface BenchServer {
  baseUrl: string;
  sql: Sql;
  /** How long opening (initdb) and migrating the embedded database took, ms. */
  openMs: number;
  /** Creates an account, signs the workstation in with its device id and returns its engine. */
  connect(ws: BenchWorkstation, login: string, role: Role): Promise<Connected>;
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

export interface Connected {
  engine: SyncEngine;
  transport: TimedTransport;
}

/** The HTTP transport, with the time spent waiting for the server (request, server, response, parse). */
export class TimedTransport implements SyncTransport {
  pushes = 0;
  pulls = 0;
  pushMs = 0;
  pullMs = 0;

  constructor(private readonly inner: SyncTransport) {}

  reset(): void {
    this.pushes = this.pulls = this.pushMs = this.pullMs = 0;
  }

  async push(req: PushRequest): Promise<PushResponse> {
    const start = performance.now();
    try {
      return await this.inner.push(req);
    } finally {
      this.pushes++;
      this.pushMs += performance.now() - start;
    }
  }

  async pull(since: number, limit: number): Promise<PullResponse> {
    const start = performance.now();
    try {
      return await this.inner.pull(since, limit);
    } finally {
      this.pulls++;
      this.pullMs += performance.now() - start;
    }
  }
}

export async function startServer(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-bench-server-'));
  let sql: Sql | undefined;
  try {
    const start = performance.now();
    sql = await openServerDatabase({ dataDir });
    const openMs = performance.now() - start;
    const app = await buildServer({ sql, dataDir, onInternalError: (error) => console.error(error) });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
    } catch (error) {
      await app.close();
      throw error;
    }
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('the server is not listening');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const db = sql;
    return {
      baseUrl,
      sql: db,
      openMs,
      connect: async (ws, name, role) => {
        await addUser(db, { name, role, password: PASSWORD, now: new Date() });
        const session = await login(baseUrl, {
          username: name,
          password: PASSWORD,
          deviceName: `${ws.name} (bench)`,
          deviceId: ws.deviceId,
        });
        const transport = new TimedTransport(new HttpTransport({ baseUrl, token: session.token }));
        const engine = new SyncEngine({
          store: ws.store,
          transport,
          deviceId: ws.deviceId,
          clock: ws.ctx.clock,
        });
        return { engine, transport };
      },
      count: async (text) => {
        const [row] = await db.query<{ n: number | string }>(text);
        return Number(row?.n ?? 0);
      },
      close: async () => {
        try {
          await app.close();
        } finally {
          await db.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await sql?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
