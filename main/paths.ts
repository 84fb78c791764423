import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the data lives. Same place Electron's userData would be for productName "PressDesk",
 * so both modes share one database; `--data-dir` or PRESSDESK_DATA_DIR override it.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'PressDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'PressDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'PressDesk');
}

export function resolveDataDir(
  cliValue: string | undefined,
  env: NodeJS.ProcessEnv,
  fallback: () => string,
): string {
  const chosen = cliValue ?? env.PRESSDESK_DATA_DIR;
  return chosen ? resolve(chosen) : fallback();
}
