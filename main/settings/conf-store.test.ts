import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from './conf-store';

describe('browser-mode settings (conf)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pressdesk-settings-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from defaults with the OS user, and keeps what was saved across restarts', () => {
    const first = createConfSettingsStore(dir, 'jkowalski');
    expect(first.get()).toMatchObject({
      userName: 'jkowalski',
      office: { jurisdiction: 'PL', timeZone: 'Europe/Warsaw' },
    });
    first.set({ ...first.get(), office: { ...first.get().office, cityName: 'Żytomierz', language: 'uk' } });
    expect(existsSync(join(dir, 'settings.json'))).toBe(true);
    const again = createConfSettingsStore(dir, 'jkowalski');
    expect(again.get().office).toMatchObject({ cityName: 'Żytomierz', language: 'uk' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).office.cityName).toBe('Żytomierz');
  });

  it('refuses invalid settings and falls back to defaults when the file was hand-edited badly', () => {
    const store = createConfSettingsStore(dir, 'u');
    expect(() =>
      store.set({ ...store.get(), office: { ...store.get().office, timeZone: 'Mars/Olympus' as never } }),
    ).toThrow();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ office: { jurisdiction: 'XX' } }));
    expect(createConfSettingsStore(dir, 'u').get().office.jurisdiction).toBe('PL');
  });
});
