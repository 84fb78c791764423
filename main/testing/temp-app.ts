import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, type Settings } from '../../core/settings/schema';
import { openDatabase } from '../../db/connection';
import { createDispatcher } from '../api/dispatcher';
import { createContext } from '../services/context';
import type { SettingsStore } from '../settings/settings-store';

/** In-memory settings for tests; the real stores are tested on their own. */
export class MemorySettings implements SettingsStore {
  constructor(private value: Settings = defaultSettings('tester')) {}
  get(): Settings {
    return structuredClone(this.value);
  }
  set(next: Settings): Settings {
    this.value = structuredClone(next);
    return this.get();
  }
}

/**
 * A real app on a real SQLite file in a temp directory, with a clock the test moves by hand.
 * Used by service, dispatcher and transport tests.
 */
export function tempApp(
  options: { now?: string; settings?: Partial<Settings['office']>; userName?: string } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-test-'));
  const db = openDatabase(join(dataDir, 'pressdesk.sqlite'));
  const base = defaultSettings(options.userName ?? 'Anna Tester');
  const settings = new MemorySettings({ ...base, office: { ...base.office, ...options.settings } });
  let now = new Date(options.now ?? '2026-11-23T09:00:00Z');
  const ctx = createContext({
    mode: 'browser',
    appVersion: 'test',
    dataDir,
    db,
    settings,
    clock: () => new Date(now),
  });
  const dispatch = createDispatcher(ctx, () => undefined);
  return {
    ctx,
    db,
    dispatch,
    dataDir,
    settings,
    setNow: (iso: string) => (now = new Date(iso)),
    close: () => {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sampleInquiry = {
  receivedAt: '2025-12-10T09:00:00+01:00',
  channel: 'email',
  journalistName: 'Zofia Łęcka',
  outletName: 'Dziennik Łódzki',
  outletType: 'daily',
  contact: 'z.lecka@dziennik.example',
  subject: 'Remont ulicy Piotrkowskiej w Łodzi',
  question: 'Ile kosztował remont i kto był wykonawcą?',
  jurisdiction: 'PL',
} as const;
