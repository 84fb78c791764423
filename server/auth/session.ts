import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LoginRequestSchema } from '../../core/sync/protocol';
import type { Role } from '../../core/sync/permissions';
import type { Sql } from '../db/sql';
import { badRequest, describeIssues, isStorableText, ServerError, unauthorized } from '../errors';
import { normalizeLogin } from './accounts';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { FailureRateLimiter } from './rate-limit';
import { bearerToken, hashToken, newToken } from './tokens';

/** Who is calling: the authenticated device and its account. */
export interface Principal {
  deviceId: string;
  deviceName: string;
  userName: string;
  role: Role;
}

/**
 * The login body: the protocol's fields plus an optional `deviceId`, the workstation's own stable id
 * (the one in its hlc timestamps). Without it the server makes one up.
 */
const LoginBodySchema = LoginRequestSchema.extend({
  deviceId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .refine((id) => id !== 'server', 'reserved')
    .optional(),
});

export interface LoginLimits {
  /** Failures per login name and address. */
  perAccount: FailureRateLimiter;
  /** Failures per address, whatever the name (password spraying). */
  perAddress: FailureRateLimiter;
}

export interface LoginResult {
  token: string;
  deviceId: string;
  user: { name: string; role: Role };
}

export async function login(
  sql: Sql,
  body: unknown,
  context: { ip: string; now: Date; limits: LoginLimits },
): Promise<LoginResult> {
  const parsed = LoginBodySchema.safeParse(body);
  if (!parsed.success)
    throw badRequest('The login request is malformed.', describeIssues(parsed.error.issues));
  const { username, password, deviceName, deviceId } = parsed.data;
  if (![username, password, deviceName].every(isStorableText))
    throw badRequest('The login request contains characters that cannot be stored.');
  const name = normalizeLogin(username.trim());
  const accountKey = `${name}|${context.ip}`;
  const retryMs = Math.max(
    context.limits.perAccount.retryAfterMs(accountKey),
    context.limits.perAddress.retryAfterMs(context.ip),
  );
  if (retryMs > 0) {
    const seconds = Math.ceil(retryMs / 1000);
    throw new ServerError(
      429,
      'RATE_LIMITED',
      `Too many failed sign-ins. Try again in ${seconds} s.`,
      { retryAfterSeconds: seconds },
      { 'retry-after': String(seconds) },
    );
  }
  const [user] = await sql.query<{ name: string; role: Role; password_hash: string; disabled: boolean }>(
    'SELECT name, role, password_hash, disabled FROM users WHERE name = $1',
    [name],
  );
  const ok = user ? await verifyPassword(password, user.password_hash) : await verifyAgainstDummy(password);
  if (!user || !ok) {
    context.limits.perAccount.recordFailure(accountKey);
    context.limits.perAddress.recordFailure(context.ip);
    throw unauthorized('Wrong login or password.');
  }
  if (user.disabled) throw unauthorized('This account is disabled. Ask the administrator.');
  context.limits.perAccount.reset(accountKey);

  const { token, hash } = newToken();
  const id = deviceId ?? randomUUID();
  // Signing in again on a known workstation replaces its token (and binds it to this account).
  await sql.query(
    `INSERT INTO devices (id, user_name, name, token_hash, created_at, revoked_at, last_seen)
     VALUES ($1, $2, $3, $4, $5, NULL, $5)
     ON CONFLICT (id) DO UPDATE SET user_name = $2, name = $3, token_hash = $4, revoked_at = NULL, last_seen = $5`,
    [id, user.name, deviceName, hash, context.now],
  );
  return { token, deviceId: id, user: { name: user.name, role: user.role } };
}

/** The caller of an `Authorization: Bearer` request; refuses unknown, revoked or disabled ones (401). */
export async function authenticate(
  sql: Sql,
  authorization: string | undefined,
  now: Date,
): Promise<Principal> {
  const token = bearerToken(authorization);
  if (!token) throw unauthorized('Sign in first: this request has no valid bearer token.');
  const [row] = await sql.query<{
    id: string;
    name: string;
    user_name: string;
    role: Role;
    disabled: boolean;
    revoked_at: Date | string | null;
    last_seen: Date | string | null;
  }>(
    `SELECT d.id, d.name, d.user_name, u.role, u.disabled, d.revoked_at, d.last_seen
     FROM devices d JOIN users u ON u.name = d.user_name WHERE d.token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) throw unauthorized();
  if (row.revoked_at !== null)
    throw unauthorized('This device was signed out by the administrator. Sign in again.');
  if (row.disabled) throw unauthorized('This account is disabled. Ask the administrator.');
  const lastSeen = row.last_seen === null ? 0 : new Date(row.last_seen).getTime();
  if (now.getTime() - lastSeen > 60_000)
    await sql.query('UPDATE devices SET last_seen = $2 WHERE id = $1', [row.id, now]);
  return { deviceId: row.id, deviceName: row.name, userName: row.user_name, role: row.role };
}
