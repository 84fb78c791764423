import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends } from '../testing/backends';
import { signIn, testClock } from '../testing/fixtures';
import { buildServer } from './app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MAX = 64 * 1024;

describeBackends('blobs', (db) => {
  let app: FastifyInstance;
  let dataDir: string;
  let headers: { authorization: string };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-blobs-'));
    app = await buildServer({ sql: db(), dataDir, clock: testClock().now, maxBlobBytes: MAX });
    ({ headers } = await signIn(app, db(), 'anna', 'press'));
  });
  afterEach(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const put = (sha: string, body: Buffer, range?: string, auth = headers) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/blobs/${sha}`,
      headers: {
        ...auth,
        'content-type': 'application/octet-stream',
        ...(range ? { 'content-range': range } : {}),
      },
      payload: body,
    });
  const head = (sha: string) => app.inject({ method: 'HEAD', url: `/api/v1/blobs/${sha}`, headers });
  const get = (sha: string, range?: string) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/blobs/${sha}`,
      headers: { ...headers, ...(range ? { range } : {}) },
    });

  it('uploads in two parts, tells the offset in between, and serves the whole and ranges', async () => {
    const bytes = randomBytes(10_000);
    const sha = sha256(bytes);
    expect((await head(sha)).statusCode).toBe(404);
    const first = await put(sha, bytes.subarray(0, 4000), 'bytes 0-3999/10000');
    expect(first.statusCode).toBe(200);
    expect(first.headers['upload-offset']).toBe('4000');
    expect((await head(sha)).headers['upload-offset']).toBe('4000');
    expect((await get(sha)).statusCode).toBe(404);
    const second = await put(sha, bytes.subarray(4000), 'bytes 4000-9999/10000');
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ complete: true, size: 10_000 });

    const whole = await get(sha);
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.equals(bytes)).toBe(true);
    const part = await get(sha, 'bytes=100-199');
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/10000');
    expect(part.rawPayload.equals(bytes.subarray(100, 200))).toBe(true);
    expect((await get(sha, 'bytes=9000-')).rawPayload.equals(bytes.subarray(9000))).toBe(true);
    expect((await get(sha, 'bytes=-10')).rawPayload.equals(bytes.subarray(9990))).toBe(true);
    const outside = await get(sha, 'bytes=10000-');
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe('bytes */10000');
    // Sending it again changes nothing.
    expect((await put(sha, bytes, 'bytes 0-9999/10000')).headers['upload-offset']).toBe('10000');
  });

  it('refuses a part that does not continue where the server stops (409 with the offset)', async () => {
    const bytes = randomBytes(3000);
    const sha = sha256(bytes);
    await put(sha, bytes.subarray(0, 1000), 'bytes 0-999/3000');
    const gap = await put(sha, bytes.subarray(2000), 'bytes 2000-2999/3000');
    expect(gap.statusCode).toBe(409);
    expect(gap.headers['upload-offset']).toBe('1000');
    expect(gap.json()).toMatchObject({ error: 'BAD_REQUEST', details: { uploadOffset: 1000 } });
  });

  it('resumes after a broken connection from the bytes that arrived', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const bytes = randomBytes(40_000);
    const sha = sha256(bytes);
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${address}/api/v1/blobs/${sha}`, {
        method: 'PUT',
        headers: {
          ...headers,
          'content-type': 'application/octet-stream',
          'content-range': 'bytes 0-39999/40000',
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(bytes.subarray(0, 25_000), () => setTimeout(() => req.destroy(), 50));
    });
    // Continue from wherever the server's copy stops (it may still be finishing the broken request).
    let done = false;
    for (let attempt = 0; attempt < 100 && !done; attempt++) {
      const offset = Number((await head(sha)).headers['upload-offset'] ?? 0);
      expect(offset).toBeLessThanOrEqual(25_000);
      const res = await put(sha, bytes.subarray(offset), `bytes ${offset}-39999/40000`);
      if (res.statusCode === 409) await new Promise((r) => setTimeout(r, 20));
      else {
        expect(res.statusCode).toBe(201);
        done = true;
      }
    }
    expect(done).toBe(true);
    expect((await get(sha)).rawPayload.equals(bytes)).toBe(true);
  });

  it('discards an upload whose bytes do not match the sha256 (HASH_MISMATCH)', async () => {
    const bytes = randomBytes(2000);
    const sha = sha256(randomBytes(2000));
    const res = await put(sha, bytes, 'bytes 0-1999/2000');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'HASH_MISMATCH' });
    expect((await head(sha)).statusCode).toBe(404);
    expect((await get(sha)).statusCode).toBe(404);
  });

  it('refuses attachments over the size limit with 413', async () => {
    const big = randomBytes(MAX + 1);
    const declared = await put(sha256(big), big.subarray(0, 100), `bytes 0-99/${MAX + 1}`);
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({ error: 'PAYLOAD_TOO_LARGE' });
    expect((await put(sha256(big), big)).statusCode).toBe(413);
    expect((await head(sha256(big))).statusCode).toBe(404);
  });

  it('stores an empty attachment and one sent whole without Content-Range', async () => {
    const empty = Buffer.alloc(0);
    const res = await put(sha256(empty), empty);
    expect(res.statusCode).toBe(201);
    expect((await get(sha256(empty))).rawPayload.length).toBe(0);
    const bytes = randomBytes(5000);
    expect((await put(sha256(bytes), bytes)).statusCode).toBe(201);
    expect((await get(sha256(bytes))).rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses malformed addresses and ranges, and uploads by a viewer', async () => {
    const bytes = randomBytes(100);
    expect((await put('ABC', bytes)).statusCode).toBe(400);
    expect((await put(sha256(bytes), bytes, 'bytes 50-10/100')).statusCode).toBe(400);
    expect((await put(sha256(bytes), bytes, 'items 0-99/100')).statusCode).toBe(400);
    expect((await put(sha256(bytes), bytes, 'bytes 0-49/100')).statusCode).toBe(400); // longer than declared
    const viewer = await signIn(app, db(), 'vera', 'viewer');
    expect((await put(sha256(bytes), bytes, undefined, viewer.headers)).statusCode).toBe(403);
  });
});
