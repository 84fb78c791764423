/**
 * The city sync server for end-to-end tests: started through its command line (`server/main.ts`) with
 * embedded PGlite in a temp data directory, accounts added the way an administrator adds them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = [process.execPath, '--import', 'tsx', join(ROOT, 'server', 'main.ts')] as const;
const READY = /^PressDesk server ready: (\S+)$/;

export interface CityServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startCityServer(
  users: Array<{ name: string; role: string; password: string }>,
): Promise<CityServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-city-'));
  for (const user of users) {
    const added = spawnSync(
      CLI[0],
      [...CLI.slice(1), 'user', 'add', '--name', user.name, '--role', user.role, '--data-dir', dataDir],
      {
        cwd: ROOT,
        input: `${user.password}\n`,
        encoding: 'utf8',
      },
    );
    if (added.status !== 0) throw new Error(`user add failed: ${added.stderr}`);
  }
  const child: ChildProcess = spawn(CLI[0], [...CLI.slice(1), '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`city server did not start: ${stderr}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = READY.exec(line);
      if (match) {
        clearTimeout(timer);
        ok(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`city server exited (${code}): ${stderr}`)));
  });
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((done) => child.once('exit', done));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
