import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron entry point, loaded against a mocked `electron`: proves the window's security
 * options, the navigation lockdown and the IPC wiring that the real app gets.
 */
const electron = vi.hoisted(() => {
  const windows: Array<{ options: Record<string, unknown>; contents: FakeContents; loaded: string }> = [];
  type Handler = (...args: unknown[]) => unknown;
  class FakeContents {
    openHandler: ((d: { url: string }) => { action: string }) | null = null;
    listeners: Record<string, Handler> = {};
    sent: unknown[] = [];
    setWindowOpenHandler(handler: (d: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    on(event: string, handler: Handler) {
      this.listeners[event] = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class BrowserWindow {
    webContents = new FakeContents();
    constructor(public options: Record<string, unknown>) {
      windows.push({ options, contents: this.webContents, loaded: '' });
    }
    once() {}
    on() {}
    show() {}
    focus() {}
    loadFile(file: string) {
      windows.at(-1)!.loaded = file;
      return Promise.resolve();
    }
  }
  const handlers: Record<string, Handler> = {};
  const trays: { icon: string; tooltip: string }[] = [];
  class Tray {
    state: { icon: string; tooltip: string };
    constructor(icon: string) {
      this.state = { icon, tooltip: '' };
      trays.push(this.state);
    }
    setToolTip(text: string) {
      this.state.tooltip = text;
    }
    setContextMenu() {}
    on() {}
  }
  return {
    windows,
    handlers,
    trays,
    module: {
      app: {
        requestSingleInstanceLock: () => true,
        whenReady: () => Promise.resolve(),
        getPath: () => '/nonexistent-user-data',
        getLocale: () => 'pl-PL',
        on: () => undefined,
        quit: () => undefined,
      },
      BrowserWindow,
      Tray,
      Menu: { buildFromTemplate: (items: unknown[]) => items },
      ipcMain: { handle: (channel: string, handler: Handler) => (handlers[channel] = handler) },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      dialog: { showErrorBox: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown>;
    constructor(options: { defaults: Record<string, unknown> }) {
      this.store = options.defaults;
    }
  },
}));

let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-electron-'));
  process.env.PRESSDESK_DATA_DIR = dataDir;
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 50));
});
afterAll(() => {
  delete process.env.PRESSDESK_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Electron main process', () => {
  it('opens one isolated, sandboxed window without Node and with the preload', () => {
    expect(electron.windows).toHaveLength(1);
    const prefs = electron.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[/\\]preload\.cjs$/);
    expect(electron.windows[0]!.loaded).toMatch(/renderer[/\\]index\.html$/);
  });

  it('puts the app icon in the tray with the count of what is due', () => {
    expect(electron.trays).toHaveLength(1);
    expect(electron.trays[0]!.icon).toMatch(/resources[/\\]icon\.png$/);
    expect(existsSync(electron.trays[0]!.icon)).toBe(true);
    expect(electron.trays[0]!.tooltip).toMatch(/^PressDesk — /);
  });

  it('denies new windows and opens only http(s)/mailto links outside', () => {
    const { contents } = electron.windows[0]!;
    expect(contents.openHandler!({ url: 'https://bip.krakow.pl' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://bip.krakow.pl');
    electron.module.shell.openExternal.mockClear();
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation away from the app', () => {
    const { contents, loaded } = electron.windows[0]!;
    const away = { preventDefault: vi.fn() };
    contents.listeners['will-navigate']!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.listeners['will-navigate']!(inside, `file://${loaded}#/settings`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('wires one IPC channel to the dispatcher and refuses foreign frames', async () => {
    const handler = electron.handlers['pressdesk:call']!;
    const appFrame = { senderFrame: { url: `file://${electron.windows[0]!.loaded}`, parent: null } };
    const info = (await handler(appFrame, 'system.info', {})) as {
      ok: boolean;
      data: { mode: string; dataDir: string };
    };
    expect(info).toMatchObject({ ok: true, data: { mode: 'electron', dataDir } });
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handler(foreign, 'system.info', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    const subFrame = { senderFrame: { url: appFrame.senderFrame.url, parent: {} } };
    expect(await handler(subFrame, 'system.info', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await handler(appFrame, 'inquiries.create', { subject: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
