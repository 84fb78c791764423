/**
 * End-to-end harness: a browser-mode PressDesk server in a fresh temp data directory, and Debian's
 * Chromium driven by playwright-core. Needs the built app (`node scripts/build.mjs`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { defaultSettings, type Settings } from '../../core/settings/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB_ENTRY = join(ROOT, 'dist', 'main', 'web.mjs');
const READY = /^PressDesk ready: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))$/;

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ServerOptions {
  /** `--demo`: seed the empty data directory with the demo office. */
  demo?: boolean;
  /** PRESSDESK_NOW: the server clock starts at this ISO instant and runs on from there. */
  now?: string;
  /** Written to `<dataDir>/settings.json` before the server starts, e.g. to choose English. */
  settings?: Settings;
  /** How long to wait for the ready line. */
  startTimeoutMs?: number;
  /** Reuse this data directory (e.g. to restart with a later clock); it is then kept on stop. */
  dataDir?: string;
}

export interface RunningServer {
  /** The URL the server printed, with the per-launch token. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its own temp data directory. Safe to call twice. */
  stop: () => Promise<void>;
}

/** Default settings with a few changes, e.g. `settingsWith({ language: 'en' }, 'Ewa Testowa')`. */
export function settingsWith(office: Partial<Settings['office']>, userName = 'E2E Tester'): Settings {
  const base = defaultSettings(userName);
  return { ...base, office: { ...base.office, ...office } };
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(WEB_ENTRY)) {
    throw new Error(`${WEB_ENTRY} is missing: build the app first (node scripts/build.mjs).`);
  }
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pressdesk-e2e-')));
  if (options.settings) {
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify(options.settings, null, 2));
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PRESSDESK_DATA_DIR;
  if (options.now) env.PRESSDESK_NOW = options.now;
  else delete env.PRESSDESK_NOW;

  const args = [WEB_ENTRY, '--data-dir', dataDir, '--port', '0', '--no-open'];
  if (options.demo) args.push('--demo');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killChild(child);
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };

  try {
    const url = await waitForReady(child, options.startTimeoutMs ?? 20_000);
    const parsed = new URL(url);
    return {
      url,
      origin: parsed.origin,
      token: parsed.searchParams.get('token') ?? '',
      dataDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    const stdoutLines: string[] = [];
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string) => {
      cleanup();
      reject(
        new Error(
          `PressDesk server ${why}.\nstdout:\n${stdoutLines.join('\n') || '(empty)'}\nstderr:\n${stderr || '(empty)'}`,
        ),
      );
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`exited before it was ready (code ${code}, signal ${signal})`);
    const onError = (error: Error) => fail(`could not be started: ${error.message}`);
    const timer = setTimeout(() => fail(`printed no ready line within ${timeoutMs} ms`), timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      lines.off('line', onLine);
    };
    const onLine = (line: string) => {
      stdoutLines.push(line);
      const match = READY.exec(line.trim());
      if (!match) return;
      cleanup();
      resolvePromise(match[1]!);
    };
    child.once('exit', onExit);
    child.once('error', onError);
    lines.on('line', onLine);
  });
}

async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface RunningBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

export interface BrowserOptions {
  /** The machine's time zone as the browser sees it; the app must show office time regardless. */
  timezoneId?: string;
  locale?: string;
}

/** Headless Debian Chromium with a fresh context (own storage) that accepts downloads. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<RunningBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing (apt-get install chromium).`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: options.locale ?? 'en-GB',
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    let closed = false;
    return {
      browser,
      context,
      page,
      close: async () => {
        if (closed) return;
        closed = true;
        await context.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface OfficeSession {
  server: RunningServer;
  ui: RunningBrowser;
  page: Page;
}

/**
 * For the whole file: a server with an English-speaking office (plus `options`) and a browser in New
 * York time, so every time the app shows must be the office's, not the machine's. `ready` gets them.
 */
export function useEnglishOffice(
  options: Omit<ServerOptions, 'settings'>,
  ready: (session: OfficeSession) => void,
): void {
  let session: Partial<OfficeSession> = {};
  beforeAll(async () => {
    const server = await startServer({ ...options, settings: settingsWith({ language: 'en' }) });
    session = { server };
    const ui = await launchBrowser({ timezoneId: 'America/New_York' });
    session = { server, ui, page: ui.page };
    ready(session as OfficeSession);
  });
  afterAll(async () => {
    await session.ui?.close();
    await session.server?.stop();
  });
}
