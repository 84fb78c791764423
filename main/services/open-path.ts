/**
 * "Open in the default application" (e.g. Word, to print a letter from there). Electron passes its
 * shell.openPath; browser mode runs on the same computer, so it asks the system the same way.
 */
import { spawn } from 'node:child_process';

export type OpenPath = (path: string) => Promise<void>;

export const systemOpenPath: OpenPath = (path) =>
  new Promise((resolve, reject) => {
    const [command, args] =
      process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', path]]
        : process.platform === 'darwin'
          ? ['open', [path]]
          : ['xdg-open', [path]];
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
