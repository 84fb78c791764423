import { createContext, useContext } from 'react';
import type { MethodOutput } from '../../core/api/contract';
import type { Settings } from '../../core/settings/schema';

/** What every screen needs to know about the office and this workstation. */
export interface Shell {
  settings: Settings;
  system: MethodOutput<'system.info'>;
  saveSettings: (next: Settings) => Promise<Settings>;
  /** The services' clock (it may be pinned for demos and tests), running on in the renderer. */
  now: () => string;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside ShellContext');
  return shell;
}
