import type { Role } from '../../../core/sync/permissions';
import type { ServerChange } from '../../../core/sync/protocol';
import { SyncStore, type AfterApplyHooks } from '../../../db/sync-store';
import { WritePath } from '../../../db/write-path';
import { tempApp } from '../../testing/temp-app';
import { SyncEngine, type SyncTransport } from '../engine';
import { FakeSyncServer } from './fake-server';

/**
 * The server the sync tests run against, seen only through the protocol, so that the same tests can run
 * against the in-process fake (default) and the real server. To add the real one, return another
 * implementation from createTestServer() (e.g. when PRESSDESK_SYNC_SERVER is set).
 */
export interface SyncTestServer {
  /** The server's idea of now (ms). Workstation clocks are set from it. */
  now(): number;
  /** Lets time pass (the fake moves its clock; a real server can only be offset within the drift limit). */
  advance(ms: number): void;
  /**
   * Creates an account of that role, logs the workstation in, and returns its transport and the login
   * (the server records the login as the author in conflicts: acceptedUser, winner_user, loser_user).
   */
  connect(account: {
    deviceId: string;
    userName: string;
    role: Role;
  }): Promise<{ transport: SyncTransport; login: string }>;
  /** Everything the server holds, in serverSeq order, read through the protocol (pull from 0). */
  feed(): Promise<ServerChange[]>;
  close(): Promise<void>;
  /** Only the fake: direct access for scenarios a real server cannot be driven into. */
  fake?: FakeSyncServer;
}

export const TEST_START = Date.parse('2026-11-23T09:00:00Z');

export function fakeTestServer(start = TEST_START): SyncTestServer {
  let now = start;
  const server = new FakeSyncServer({ now: () => now });
  return {
    now: () => now,
    advance: (ms) => (now += ms),
    connect: async (account) => ({ transport: server.connect(account), login: account.userName }),
    feed: async () => {
      const all: ServerChange[] = [];
      for (let since = 0, more = true; more;) {
        const page = server.pull(since, 1000);
        all.push(...page.changes);
        more = page.hasMore;
        since = page.cursor;
      }
      return all;
    },
    close: async () => undefined,
    fake: server,
  };
}

/** The fake by default; the real server (server/, over HTTP) with PRESSDESK_SYNC_SERVER=real. */
export async function createTestServer(): Promise<SyncTestServer> {
  if (process.env.PRESSDESK_SYNC_SERVER === 'real') {
    const { realTestServer } = await import('./real-server');
    return realTestServer();
  }
  return fakeTestServer();
}

export interface WorkstationOptions {
  userName?: string;
  role?: Role;
  /** This workstation's clock minus the server's (ms). */
  skewMs?: number;
  pullLimit?: number;
  pushBatch?: number;
  /** Wraps the transport (fault injection, observation). */
  wrap?: (transport: SyncTransport) => SyncTransport;
  /** Skip fsync (property tests: thousands of transactions per run). */
  fast?: boolean;
  /** Replaces the sync store's after-apply hooks (e.g. to simulate a crash mid-apply). */
  hooks?: AfterApplyHooks;
}

export type Workstation = Awaited<ReturnType<typeof createWorkstation>>;

/** A real workstation (temp SQLite app + sync store + engine) connected to the test server. */
export async function createWorkstation(server: SyncTestServer, options: WorkstationOptions = {}) {
  const userName = options.userName ?? 'Anna Tester';
  const app = tempApp({ userName, now: new Date(server.now() + (options.skewMs ?? 0)).toISOString() });
  if (options.fast) app.db.pragma('synchronous = OFF');
  const deviceId = app.ctx.deviceId;
  const role = options.role ?? 'press';
  const { transport: inner, login } = await server.connect({ deviceId, userName, role });
  const transport = options.wrap ? options.wrap(inner) : inner;
  const store = new SyncStore(app.db, options.hooks ? { hooks: options.hooks } : {});
  const applied: Record<string, string[]>[] = [];
  const engine = new SyncEngine({
    store,
    transport,
    deviceId,
    clock: app.ctx.clock,
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
    ...(options.pushBatch ? { pushBatch: options.pushBatch } : {}),
    onApplied: (changed) => applied.push(changed),
  });
  const writes = new WritePath(app.db, () => ({ deviceId, userName }), app.ctx.clock);
  /** Brings this workstation's clock to the server's now (plus its skew). */
  const syncClock = () => app.setNow(new Date(server.now() + (options.skewMs ?? 0)).toISOString());
  return {
    app,
    ctx: app.ctx,
    db: app.db,
    deviceId,
    userName,
    /** The server account's login: the author the server records in conflicts. */
    login,
    role,
    store,
    engine,
    transport,
    writes,
    applied,
    syncClock,
    sync: async () => {
      syncClock();
      return engine.syncOnce();
    },
    close: () => app.close(),
  };
}
