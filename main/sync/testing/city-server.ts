import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../../core/sync/permissions';
import { addUser } from '../../../server/auth/accounts';
import { buildServer } from '../../../server/http/app';
import { openTestPglite } from '../../../server/testing/backends';

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The real city server on loopback (Fastify + embedded PGlite) with the given accounts, for tests that
 * drive workstations through the contract's sync methods.
 */
export async function startCityServer(accounts: readonly { name: string; role: Role }[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-city-'));
  const sql = await openTestPglite();
  const server = await buildServer({ sql, dataDir, onInternalError: () => undefined });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const { name, role } of accounts) {
    await addUser(sql, { name, role, password: TEST_PASSWORD, now: new Date() });
  }
  let closed = false;
  return {
    baseUrl,
    sql,
    /** Stops the server (also simulating a network cut); safe to call twice. */
    stop: async () => {
      if (closed) return;
      closed = true;
      await server.close();
    },
    close: async () => {
      if (!closed) await server.close();
      closed = true;
      await sql.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
