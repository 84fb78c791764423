// `npm start`: build, then run the Electron app. Where Electron cannot be had (no binary and no way
// to download it, as on a machine that reaches only the npm registry) it says so and starts browser
// mode, which runs the same services and serves the same renderer on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronBinary,
  electronSqliteBinding,
  electronVersion,
  fetchElectron,
} from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

function startBrowserMode(reason) {
  console.log(`PressDesk: Electron is not available here (${reason}).`);
  console.log('PressDesk: starting browser mode instead — the same app, opened in your web browser.');
  const child = spawn(process.execPath, [join(root, 'dist', 'main', 'web.mjs'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.env.PRESSDESK_BROWSER === '1') {
  startBrowserMode('PRESSDESK_BROWSER=1');
} else {
  let electron = electronBinary(root);
  if (!electron.path) {
    console.log(`PressDesk: ${electron.reason}; trying to download Electron…`);
    if (fetchElectron(root)) electron = electronBinary(root);
  }
  if (!electron.path) {
    startBrowserMode(electron.reason);
  } else {
    const binding = electronSqliteBinding(root, electronVersion(root));
    if (!binding) {
      startBrowserMode('better-sqlite3 could not be built for Electron');
    } else {
      // Electron takes `--data-dir=<dir>` and `--demo`; `--data-dir <dir>` is joined for convenience.
      const electronArgs = args.flatMap((a, i) =>
        a === '--data-dir' ? [`--data-dir=${args[i + 1]}`] : args[i - 1] === '--data-dir' ? [] : [a],
      );
      const child = spawn(electron.path, [root, ...electronArgs], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, PRESSDESK_SQLITE_BINDING: binding },
      });
      child.on('exit', (code) => process.exit(code ?? 0));
    }
  }
}
