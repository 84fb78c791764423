import { defaultSettings, SettingsSchema, type Settings } from '../../core/settings/schema';

/**
 * One settings interface for both modes. Electron keeps the file with electron-store, browser mode
 * with `conf` (what electron-store is built on); both write `<dataDir>/settings.json`.
 */
export interface SettingsStore {
  get(): Settings;
  set(next: Settings): Settings;
}

/** The minimal surface of conf / electron-store that we use. */
export interface JsonStore {
  store: Record<string, unknown>;
}

export class ValidatedSettingsStore implements SettingsStore {
  constructor(
    private readonly backing: JsonStore,
    private readonly fallbackUser: string,
  ) {}

  get(): Settings {
    const parsed = SettingsSchema.safeParse(this.backing.store);
    // A hand-edited or half-written file must not stop the office from working: fall back to defaults.
    return parsed.success ? parsed.data : defaultSettings(this.fallbackUser);
  }

  set(next: Settings): Settings {
    const valid = SettingsSchema.parse(next);
    this.backing.store = valid as unknown as Record<string, unknown>;
    return valid;
  }
}
