import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, type Settings } from '../../core/settings/schema';
import { openDatabase, type Db } from '../../db/connection';
import { SyncStore } from '../../db/sync-store';
import { createContext, type AppContext } from '../../main/services/context';
import { SyncEngine } from '../../main/sync/engine';
import { HttpTransport, type FetchLike } from '../../main/sync/http-transport';
import type { SettingsStore } from '../../main/settings/settings-store';

/**
 * A workstation on a data directory that outlives the process: the same database file and wiring as
 * main/testing/temp-app.ts (openDatabase + createContext), but on a directory the caller chooses, so
 * that a killed process and the test that inspects it afterwards open the same workstation.
 */
export const DB_FILE = 'pressdesk.sqlite';

class FixedSettings implements SettingsStore {
  constructor(private value: Settings) {}
  get(): Settings {
    return structuredClone(this.value);
  }
  set(next: Settings): Settings {
    this.value = structuredClone(next);
    return this.get();
  }
}

export interface Workstation {
  dataDir: string;
  db: Db;
  ctx: AppContext;
  deviceId: string;
  close(): void;
}

export function openWorkstation(dataDir: string, userName = 'Crash Tester'): Workstation {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DB_FILE));
  const ctx = createContext({
    mode: 'browser',
    appVersion: 'test',
    dataDir,
    db,
    settings: new FixedSettings(defaultSettings(userName)),
  });
  return { dataDir, db, ctx, deviceId: ctx.deviceId, close: () => db.close() };
}

/** The real engine over the real HTTP transport, as the app wires it after login. */
export function httpEngine(
  ws: Workstation,
  server: { baseUrl: string; token: string; fetch?: FetchLike },
  options: { store?: SyncStore; pushBatch?: number } = {},
): { engine: SyncEngine; store: SyncStore; transport: HttpTransport } {
  const store = options.store ?? new SyncStore(ws.db);
  const transport = new HttpTransport({
    baseUrl: server.baseUrl,
    token: server.token,
    ...(server.fetch ? { fetch: server.fetch } : {}),
  });
  const engine = new SyncEngine({
    store,
    transport,
    deviceId: ws.deviceId,
    clock: ws.ctx.clock,
    ...(options.pushBatch ? { pushBatch: options.pushBatch } : {}),
  });
  return { engine, store, transport };
}
