import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { AppEvent, CallResult } from '../../core/api/contract';
import type { ErrorCode } from '../../core/errors';
import type { Dispatch } from '../api/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../security';

/**
 * Browser mode's transport: the same contract as Electron IPC, over HTTP on 127.0.0.1 only.
 * Every API request must carry the per-launch token (Authorization: Bearer …); static files carry no data.
 * The Host header is checked so a web page elsewhere cannot reach us through DNS rebinding.
 */
export interface WebServerOptions {
  dispatch: Dispatch;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
  rendererDir: string;
  port: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningWebServer {
  server: Server;
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  ILLEGAL_TRANSITION: 409,
  LOCKED: 409,
  NOT_ALLOWED: 409,
  TEMPLATE: 422,
  DEADLINE: 422,
  INTERNAL: 500,
};

export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const events = new Set<ServerResponse>();
  const unsubscribe = options.onEvent((event) => {
    for (const res of events) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', params: {}, issues: [] } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!isLocalHost(req.headers.host, port)) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      if (!hasToken(req, token)) {
        sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } });
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req, maxBody);
      if (body === null) {
        sendJson(res, 413, {
          ok: false,
          error: { code: 'VALIDATION', params: { reason: 'tooLarge' }, issues: [] },
        });
        return;
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        sendJson(res, 400, {
          ok: false,
          error: { code: 'VALIDATION', params: { reason: 'notJson' }, issues: [] },
        });
        return;
      }
      const result = await options.dispatch(method, input);
      sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 400), result);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    await serveStatic(url.pathname, res);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    events.add(res);
    res.on('close', () => events.delete(res));
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative =
      pathname === '/' ? 'index.html' : normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep) || relative.split(/[/\\]/).includes('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const content = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(content);
    } catch {
      res.writeHead(404).end();
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const res of events) res.end();
            server.close(() => done());
          }),
      });
    });
  });
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: CallResult<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
