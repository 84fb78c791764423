import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerChange } from '../../../core/sync/protocol';
import { addUser } from '../../../server/auth/accounts';
import { buildServer } from '../../../server/http/app';
import { openTestPglite } from '../../../server/testing/backends';
import { HttpTransport, login } from '../http-transport';
import { TEST_START, type SyncTestServer } from './harness';

const PASSWORD = 'correct horse battery staple';

/**
 * The real city server (server/, Fastify over HTTP on loopback, embedded PGlite) behind the same test
 * interface as the fake, with the test's clock. Select it with PRESSDESK_SYNC_SERVER=real.
 */
export async function realTestServer(start = TEST_START): Promise<SyncTestServer> {
  let now = start;
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-server-'));
  const sql = await openTestPglite();
  const app = await buildServer({
    sql,
    dataDir,
    clock: () => new Date(now),
    onInternalError: () => undefined,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let accounts = 0;
  const connect = async (account: { deviceId: string; userName: string; role: string }) => {
    const name = `${account.userName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${++accounts}`;
    await addUser(sql, { name, role: account.role, password: PASSWORD, now: new Date(now) });
    const session = await login(baseUrl, {
      username: name,
      password: PASSWORD,
      deviceName: `${account.userName} workstation`,
      deviceId: account.deviceId,
    });
    return { transport: new HttpTransport({ baseUrl, token: session.token }), login: name };
  };
  let reader: HttpTransport | null = null;
  return {
    now: () => now,
    advance: (ms) => (now += ms),
    connect,
    feed: async () => {
      reader ??= (await connect({ deviceId: 'feed-reader', userName: 'reader', role: 'viewer' })).transport;
      const all: ServerChange[] = [];
      for (let since = 0, more = true; more;) {
        const page = await reader.pull(since, 1000);
        all.push(...page.changes);
        more = page.hasMore;
        since = page.cursor;
      }
      return all;
    },
    close: async () => {
      await app.close();
      await sql.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
