import type { FastifyInstance } from 'fastify';
import { authenticate, login } from '../auth/session';
import { reserveNumbers } from '../numbers/reserve';
import { pull } from '../sync/pull';
import { push } from '../sync/push';
import type { AppContext } from './context';

export function registerSyncRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  options: { pushBodyLimit: number },
): void {
  app.post('/api/v1/login', { bodyLimit: 64 * 1024 }, async (request) => {
    return login(ctx.sql, request.body, { ip: request.ip, now: ctx.now(), limits: ctx.limits });
  });

  app.post('/api/v1/sync/push', { bodyLimit: options.pushBodyLimit }, async (request) => {
    const now = ctx.now();
    const principal = await authenticate(ctx.sql, request.headers.authorization, now);
    return push(ctx.sql, request.body, { principal, now, versions: ctx.versions });
  });

  app.post('/api/v1/numbers/reserve', { bodyLimit: 16 * 1024 }, async (request) => {
    const now = ctx.now();
    const principal = await authenticate(ctx.sql, request.headers.authorization, now);
    return reserveNumbers(ctx.sql, request.body, { principal, now });
  });

  app.get('/api/v1/sync/pull', async (request) => {
    await authenticate(ctx.sql, request.headers.authorization, ctx.now());
    return pull(ctx.sql, request.query, ctx.versions);
  });
}
