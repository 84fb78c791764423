import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES } from '../../core/sync/permissions';
import {
  AccountError,
  addUser,
  listDevices,
  listUsers,
  normalizeLogin,
  revokeDevices,
  setUserDisabled,
} from '../auth/accounts';
import { DataDirInUseError, openDatabase } from '../db/open';
import type { Sql } from '../db/sql';
import { startServer, type RunningServer } from './serve';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The first line of standard input (the password for `user add`). */
  readLine: () => Promise<string>;
  env: Record<string, string | undefined>;
  now: () => Date;
}

export const USAGE = `PressDesk city sync server

  server [--port <n>] [--host <addr>] [--data-dir <dir>] [--cert <file> --key <file>]
         [--blob-dir <dir>] [--max-blob-mb <n>] [--trust-proxy]
      Starts the server. With DATABASE_URL it uses PostgreSQL, else embedded PGlite in <data-dir>/pgdata.
  server user add --name <login> --role <${ROLES.join('|')}>   (password: one line on stdin)
  server user list | user disable --name <login> | user enable --name <login>
  server device list [--user <login>] | device revoke --id <deviceId> | device revoke --user <login>
  Every command takes --data-dir <dir> (default: $PRESSDESK_SERVER_DATA_DIR or ~/pressdesk-server).`;

class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  'blob-dir': { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  'max-blob-mb': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  name: { type: 'string' },
  role: { type: 'string' },
  id: { type: 'string' },
  user: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The command line. Returns the exit code (0 done, 1 failed, 2 wrong usage), or for the server a
 * running server (the caller keeps the process alive and closes it on a signal).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number | RunningServer> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const dataDir = resolve(
      values['data-dir'] ?? io.env.PRESSDESK_SERVER_DATA_DIR ?? join(homedir(), 'pressdesk-server'),
    );
    const databaseUrl = io.env.DATABASE_URL || undefined;
    const [command, sub, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
    if (command === undefined || command === 'serve') {
      if (sub !== undefined) throw new UsageError(`Unexpected argument "${sub}".`);
      const server = await startServer({
        port:
          values.port === undefined ? (values.cert ? 8443 : 8080) : number(values.port, '--port', 0, 65535),
        host: values.host ?? '0.0.0.0',
        dataDir,
        ...(databaseUrl ? { databaseUrl } : {}),
        ...(values['blob-dir'] ? { blobDir: resolve(values['blob-dir']) } : {}),
        ...(values.cert ? { cert: values.cert } : {}),
        ...(values.key ? { key: values.key } : {}),
        ...(values['max-blob-mb']
          ? { maxBlobBytes: number(values['max-blob-mb'], '--max-blob-mb', 1, 10_000) * 1024 * 1024 }
          : {}),
        trustProxy: values['trust-proxy'] ?? false,
      });
      io.out(`PressDesk server ready: ${server.url}`);
      return server;
    }
    const task = adminTask(command, sub, values, io);
    const sql = await openDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    try {
      await task(sql);
      return 0;
    } finally {
      await sql.close();
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AccountError || error instanceof DataDirInUseError) {
      io.err(error.message);
      return 1;
    }
    io.err(`PressDesk server: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

type Task = (sql: Sql) => Promise<void>;

/** The admin command to run, checked before the database is opened (usage errors touch nothing). */
function adminTask(
  command: string,
  sub: string | undefined,
  values: { name?: string; role?: string; id?: string; user?: string },
  io: CliIo,
): Task {
  const now = io.now();
  const name = () => values.name ?? fail('--name <login> is required.');
  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'user add': {
      const login = name();
      const role = values.role ?? fail(`--role <${ROLES.join('|')}> is required.`);
      return async (sql) => {
        const password = (await io.readLine()).replace(/\r?\n$/, '');
        await addUser(sql, { name: login, role, password, now });
        io.out(`User "${normalizeLogin(login.trim())}" added with role ${role}.`);
      };
    }
    case 'user list':
      return async (sql) => {
        const users = await listUsers(sql);
        if (users.length === 0) io.out('No users yet. Add one with: user add --name <login> --role <role>');
        for (const u of users)
          io.out(`${u.name}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.activeDevices} device(s)`);
      };
    case 'user disable':
    case 'user enable': {
      const login = normalizeLogin(name());
      const disabled = sub === 'disable';
      return async (sql) => {
        await setUserDisabled(sql, login, disabled, now);
        io.out(
          disabled ? `User "${login}" disabled; its devices are signed out.` : `User "${login}" enabled.`,
        );
      };
    }
    case 'device list':
      return async (sql) => {
        const devices = await listDevices(sql, values.user);
        if (devices.length === 0) io.out('No devices.');
        for (const d of devices) {
          const state = d.revokedAt ? `revoked ${d.revokedAt}` : 'active';
          io.out(`${d.id}\t${d.userName}\t${d.name}\t${state}\tlast seen ${d.lastSeen ?? 'never'}`);
        }
      };
    case 'device revoke': {
      const { id, user } = values;
      const target =
        id !== undefined && user === undefined
          ? { id }
          : user !== undefined && id === undefined
            ? { user }
            : null;
      if (!target) fail('Give either --id <deviceId> or --user <login>.');
      return async (sql) => {
        const count = await revokeDevices(sql, target, now);
        io.out(count === 0 ? 'Nothing to revoke: already signed out.' : `Revoked ${count} device token(s).`);
      };
    }
    default:
      fail(`Unknown command "${[command, sub].filter(Boolean).join(' ')}".`);
  }
}

function fail(message: string): never {
  throw new UsageError(message);
}

function number(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`${option} must be a number from ${min} to ${max}.`);
  return value;
}
