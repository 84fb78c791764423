import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { localDateOf } from '../core/deadlines';
import { openDatabase } from '../db/connection';
import { dailyBackup } from '../db/backup';
import { createDispatcher } from './api/dispatcher';
import { createContext, type AppMode } from './services/context';
import type { OpenPath } from './services/open-path';
import type { SettingsStore } from './settings/settings-store';
import type { Clock } from '../db/write-path';

export interface BootOptions {
  mode: AppMode;
  appVersion: string;
  dataDir: string;
  settings: (dataDir: string, userName: string) => SettingsStore;
  clock?: Clock;
  nativeBinding?: string;
  openPath?: OpenPath;
}

export function osUserName(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

/** Opens the data directory and wires the services; shared by Electron and browser mode. */
export function bootstrap(options: BootOptions) {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'pressdesk.sqlite'), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const settings = options.settings(options.dataDir, osUserName());
  const ctx = createContext({ ...options, db, settings });
  const dispatch = createDispatcher(ctx);
  const backup = dailyBackup(
    db,
    options.dataDir,
    localDateOf(ctx.clock().toISOString(), settings.get().office.timeZone),
  ).catch((error: unknown) => console.error('Daily backup failed:', error));
  ctx.sync.start(); // interval, reconnect and shortly after local edits; idle until signed in
  ctx.reminders.start(); // deadlines of every module: at start (catch-up) and every minute
  return {
    ctx,
    dispatch,
    backup,
    close: () => {
      ctx.sync.stop();
      ctx.reminders.stop();
      db.close();
    },
  };
}
