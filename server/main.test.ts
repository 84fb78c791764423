import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli/run';
import { seedPgliteDataDir } from './testing/backends';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the CLI in-process against `dir`; returns the exit code and what it printed. */
async function cli(args: string[], dir: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readLine: async () => stdin,
    env: {},
    now: () => new Date('2030-03-01T10:00:00Z'),
  };
  const code = await runCli([...args, '--data-dir', dir], io);
  if (typeof code !== 'number') throw new Error('expected a command, not a server');
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('server command line', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-cli-'));
    await seedPgliteDataDir(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a user with the password from stdin (npx tsx server/main.ts user add)', () => {
    const result = spawnSync(
      'npx',
      ['tsx', MAIN, 'user', 'add', '--name', 'Admin', '--role', 'admin', '--data-dir', dir],
      {
        input: 'a long enough password\n',
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout.trim()).toBe('User "admin" added with role admin.');
    expect(result.status).toBe(0);
  }, 60_000);

  it(
    'lists, disables and enables users, with clear messages and exit codes',
    { timeout: 60_000 },
    async () => {
      expect(
        await cli(['user', 'add', '--name', 'olena', '--role', 'press'], dir, 'pressdesk-2030'),
      ).toMatchObject({ code: 0 });
      expect((await cli(['user', 'list'], dir)).out.split('\n')).toEqual([
        'admin\tadmin\tactive\t0 device(s)',
        'olena\tpress\tactive\t0 device(s)',
      ]);
      expect(await cli(['user', 'disable', '--name', 'Olena'], dir)).toMatchObject({
        code: 0,
        out: expect.stringMatching(/disabled/),
      });
      expect((await cli(['user', 'list'], dir)).out).toContain('olena\tpress\tdisabled');
      expect(await cli(['user', 'enable', '--name', 'olena'], dir)).toMatchObject({ code: 0 });

      expect(
        await cli(['user', 'add', '--name', 'olena', '--role', 'press'], dir, 'pressdesk-2030'),
      ).toMatchObject({
        code: 1,
        err: expect.stringMatching(/already exists/),
      });
      expect(
        await cli(['user', 'add', '--name', 'piotr', '--role', 'boss'], dir, 'pressdesk-2030'),
      ).toMatchObject({
        code: 1,
        err: expect.stringMatching(/Unknown role "boss"/),
      });
      expect(await cli(['user', 'add', '--name', 'piotr', '--role', 'viewer'], dir, 'short')).toMatchObject({
        code: 1,
        err: expect.stringMatching(/at least 8/),
      });
      expect(await cli(['user', 'disable', '--name', 'nobody'], dir)).toMatchObject({
        code: 1,
        err: 'No user named "nobody".',
      });
      expect(await cli(['user', 'add', '--role', 'press'], dir)).toMatchObject({
        code: 2,
        err: expect.stringMatching(/--name/),
      });
      expect(await cli(['user', 'frobnicate'], dir)).toMatchObject({ code: 2 });
      expect(await cli(['user', 'list', '--colour'], dir)).toMatchObject({ code: 2 });
    },
  );

  it('revokes devices by id or by user', { timeout: 60_000 }, async () => {
    expect(await cli(['device', 'revoke', '--id', 'no-such-device'], dir)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No device/),
    });
    expect(await cli(['device', 'revoke', '--user', 'olena'], dir)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Nothing to revoke/),
    });
    expect(await cli(['device', 'revoke'], dir)).toMatchObject({ code: 2 });
    expect(await cli(['device', 'list'], dir)).toMatchObject({ code: 0, out: 'No devices.' });
  });

  it('starts, prints exactly one ready line, answers health, keeps the data directory to itself and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, '--port', '0', '--host', '127.0.0.1', '--data-dir', dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const rl = createInterface({ input: child.stdout });
        rl.on('line', (line) => {
          lines.push(line);
          if (lines.length === 1) resolve(line);
        });
        child.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
      });
      expect(first).toMatch(/^PressDesk server ready: http:\/\/127\.0\.0\.1:\d+$/);
      const url = first.replace('PressDesk server ready: ', '');
      const health = await fetch(`${url}/api/v1/health`);
      expect(await health.json()).toEqual({ status: 'ok', db: 'pglite' });
      const login = await fetch(`${url}/api/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'a long enough password', deviceName: 'test' }),
      });
      expect(login.status).toBe(200);
      expect(await cli(['user', 'list'], dir)).toMatchObject({
        code: 1,
        err: expect.stringMatching(/in use by another PressDesk server/),
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
    expect((await cli(['device', 'list'], dir)).out).toMatch(/\tadmin\ttest\tactive/);
  }, 60_000);
});
