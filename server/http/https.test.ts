import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { seedPgliteDataDir } from '../testing/backends';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
if (!hasOpenssl)
  console.warn('HTTPS test skipped: openssl is not installed, so no test certificate can be made.');

describe.skipIf(!hasOpenssl)('HTTPS with --cert and --key', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-https-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
    await seedPgliteDataDir(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the API over TLS with the given certificate', { timeout: 30_000 }, async () => {
    const lines: string[] = [];
    const args = [
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data-dir',
      dir,
      '--cert',
      join(dir, 'cert.pem'),
      '--key',
      join(dir, 'key.pem'),
    ];
    const server = await runCli(args, {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      readLine: async () => '',
      env: {},
      now: () => new Date(),
    });
    if (typeof server === 'number') throw new Error(`did not start: ${lines.join('\n')}`);
    try {
      expect(lines).toEqual([expect.stringMatching(/^PressDesk server ready: https:\/\/127\.0\.0\.1:\d+$/)]);
      const body = await new Promise<string>((resolve, reject) => {
        get(`${server.url}/api/v1/health`, { ca: readFileSync(join(dir, 'cert.pem')) }, (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        }).on('error', reject);
      });
      expect(JSON.parse(body)).toEqual({ status: 'ok', db: 'pglite' });
    } finally {
      await server.close();
    }
  });

  it('refuses a certificate without its key', async () => {
    const errors: string[] = [];
    const code = await runCli(['--port', '0', '--data-dir', dir, '--cert', join(dir, 'cert.pem')], {
      out: () => undefined,
      err: (l) => errors.push(l),
      readLine: async () => '',
      env: {},
      now: () => new Date(),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/both --cert/);
  });
});
