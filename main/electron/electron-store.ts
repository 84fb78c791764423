import Store from 'electron-store';
import { defaultSettings } from '../../core/settings/schema';
import { ValidatedSettingsStore, type SettingsStore } from '../settings/settings-store';

/** Electron: electron-store writes the same `<dataDir>/settings.json` as browser mode's conf. */
export function createElectronSettingsStore(dataDir: string, userName: string): SettingsStore {
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: 'settings',
    defaults: defaultSettings(userName) as unknown as Record<string, unknown>,
  });
  return new ValidatedSettingsStore(store, userName);
}
