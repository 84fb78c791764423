import { mkdirSync, renameSync, statSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import type { z } from 'zod';
import {
  ReserveNumbersResponseSchema,
  type ReserveNumbersRequest,
  type ReserveNumbersResponse,
  LoginResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  ServerErrorSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../core/sync/protocol';
import { SCHEMA_VERSION } from '../../db/migrations';
import type { PendingBlob } from '../../db/sync-store';
import { assertSha256, sha256OfFile, type BlobStore } from './blob-store';
import type { BlobUploader, SyncTransport } from './engine';
import { SyncError } from './errors';

export type LoginResponse = z.infer<typeof LoginResponseSchema>;
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface ConnectionOptions {
  /** Allow plain http to a host other than this computer (the admin's explicit choice). */
  allowInsecure?: boolean;
  fetch?: FetchLike;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export interface HttpTransportOptions extends ConnectionOptions {
  baseUrl: string;
  token: string;
  /** Largest attachment uploaded or downloaded (default 100 MiB). */
  maxBlobBytes?: number;
  /** Bytes per upload request: a cut loses at most this much (default 4 MiB). */
  blobChunkBytes?: number;
  /** Sent with pulls too, so that an outdated workstation is told to update (default SCHEMA_VERSION). */
  schemaVersion?: number;
}

export const DEFAULT_MAX_BLOB_BYTES = 100 * 1024 * 1024;
const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

const TLS_ERROR_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

/**
 * The server address, checked: https always; plain http only to this computer (127.0.0.0/8, ::1,
 * localhost) unless the admin explicitly allows it, because tokens and legal records travel in it.
 */
export function checkServerUrl(baseUrl: string, allowInsecure = false): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new SyncError('INVALID_URL', { url: baseUrl });
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') throw new SyncError('INVALID_URL', { url: baseUrl });
  if (allowInsecure || isLoopback(url.hostname)) return url;
  throw new SyncError('INSECURE_URL', { host: url.hostname });
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets.slice(1).every((o) => Number(o) <= 255);
}

/**
 * POST /api/v1/login: exchanges an account's password for this device's token. Pass `deviceId` (this
 * workstation's deviceIdOf(db), the id in its hlc timestamps): the server binds the token to it, and
 * refuses changes from any other device id (DEVICE_MISMATCH).
 */
export async function login(
  baseUrl: string,
  credentials: { username: string; password: string; deviceName: string; deviceId?: string },
  options: ConnectionOptions = {},
): Promise<LoginResponse> {
  const http = new Http(checkServerUrl(baseUrl, options.allowInsecure), null, options);
  const res = await http.request('POST', '/api/v1/login', { json: credentials });
  return parse(LoginResponseSchema, await readJson(res));
}

/** The sync transport over HTTPS (JSON, bearer token), plus resumable blob transfer. */
export class HttpTransport implements SyncTransport, BlobUploader {
  private readonly http: Http;
  private readonly maxBlobBytes: number;
  private readonly chunkBytes: number;
  private readonly schemaVersion: number;

  constructor(options: HttpTransportOptions) {
    this.http = new Http(checkServerUrl(options.baseUrl, options.allowInsecure), options.token, options);
    this.maxBlobBytes = options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES;
    this.chunkBytes = Math.max(1, options.blobChunkBytes ?? DEFAULT_CHUNK_BYTES);
    this.schemaVersion = options.schemaVersion ?? SCHEMA_VERSION;
  }

  async push(req: PushRequest): Promise<PushResponse> {
    const res = await this.http.request('POST', '/api/v1/sync/push', { json: req });
    return parse(PushResponseSchema, await readJson(res));
  }

  async pull(since: number, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({
      since: String(since),
      limit: String(limit),
      schemaVersion: String(this.schemaVersion),
    });
    const res = await this.http.request('GET', `/api/v1/sync/pull?${query.toString()}`);
    return parse(PullResponseSchema, await readJson(res));
  }

  /** Reserves the next numbers of a registration series for this workstation (see core/sync/protocol). */
  async reserveNumbers(req: ReserveNumbersRequest): Promise<ReserveNumbersResponse> {
    const res = await this.http.request('POST', '/api/v1/numbers/reserve', { json: req });
    return parse(ReserveNumbersResponseSchema, await readJson(res));
  }

  /** How many bytes of a blob the server holds (HEAD; 0 when it has none). */
  async uploadedBytes(sha256: string): Promise<number> {
    assertSha256(sha256);
    const res = await this.http.request('HEAD', `/api/v1/blobs/${sha256}`, { allow: [404] });
    if (res.status === 404) return 0;
    const header = res.headers.get('upload-offset') ?? res.headers.get('content-length') ?? '0';
    const offset = Number(header);
    if (!Number.isSafeInteger(offset) || offset < 0) throw new SyncError('BAD_RESPONSE');
    return offset;
  }

  /**
   * Uploads a blob from where the server's copy stops (HEAD), in chunks with Content-Range, so a broken
   * connection costs at most one chunk. The server checks the sha256 when the last byte arrives.
   */
  async uploadBlob(
    blob: PendingBlob,
    onProgress: (uploaded: number) => void = () => undefined,
  ): Promise<void> {
    assertSha256(blob.sha256);
    const size = statSync(blob.path).size;
    if (size > this.maxBlobBytes)
      throw new SyncError('BLOB_TOO_LARGE', { size, maxBytes: this.maxBlobBytes });
    let offset = await this.uploadedBytes(blob.sha256);
    if (offset >= size && size > 0) {
      onProgress(size);
      return;
    }
    const file = await open(blob.path, 'r');
    try {
      let retries = 0;
      do {
        const length = Math.min(this.chunkBytes, size - offset);
        const chunk = new Uint8Array(length);
        const { bytesRead } = await file.read(chunk, 0, length, offset);
        if (bytesRead !== length) throw new SyncError('INTERNAL', { message: `${blob.path} changed` });
        const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
        if (size > 0) headers['content-range'] = `bytes ${offset}-${offset + length - 1}/${size}`;
        const res = await this.http.request('PUT', `/api/v1/blobs/${blob.sha256}`, {
          body: chunk,
          headers,
          allow: [409, 416],
        });
        if (res.status === 409 || res.status === 416) {
          // The server holds a different amount than we thought: ask again and continue from there.
          if (++retries > 3) throw new SyncError('NO_PROGRESS', { step: 'blob' });
          offset = await this.uploadedBytes(blob.sha256);
          continue;
        }
        const reported = Number(res.headers.get('upload-offset'));
        offset = Number.isSafeInteger(reported) && reported > offset ? reported : offset + length;
        onProgress(offset);
      } while (offset < size);
    } finally {
      await file.close();
    }
  }

  /**
   * Fetches a blob into the content-addressed store, resuming a partial download (Range), refusing more
   * than maxBytes, and keeping it only if its sha256 matches. Returns the stored file's path.
   */
  async downloadBlob(sha256: string, store: BlobStore, options: { maxBytes?: number } = {}): Promise<string> {
    const maxBytes = options.maxBytes ?? this.maxBlobBytes;
    const path = store.pathOf(sha256);
    if (store.has(sha256)) return path;
    mkdirSync(store.dir, { recursive: true });
    const part = store.partPathOf(sha256);
    let offset = partSize(part);
    const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
    const res = await this.http.request('GET', `/api/v1/blobs/${sha256}`, { headers, allow: [416] });
    if (res.status === 416 || (res.status !== 206 && offset > 0)) {
      await rm(part, { force: true }); // the server does not resume from there: start again
      offset = 0;
      if (res.status === 416) {
        await res.body?.cancel();
        return this.downloadBlob(sha256, store, options);
      }
    }
    const announced = Number(res.headers.get('content-length'));
    if (Number.isSafeInteger(announced) && offset + announced > maxBytes) {
      await res.body?.cancel();
      throw new SyncError('BLOB_TOO_LARGE', { size: offset + announced, maxBytes });
    }
    const file = await open(part, offset > 0 ? 'a' : 'w');
    let total = offset;
    try {
      const reader = res.body?.getReader();
      for (;;) {
        const next = reader ? await reader.read() : { done: true as const, value: undefined };
        if (next.done) break;
        total += next.value.byteLength;
        if (total > maxBytes) {
          await reader?.cancel();
          await file.close();
          await rm(part, { force: true });
          throw new SyncError('BLOB_TOO_LARGE', { size: total, maxBytes });
        }
        await file.write(next.value);
      }
    } catch (error) {
      if (error instanceof SyncError) throw error;
      throw new SyncError('OFFLINE', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      await file.close().catch(() => undefined);
    }
    if ((await sha256OfFile(part)) !== sha256) {
      await rm(part, { force: true });
      throw new SyncError('HASH_MISMATCH', { sha256 });
    }
    renameSync(part, path);
    return path;
  }
}

function partSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

class Http {
  private readonly fetch: FetchLike;
  private readonly timeoutMs: number;

  constructor(
    private readonly base: URL,
    private readonly token: string | null,
    options: ConnectionOptions,
  ) {
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async request(
    method: string,
    path: string,
    options: { json?: unknown; body?: Uint8Array; headers?: Record<string, string>; allow?: number[] } = {},
  ): Promise<Response> {
    const url = new URL(path, this.base).toString();
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: RequestInit['body'];
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.body) {
      body = options.body as unknown as RequestInit['body'];
    }
    let res: Response;
    try {
      res = await this.fetch(url, {
        method,
        headers,
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw networkError(error, this.timeoutMs);
    }
    if (res.ok || options.allow?.includes(res.status)) return res;
    throw await httpError(res);
  }
}

function networkError(error: unknown, timeoutMs: number): SyncError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new SyncError('TIMEOUT', { seconds: Math.round(timeoutMs / 1000) });
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code ?? '';
  if (TLS_ERROR_CODES.has(code) || /certificate|ssl|tls/i.test(cause?.message ?? ''))
    return new SyncError('TLS', { reason: code || (cause?.message ?? '') });
  return new SyncError('OFFLINE', {
    reason: code || (error instanceof Error ? error.message : String(error)),
  });
}

async function httpError(res: Response): Promise<SyncError> {
  let server: z.infer<typeof ServerErrorSchema> | null = null;
  try {
    server = ServerErrorSchema.parse(await res.json());
  } catch {
    server = null;
  }
  const serverCode = server?.error;
  if (res.status === 403) return new SyncError('FORBIDDEN', { message: server?.message ?? '' });
  if (res.status === 401 || serverCode === 'UNAUTHORIZED') return new SyncError('UNAUTHORIZED');
  if (res.status === 426 || serverCode === 'CLIENT_TOO_OLD') return new SyncError('CLIENT_TOO_OLD');
  if (res.status === 429 || serverCode === 'RATE_LIMITED') {
    const retry = Number(res.headers.get('retry-after'));
    return new SyncError('RATE_LIMITED', {
      retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : 60,
    });
  }
  if (res.status === 413 || serverCode === 'PAYLOAD_TOO_LARGE') return new SyncError('PAYLOAD_TOO_LARGE');
  if (serverCode === 'HASH_MISMATCH')
    return new SyncError('HASH_MISMATCH', { message: server?.message ?? '' });
  if (res.status === 404 || serverCode === 'NOT_FOUND') return new SyncError('NOT_FOUND');
  if (res.status >= 500) return new SyncError('SERVER_ERROR', { status: res.status });
  if ((server?.details as { reason?: unknown } | undefined)?.reason === 'SERVER_TOO_OLD')
    return new SyncError('SERVER_TOO_OLD');
  return new SyncError('BAD_REQUEST', {
    status: res.status,
    serverCode: serverCode ?? '',
    message: server?.message ?? '',
  });
}

/**
 * Reads an answer's body. A connection that breaks (or times out) while the body arrives is a network
 * error — the work stays pending and the person is told they are offline; only a complete body that is
 * not JSON is the server answering "in an unexpected way".
 */
async function readJson(res: Response, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    throw networkError(error, timeoutMs);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncError('BAD_RESPONSE');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new SyncError('BAD_RESPONSE', { issue: result.error.issues[0]?.message ?? '' });
  return result.data;
}
