import type { FastifyInstance } from 'fastify';
import { encodeHlc } from '../../core/sync/hlc';
import type { Role } from '../../core/sync/permissions';
import { changeKey, type Change, type PushResponse } from '../../core/sync/protocol';
import { SCHEMA_VERSION } from '../../db/migrations';
import { addUser } from '../auth/accounts';
import type { Principal } from '../auth/session';
import type { Sql } from '../db/sql';
import { push } from '../sync/push';
import { DEFAULT_SCHEMA_VERSIONS } from '../sync/schema-version';

/** A fixed "now" for tests: 2030-03-01T10:00:00Z. */
export const T0 = Date.UTC(2030, 2, 1, 10, 0, 0);

/** A settable clock for buildServer/push. */
export function testClock(start = T0): {
  now: () => Date;
  set: (ms: number) => void;
  advance: (ms: number) => void;
} {
  let current = start;
  return {
    now: () => new Date(current),
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export function principal(deviceId: string, role: Role = 'admin', userName = `${role}-user`): Principal {
  return { deviceId, deviceName: `${deviceId} workstation`, userName, role };
}

export function hlcAt(wallMs: number, deviceId: string, counter = 0): string {
  return encodeHlc({ wallMs, counter, deviceId });
}

/** A change of an inquiry field by `deviceId` at `wallMs` (defaults: status, update, no base). */
export function change(
  deviceId: string,
  wallMs: number,
  overrides: Partial<Omit<Change, 'deviceId'>> & { counter?: number } = {},
): Change {
  const { counter, ...rest } = overrides;
  return {
    hlc: hlcAt(wallMs, deviceId, counter ?? 0),
    deviceId,
    userName: `${deviceId}-claimed-user`,
    table: 'inquiries',
    rowId: 'row-1',
    field: 'status',
    value: 'new',
    op: 'update',
    baseHlc: null,
    ...rest,
  };
}

export const keyOf = changeKey;

/** Pushes directly through the core (no HTTP) as `who` at `now`. */
export function pushAs(sql: Sql, who: Principal, changes: Change[], now = T0): Promise<PushResponse> {
  return push(
    sql,
    { schemaVersion: SCHEMA_VERSION, changes },
    { principal: who, now: new Date(now), versions: DEFAULT_SCHEMA_VERSIONS },
  );
}

export async function countRows(sql: Sql, table: string): Promise<number> {
  const [row] = await sql.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}

export async function fieldState(sql: Sql, rowId = 'row-1', field = 'status', table = 'inquiries') {
  const [row] = await sql.query<{ value: unknown; hlc: string; device_id: string }>(
    'SELECT value, hlc, device_id FROM field_state WHERE table_name = $1 AND row_id = $2 AND field = $3',
    [table, rowId, field],
  );
  return row ?? null;
}

export const PASSWORD = 'correct horse battery';

/** Creates an account and signs in over HTTP; returns the bearer headers and device id. */
export async function signIn(
  app: FastifyInstance,
  sql: Sql,
  name: string,
  role: Role,
  options: { deviceId?: string; create?: boolean } = {},
): Promise<{ headers: { authorization: string }; deviceId: string; token: string }> {
  if (options.create !== false) await addUser(sql, { name, role, password: PASSWORD, now: new Date(T0) });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/login',
    payload: {
      username: name,
      password: PASSWORD,
      deviceName: `${name}'s laptop`,
      ...(options.deviceId ? { deviceId: options.deviceId } : {}),
    },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ token: string; deviceId: string }>();
  return { headers: { authorization: `Bearer ${body.token}` }, deviceId: body.deviceId, token: body.token };
}
