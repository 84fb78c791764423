import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleInquiry, tempApp } from '../testing/temp-app';
import { CONTENT_SECURITY_POLICY } from '../security';
import { startWebServer, type RunningWebServer } from './http-server';

/** Raw HTTP, so the test controls every header (fetch would refuse to set Host). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      if (options.body) req.write(options.body);
      req.end();
    },
  );
}

describe('browser-mode HTTP transport', () => {
  let app: ReturnType<typeof tempApp>;
  let web: RunningWebServer;
  let rendererDir: string;

  beforeEach(async () => {
    app = tempApp();
    rendererDir = mkdtempSync(join(tmpdir(), 'pressdesk-renderer-'));
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PressDesk</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    web = await startWebServer({
      dispatch: app.dispatch,
      onEvent: app.ctx.onEvent,
      rendererDir,
      port: 0,
      maxBodyBytes: 4096,
    });
  });
  afterEach(async () => {
    await web.close();
    app.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  const api = (method: string, body: unknown, token = web.token) =>
    send(web.port, `/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 with a random port and prints a URL with the token', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${web.token}`);
    expect(web.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await send(web.port, '/api/inquiries.list', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await api('inquiries.list', {}, 'wrong')).status).toBe(401);
    expect((await api('inquiries.list', {})).status).toBe(200);
  });

  it('refuses requests for another Host (DNS rebinding)', async () => {
    const res = await send(web.port, '/', { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and never files outside it', async () => {
    const index = await send(web.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await send(web.port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await send(web.port, '/../../etc/passwd')).status).toBe(404);
    expect((await send(web.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('maps errors to status codes with the same envelope as IPC', async () => {
    const bad = await api('inquiries.create', { ...sampleInquiry, subject: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await api('no.such', {})).status).toBe(404);
    const notJson = await send(web.port, '/api/inquiries.list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}` },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    const huge = await api('inquiries.create', { ...sampleInquiry, question: 'x'.repeat(10_000) });
    expect(huge.status).toBe(413);
    expect((await api('inquiries.list', {})).body).toContain('"total":0');
  });

  it('streams change events to the renderer', async () => {
    const received: string[] = [];
    const done = new Promise<void>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: web.port,
          path: '/api/events',
          headers: { Authorization: `Bearer ${web.token}` },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            received.push(chunk.toString());
            if (received.join('').includes('data.changed')) {
              req.destroy();
              resolve();
            }
          });
          void api('inquiries.create', sampleInquiry);
        },
      );
      req.end();
    });
    await done;
    expect(received.join('')).toContain('"table":"inquiries"');
  });
});
