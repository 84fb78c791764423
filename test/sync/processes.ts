import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Child processes for the sync robustness tests: the real server (its CLI) and the crash writer. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
export const CRASH_WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

const live = new Set<Child>();

/** A TypeScript program run with `node --import tsx`, its stdout split into lines, its stderr kept. */
export class Child {
  readonly lines: string[] = [];
  stderr = '';
  /** Resolves when the process has exited and its output has been read to the end. */
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exited = false;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    readonly proc: ChildProcessWithoutNullStreams,
  ) {
    live.add(this);
    proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: proc.stdout }).on('line', (line) => {
      this.lines.push(line);
      this.wake();
    });
    this.closed = new Promise((resolve) => {
      proc.on('close', (code, signal) => {
        this.exited = true;
        live.delete(this);
        this.wake();
        resolve({ code, signal });
      });
    });
  }

  get running(): boolean {
    return !this.exited;
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  /** The first line (counting lines already printed) that matches; fails on timeout or exit, with stderr. */
  waitFor(match: (line: string) => boolean, timeoutMs: number, what: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.lines.find(match);
        if (line !== undefined) return finish(() => resolve(line));
        if (this.exited) return finish(() => reject(this.failure(`exited before printing ${what}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(this.failure(`did not print ${what} within ${timeoutMs} ms`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Sends the signal (SIGKILL by default) and waits until the process is gone and its output read. */
  async kill(
    signal: NodeJS.Signals = 'SIGKILL',
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exited) this.proc.kill(signal);
    return this.closed;
  }

  failure(message: string): Error {
    const out = this.lines.slice(-20).join('\n');
    return new Error(
      `${this.name} (pid ${this.pid}) ${message}\n--- stderr ---\n${this.stderr}\n--- last stdout lines ---\n${out}`,
    );
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export function spawnTs(name: string, script: string, args: readonly string[], stdin?: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO,
    // The server must use embedded PGlite in its data directory, never a PostgreSQL from the environment.
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) proc.stdin.end(stdin);
  else proc.stdin.end();
  return new Child(name, proc);
}

/** Kills every child still running (afterAll), each by its own pid. */
export async function killAll(): Promise<void> {
  await Promise.all([...live].map((child) => child.kill('SIGKILL')));
}

export interface ServerProcess {
  child: Child;
  url: string;
  port: number;
}

/** `server/main.ts --port <port> --data-dir <dir>` on loopback; resolves with the URL of its ready line. */
export async function startServer(dataDir: string, port = 0): Promise<ServerProcess> {
  const child = spawnTs('server', SERVER_MAIN, [
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
  ]);
  try {
    const line = await child.waitFor(
      (l) => l.startsWith('PressDesk server ready: '),
      90_000,
      'its ready line',
    );
    const url = line.slice('PressDesk server ready: '.length).trim();
    return { child, url, port: Number(new URL(url).port) };
  } catch (error) {
    await child.kill();
    throw error;
  }
}

/** `server/main.ts user add --name <login> --role <role> --data-dir <dir>`, the password on stdin. */
export async function addUser(dataDir: string, name: string, role: string, password: string): Promise<void> {
  const child = spawnTs(
    'user add',
    SERVER_MAIN,
    ['user', 'add', '--name', name, '--role', role, '--data-dir', dataDir],
    `${password}\n`,
  );
  const timer = setTimeout(() => void child.kill(), 90_000);
  const { code, signal } = await child.closed;
  clearTimeout(timer);
  if (code !== 0) throw child.failure(`failed (exit ${code}, signal ${signal})`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
