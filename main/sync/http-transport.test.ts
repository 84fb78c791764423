import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../core/sync/hlc';
import { SCHEMA_VERSION } from '../../db/migrations';
import { BlobStore } from './blob-store';
import { SyncError } from './errors';
import { HttpTransport, checkServerUrl, isLoopback, login, type FetchLike } from './http-transport';

const hlc = encodeHlc({ wallMs: Date.parse('2026-11-23T09:00:00Z'), counter: 0, deviceId: 'server' });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function syncError(promise: Promise<unknown> | (() => unknown)): Promise<SyncError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected a SyncError');
}

describe('server address policy', () => {
  it('accepts https anywhere and plain http only to this computer', () => {
    for (const url of [
      'https://pressdesk.lodz.example',
      'https://10.0.0.5:8443',
      'http://127.0.0.1:8080',
      'http://127.45.1.2',
      'http://localhost:3000',
      'http://[::1]:3000',
    ])
      expect(() => checkServerUrl(url)).not.toThrow();
    for (const url of [
      'http://192.168.1.10:8080',
      'http://pressdesk.lodz.example',
      'http://127.0.0.1.evil.example',
      'http://localhost.evil.example',
      'http://[::ffff:7f00:1]',
    ])
      expect(() => checkServerUrl(url)).toThrow(expect.objectContaining({ code: 'INSECURE_URL' }));
    expect(isLoopback('127.300.0.1')).toBe(false);
  });

  it('allows plain http elsewhere only when the admin says so, and refuses other schemes', () => {
    expect(checkServerUrl('http://192.168.1.10:8080', true).host).toBe('192.168.1.10:8080');
    expect(() => checkServerUrl('ftp://server')).toThrow(expect.objectContaining({ code: 'INVALID_URL' }));
    expect(() => checkServerUrl('not a url')).toThrow(expect.objectContaining({ code: 'INVALID_URL' }));
  });

  it('never sends anything to a refused address', async () => {
    let calls = 0;
    const fetch: FetchLike = async () => (calls++, json(200, {}));
    expect(() => new HttpTransport({ baseUrl: 'http://10.1.1.1', token: 't', fetch })).toThrow(
      expect.objectContaining({ code: 'INSECURE_URL' }),
    );
    const error = await syncError(
      login('http://10.1.1.1', { username: 'a', password: 'b', deviceName: 'c' }, { fetch }),
    );
    expect(error.code).toBe('INSECURE_URL');
    expect(calls).toBe(0);
  });
});

describe('http transport', () => {
  it('logs in, then pushes and pulls JSON with the bearer token', async () => {
    const requests: { url: string; method: string; headers: Headers; body: string | null }[] = [];
    const fetch: FetchLike = async (url, init) => {
      requests.push({
        url,
        method: init?.method ?? 'GET',
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? init.body : null,
      });
      if (url.endsWith('/api/v1/login'))
        return json(200, { token: 'tok-1', deviceId: 'dev-9', user: { name: 'anna', role: 'press' } });
      if (url.includes('/sync/push')) return json(200, { accepted: ['k'], rejected: [], serverHlc: hlc });
      return json(200, { changes: [], cursor: 7, hasMore: false });
    };
    const session = await login(
      'https://sync.example/',
      { username: 'anna', password: 'secret', deviceName: 'Laptop 3', deviceId: 'dev-9' },
      { fetch },
    );
    expect(session).toEqual({ token: 'tok-1', deviceId: 'dev-9', user: { name: 'anna', role: 'press' } });
    expect(JSON.parse(requests[0]!.body!)).toEqual({
      username: 'anna',
      password: 'secret',
      deviceName: 'Laptop 3',
      deviceId: 'dev-9',
    });
    expect(requests[0]!.headers.get('authorization')).toBeNull();

    const transport = new HttpTransport({ baseUrl: 'https://sync.example/', token: session.token, fetch });
    expect(await transport.push({ schemaVersion: 1, changes: [] })).toEqual({
      accepted: ['k'],
      rejected: [],
      serverHlc: hlc,
    });
    expect(await transport.pull(5, 100)).toEqual({ changes: [], cursor: 7, hasMore: false });
    expect(requests[1]).toMatchObject({ url: 'https://sync.example/api/v1/sync/push', method: 'POST' });
    expect(requests[1]!.headers.get('authorization')).toBe('Bearer tok-1');
    expect(requests[1]!.headers.get('content-type')).toBe('application/json');
    expect(requests[2]).toMatchObject({
      url: `https://sync.example/api/v1/sync/pull?since=5&limit=100&schemaVersion=${SCHEMA_VERSION}`,
      method: 'GET',
    });
  });

  it('turns every failure into a code the UI can translate', async () => {
    const cases: [() => Promise<Response>, string, Record<string, unknown>?][] = [
      [async () => json(401, { error: 'UNAUTHORIZED', message: 'revoked' }), 'UNAUTHORIZED'],
      [async () => json(426, { error: 'CLIENT_TOO_OLD', message: 'update' }), 'CLIENT_TOO_OLD'],
      [
        async () => json(429, { error: 'RATE_LIMITED', message: '' }, { 'retry-after': '30' }),
        'RATE_LIMITED',
        { retryAfterSeconds: 30 },
      ],
      [async () => new Response('Bad gateway', { status: 502 }), 'SERVER_ERROR', { status: 502 }],
      [async () => json(403, { error: 'UNAUTHORIZED', message: 'A viewer cannot upload.' }), 'FORBIDDEN'],
      [
        async () =>
          json(409, { error: 'BAD_REQUEST', message: 'server older', details: { reason: 'SERVER_TOO_OLD' } }),
        'SERVER_TOO_OLD',
      ],
      [async () => json(413, { error: 'PAYLOAD_TOO_LARGE', message: '' }), 'PAYLOAD_TOO_LARGE'],
      [
        async () => json(400, { error: 'BAD_REQUEST', message: 'changes.0.hlc: invalidHlc' }),
        'BAD_REQUEST',
        { status: 400, serverCode: 'BAD_REQUEST', message: 'changes.0.hlc: invalidHlc' },
      ],
      [async () => json(200, { accepted: 'yes' }), 'BAD_RESPONSE'],
      [async () => new Response('<html>captive portal</html>', { status: 200 }), 'BAD_RESPONSE'],
      [
        async () => {
          throw new TypeError('fetch failed', {
            cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
          });
        },
        'OFFLINE',
        { reason: 'ECONNREFUSED' },
      ],
      [
        async () => {
          throw new TypeError('fetch failed', {
            cause: Object.assign(new Error('self-signed certificate'), {
              code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
            }),
          });
        },
        'TLS',
        { reason: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      ],
      [
        async () => {
          throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
        },
        'TIMEOUT',
        { seconds: 30 },
      ],
    ];
    for (const [respond, code, params] of cases) {
      const transport = new HttpTransport({ baseUrl: 'https://sync.example', token: 't', fetch: respond });
      const error = await syncError(transport.push({ schemaVersion: 1, changes: [] }));
      expect(error.code, code).toBe(code);
      if (params) expect(error.params).toMatchObject(params);
    }
  });

  it('gives up on a server that does not answer in time', async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
      );
    const transport = new HttpTransport({
      baseUrl: 'https://sync.example',
      token: 't',
      fetch,
      timeoutMs: 20,
    });
    expect((await syncError(transport.pull(0, 10))).code).toBe('TIMEOUT');
  });
});

/** An in-memory blob endpoint: HEAD tells the stored size, PUT appends at Content-Range, GET honours Range. */
function blobServer() {
  const stored = new Map<string, Uint8Array>();
  const complete = new Set<string>();
  let putBytes = 0;
  const fetch: FetchLike = async (url, init) => {
    const sha = /\/api\/v1\/blobs\/([0-9a-f]{64})$/.exec(url)?.[1];
    if (!sha) return json(404, { error: 'NOT_FOUND', message: url });
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const have = stored.get(sha);
    if (method === 'HEAD')
      return have
        ? new Response(null, { status: 200, headers: { 'content-length': String(have.length) } })
        : new Response(null, { status: 404 });
    if (method === 'PUT') {
      const body = init?.body as Uint8Array;
      putBytes += body.byteLength;
      const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers.get('content-range') ?? '');
      const start = Number(range?.[1] ?? 0);
      const total = Number(range?.[3] ?? body.byteLength);
      if (start !== (have?.length ?? 0)) return json(416, { error: 'BAD_REQUEST', message: 'range' });
      const next = Buffer.concat([have ?? new Uint8Array(), body]);
      stored.set(sha, next);
      if (next.length === total) {
        if (createHash('sha256').update(next).digest('hex') !== sha) {
          stored.delete(sha);
          return json(400, { error: 'HASH_MISMATCH', message: 'sha256' });
        }
        complete.add(sha);
      }
      return new Response(null, { status: 204, headers: { 'upload-offset': String(next.length) } });
    }
    if (!have || !complete.has(sha)) return json(404, { error: 'NOT_FOUND', message: sha });
    const from = Number(/^bytes=(\d+)-$/.exec(headers.get('range') ?? '')?.[1] ?? 0);
    const part = have.subarray(from);
    return new Response(part, {
      status: from > 0 ? 206 : 200,
      headers: { 'content-length': String(part.length) },
    });
  };
  return { fetch, stored, complete, putBytes: () => putBytes };
}

describe('blobs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fileOf = (bytes: Uint8Array) => {
    const store = new BlobStore(dir);
    const blob = store.importBytes(bytes);
    return { store, blob: { ...blob, uploaded: 0 } };
  };

  it('resumes an upload cut in the middle from what the server already holds', async () => {
    const bytes = randomBytes(10_000);
    const { blob } = fileOf(bytes);
    const server = blobServer();
    let puts = 0;
    const cutting: FetchLike = async (url, init) => {
      if (init?.method === 'PUT' && ++puts === 2) {
        // The connection breaks after half of the second chunk reached the server.
        const body = init.body as Uint8Array;
        await server.fetch(url, {
          ...init,
          body: body.subarray(0, 1_500),
          headers: {
            'content-range': `bytes 4000-5499/10000`,
          },
        });
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        });
      }
      return server.fetch(url, init);
    };
    const progress: number[] = [];
    const first = new HttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      fetch: cutting,
      blobChunkBytes: 4_000,
    });
    expect((await syncError(first.uploadBlob(blob, (n) => progress.push(n)))).code).toBe('OFFLINE');
    expect(progress).toEqual([4_000]);
    expect(await first.uploadedBytes(blob.sha256)).toBe(5_500);

    const sentBefore = server.putBytes();
    const second = new HttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      fetch: server.fetch,
      blobChunkBytes: 4_000,
    });
    await second.uploadBlob(blob, (n) => progress.push(n));
    expect(progress.slice(1)).toEqual([9_500, 10_000]);
    expect(server.putBytes() - sentBefore).toBe(4_500);
    expect(server.complete.has(blob.sha256)).toBe(true);
    expect(Buffer.from(server.stored.get(blob.sha256)!).equals(bytes)).toBe(true);
    // Already there: nothing is sent again.
    await second.uploadBlob(blob);
    expect(server.putBytes() - sentBefore).toBe(4_500);
  });

  it('refuses to upload a blob larger than the limit', async () => {
    const { blob } = fileOf(randomBytes(2_000));
    const transport = new HttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      fetch: blobServer().fetch,
      maxBlobBytes: 1_000,
    });
    expect(await syncError(transport.uploadBlob(blob))).toMatchObject({
      code: 'BLOB_TOO_LARGE',
      params: { size: 2_000, maxBytes: 1_000 },
    });
  });

  it('downloads into the content-addressed store, resuming after a cut and verifying the sha256', async () => {
    const bytes = randomBytes(50_000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const server = blobServer();
    server.stored.set(sha, bytes);
    server.complete.add(sha);
    let cut = true;
    const ranges: (string | null)[] = [];
    const fetch: FetchLike = async (url, init) => {
      ranges.push(new Headers(init?.headers).get('range'));
      const res = await server.fetch(url, init);
      if (!cut) return res;
      cut = false;
      const all = new Uint8Array(await res.arrayBuffer());
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulls++ === 0) controller.enqueue(all.subarray(0, 20_000));
          else controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-length': String(all.length) } });
    };
    const store = new BlobStore(join(dir, 'data'));
    const transport = new HttpTransport({ baseUrl: 'https://s.example', token: 't', fetch });
    expect((await syncError(transport.downloadBlob(sha, store))).code).toBe('OFFLINE');
    expect(existsSync(store.pathOf(sha))).toBe(false);
    const path = await transport.downloadBlob(sha, store);
    expect(path).toBe(join(dir, 'data', 'blobs', sha));
    expect(ranges).toEqual([null, 'bytes=20000-']);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(store.partPathOf(sha))).toBe(false);
  });

  it('refuses a download larger than the limit or with the wrong content, and keeps nothing', async () => {
    const bytes = randomBytes(5_000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const wrongSha = createHash('sha256').update('something else').digest('hex');
    const server = blobServer();
    for (const s of [sha, wrongSha]) {
      server.stored.set(s, bytes);
      server.complete.add(s);
    }
    const store = new BlobStore(dir);
    const transport = new HttpTransport({ baseUrl: 'https://s.example', token: 't', fetch: server.fetch });
    expect(await syncError(transport.downloadBlob(sha, store, { maxBytes: 4_000 }))).toMatchObject({
      code: 'BLOB_TOO_LARGE',
    });
    // A server that does not announce the length is cut off while streaming.
    const unannounced: FetchLike = async (url, init) => {
      const res = await server.fetch(url, init);
      return new Response(res.body, { status: res.status });
    };
    const streaming = new HttpTransport({ baseUrl: 'https://s.example', token: 't', fetch: unannounced });
    expect((await syncError(streaming.downloadBlob(sha, store, { maxBytes: 4_000 }))).code).toBe(
      'BLOB_TOO_LARGE',
    );
    expect(await syncError(transport.downloadBlob(wrongSha, store))).toMatchObject({ code: 'HASH_MISMATCH' });
    for (const s of [sha, wrongSha]) {
      expect(existsSync(store.pathOf(s))).toBe(false);
      expect(existsSync(store.partPathOf(s))).toBe(false);
    }
  });

  it('imports a file into the store by its content', async () => {
    const source = join(dir, 'scan.pdf');
    writeFileSync(source, 'a scanned letter');
    const store = new BlobStore(join(dir, 'data'));
    const blob = await store.importFile(source);
    expect(blob).toEqual({
      sha256: createHash('sha256').update('a scanned letter').digest('hex'),
      size: 16,
      path: store.pathOf(blob.sha256),
    });
    expect(readFileSync(blob.path, 'utf8')).toBe('a scanned letter');
    expect(() => store.pathOf('../../etc/passwd')).toThrow();
  });
});
