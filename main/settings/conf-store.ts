import Conf from 'conf';
import { defaultSettings } from '../../core/settings/schema';
import { ValidatedSettingsStore, type SettingsStore } from './settings-store';

/** Browser mode: `conf` stores the same JSON file electron-store would, in the data directory. */
export function createConfSettingsStore(dataDir: string, userName: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'pressdesk',
    defaults: defaultSettings(userName) as unknown as Record<string, unknown>,
  });
  return new ValidatedSettingsStore(conf, userName);
}
