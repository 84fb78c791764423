// Finds or fetches what `npm start` needs to run the real Electron app from a source checkout:
// the Electron binary (skipped by `npm ci` through package.json "allowScripts") and a build of
// better-sqlite3 for Electron's ABI, kept apart from the Node build that tests and browser mode use.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable path, or null with the reason it is not usable. */
export function electronBinary(root) {
  try {
    const path = require(join(root, 'node_modules', 'electron'));
    return existsSync(path) ? { path } : { path: null, reason: `the Electron binary is missing at ${path}` };
  } catch (error) {
    return { path: null, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** Runs electron's own installer (it downloads the binary); false when there is no internet. */
export function fetchElectron(root, run = spawnSync) {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  const result = run(process.execPath, [installer], { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    const lines = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n');
    const cause = lines.find((line) => /Error/.test(line)) ?? lines[0] ?? 'no output';
    console.log(`PressDesk: the download failed: ${cause.trim()}`);
  }
  return result.status === 0;
}

export function electronVersion(root) {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * better_sqlite3.node built for this Electron version, cached under .electron-native/. It is made in a
 * copy of the package with its own prebuild-install (or node-gyp), so node_modules stays Node's.
 */
export function electronSqliteBinding(root, version, run = spawnSync) {
  const target = join(root, '.electron-native', version, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const work = join(root, '.electron-native', version, 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });
  const env = {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: version,
    npm_config_disturl: 'https://electronjs.org/headers',
  };
  const prebuilt = run(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js', { paths: [join(root, 'node_modules', 'better-sqlite3')] }),
      '--runtime',
      'electron',
      '--target',
      version,
    ],
    { cwd: work, env, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    const gyp = run(
      'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (gyp.status !== 0) return null;
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) return null;
  mkdirSync(join(root, '.electron-native', version), { recursive: true });
  copyFileSync(built, target);
  return target;
}
