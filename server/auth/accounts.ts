import { ROLES, type Role } from '../../core/sync/permissions';
import { toIso, type Sql } from '../db/sql';
import { isStorableText } from '../errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

/** Account administration (the CLI's `user` and `device` commands). Errors carry a plain message. */
export class AccountError extends Error {
  override name = 'AccountError';
}

const LOGIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$/u;

/** Logins are case-insensitive: stored and compared in NFC lower case. */
export function normalizeLogin(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface UserSummary {
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  activeDevices: number;
}

export interface DeviceSummary {
  id: string;
  userName: string;
  name: string;
  createdAt: string;
  lastSeen: string | null;
  revokedAt: string | null;
}

export async function addUser(
  sql: Sql,
  input: { name: string; role: string; password: string; now: Date },
): Promise<void> {
  const name = normalizeLogin(input.name.trim());
  if (!LOGIN_NAME.test(name))
    throw new AccountError(
      'A login is 1–64 letters or digits, optionally with . _ @ - inside, starting with a letter or digit.',
    );
  if (!isRole(input.role))
    throw new AccountError(`Unknown role "${input.role}". Roles: ${ROLES.join(', ')}.`);
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new AccountError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (input.password.length > 1000 || !isStorableText(input.password))
    throw new AccountError('The password is too long or contains characters that cannot be stored.');
  const hash = await hashPassword(input.password);
  const inserted = await sql.query(
    `INSERT INTO users (name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, false, $4)
     ON CONFLICT (name) DO NOTHING RETURNING name`,
    [name, input.role, hash, input.now],
  );
  if (inserted.length === 0) throw new AccountError(`A user named "${name}" already exists.`);
}

export async function listUsers(sql: Sql): Promise<UserSummary[]> {
  const rows = await sql.query<{
    name: string;
    role: Role;
    disabled: boolean;
    created_at: Date | string;
    active_devices: number | string;
  }>(
    `SELECT u.name, u.role, u.disabled, u.created_at,
            (SELECT count(*) FROM devices d WHERE d.user_name = u.name AND d.revoked_at IS NULL) AS active_devices
     FROM users u ORDER BY u.name`,
  );
  return rows.map((r) => ({
    name: r.name,
    role: r.role,
    disabled: r.disabled,
    createdAt: toIso(r.created_at),
    activeDevices: Number(r.active_devices),
  }));
}

/** Disables (or enables again) an account; disabling also ends every session of it. */
export async function setUserDisabled(sql: Sql, login: string, disabled: boolean, now: Date): Promise<void> {
  const name = normalizeLogin(login);
  await sql.transaction(async (tx) => {
    const rows = await tx.query('UPDATE users SET disabled = $2 WHERE name = $1 RETURNING name', [
      name,
      disabled,
    ]);
    if (rows.length === 0) throw new AccountError(`No user named "${name}".`);
    if (disabled)
      await tx.query('UPDATE devices SET revoked_at = $2 WHERE user_name = $1 AND revoked_at IS NULL', [
        name,
        now,
      ]);
  });
}

/** Revokes a device's token, or every device of a user. Returns how many were revoked. */
export async function revokeDevices(
  sql: Sql,
  target: { id: string } | { user: string },
  now: Date,
): Promise<number> {
  if ('id' in target) {
    const known = await sql.query('SELECT id FROM devices WHERE id = $1', [target.id]);
    if (known.length === 0) throw new AccountError(`No device with id "${target.id}".`);
    const rows = await sql.query(
      'UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [target.id, now],
    );
    return rows.length;
  }
  const name = normalizeLogin(target.user);
  const user = await sql.query('SELECT name FROM users WHERE name = $1', [name]);
  if (user.length === 0) throw new AccountError(`No user named "${name}".`);
  const rows = await sql.query(
    'UPDATE devices SET revoked_at = $2 WHERE user_name = $1 AND revoked_at IS NULL RETURNING id',
    [name, now],
  );
  return rows.length;
}

export async function listDevices(sql: Sql, login?: string): Promise<DeviceSummary[]> {
  const rows = await sql.query<{
    id: string;
    user_name: string;
    name: string;
    created_at: Date | string;
    last_seen: Date | string | null;
    revoked_at: Date | string | null;
  }>(
    `SELECT id, user_name, name, created_at, last_seen, revoked_at FROM devices
     WHERE $1::text IS NULL OR user_name = $1 ORDER BY user_name, created_at`,
    [login === undefined ? null : normalizeLogin(login)],
  );
  return rows.map((r) => ({
    id: r.id,
    userName: r.user_name,
    name: r.name,
    createdAt: toIso(r.created_at),
    lastSeen: r.last_seen === null ? null : toIso(r.last_seen),
    revokedAt: r.revoked_at === null ? null : toIso(r.revoked_at),
  }));
}
