import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronBinary, electronSqliteBinding, fetchElectron } from './electron-runtime.mjs';

describe('npm start: finding Electron', () => {
  const roots: string[] = [];
  const fakeRoot = () => {
    const root = mkdtempSync(join(tmpdir(), 'pressdesk-start-'));
    roots.push(root);
    return root;
  };
  afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('reports why Electron is unusable when npm ci skipped its download (this repo as installed here or in CI)', () => {
    const found = electronBinary(process.cwd());
    // In CI and on this machine the binary is skipped by allowScripts; on a desktop it may be present.
    if (found.path === null) expect(found.reason).toMatch(/Electron/);
    else expect(found.path).toMatch(/electron/i);
  });

  it('reports a missing package', () => {
    expect(electronBinary(fakeRoot()).path).toBeNull();
  });

  it("runs electron's own installer and says in one line why it failed", () => {
    const root = fakeRoot();
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'install.js'), '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const run = vi.fn(() => ({
      status: 1,
      stderr: 'at x\nRequestError: getaddrinfo ENOTFOUND github.com\n',
    }));
    expect(fetchElectron(root, run)).toBe(false);
    expect(run).toHaveBeenCalledWith(
      process.execPath,
      [join(root, 'node_modules', 'electron', 'install.js')],
      expect.anything(),
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ENOTFOUND github.com'));
    log.mockRestore();
    expect(fetchElectron(root, () => ({ status: 0 }))).toBe(true);
  });

  it('reuses a cached Electron build of better-sqlite3 without rebuilding', () => {
    const root = fakeRoot();
    mkdirSync(join(root, '.electron-native', '40.0.0'), { recursive: true });
    writeFileSync(join(root, '.electron-native', '40.0.0', 'better_sqlite3.node'), '');
    const run = vi.fn();
    expect(electronSqliteBinding(root, '40.0.0', run)).toBe(
      join(root, '.electron-native', '40.0.0', 'better_sqlite3.node'),
    );
    expect(run).not.toHaveBeenCalled();
  });
});
