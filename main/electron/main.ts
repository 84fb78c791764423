import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, shell, Tray } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../../core/i18n';
import { bootstrap } from '../bootstrap';
import { seedDemo } from '../demo/seed';
import { resolveDataDir } from '../paths';
import { describeStartupError, startupLanguage } from '../startup-error';
import { APP_VERSION } from '../version';
import { createElectronSettingsStore } from './electron-store';
import { forwardEvents, registerIpc, senderIsApp } from './ipc';
import { hashOfLink } from '../../core/reminders/link';
import { showReminders } from './reminders';
import { createTray } from './tray';
import { createMainWindow } from './window';

/** Electron entry: the same services as browser mode, reached over IPC instead of HTTP. */
const here = dirname(fileURLToPath(import.meta.url));
const indexHtml = join(here, '..', 'renderer', 'index.html');
const preload = join(here, '..', 'preload', 'preload.cjs');

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  const argv = process.argv;
  const dataDirArg = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dataDir = resolveDataDir(dataDirArg, process.env, () => app.getPath('userData'));
  let booted: ReturnType<typeof bootstrap>;
  try {
    booted = bootstrap({
      mode: 'electron',
      appVersion: APP_VERSION,
      dataDir,
      settings: createElectronSettingsStore,
      // Electron's own opener: reports a failure instead of launching a process we cannot watch.
      openPath: async (path) => {
        const failure = await shell.openPath(path);
        if (failure) throw new Error(failure);
      },
      // Set by scripts/start.mjs when running from a source checkout; packaged builds are rebuilt for Electron.
      ...(process.env.PRESSDESK_SQLITE_BINDING
        ? { nativeBinding: process.env.PRESSDESK_SQLITE_BINDING }
        : {}),
    });
  } catch (error) {
    dialog.showErrorBox('PressDesk', describeStartupError(error, startupLanguage(app.getLocale())));
    app.quit();
    return;
  }
  if (argv.includes('--demo') && (await seedDemo(booted.ctx))) booted.ctx.reminders.tick();
  registerIpc(ipcMain, booted.dispatch, senderIsApp(new URL(`file://${indexHtml}`).href));
  let window: BrowserWindow | null = createMainWindow(BrowserWindow, shell, preload, indexHtml);
  forwardEvents(booted.ctx.onEvent, () => window?.webContents ?? null);
  const texts = () => resources[booted.ctx.settings.get().office.language].translation.reminders;
  const show = (hash: string) => {
    window?.show();
    void window?.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)}`);
  };
  const tray = createTray({
    Tray,
    iconPath: join(here, '..', '..', 'resources', 'icon.png'),
    Menu,
    texts: () => ({
      count: texts().trayCount,
      none: texts().trayNone,
      open: texts().trayOpen,
      quit: texts().trayQuit,
    }),
    openToday: () => show('#/today'),
    quit: () => app.quit(),
  });
  booted.ctx.onEvent((event) => {
    if (event.type === 'reminders') tray.setCount(event.badge);
    showReminders(event, {
      Notification,
      setBadgeCount: (count) => app.setBadgeCount?.(count),
      title: () => texts().title,
      open: (link) => show(hashOfLink(link)),
    });
  });
  window.on('closed', () => (window = null));
  app.on('second-instance', () => window?.focus());
  app.on('window-all-closed', () => {
    booted.close();
    app.quit();
  });
});
