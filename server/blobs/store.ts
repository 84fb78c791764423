import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Sql } from '../db/sql';
import { badRequest, ServerError } from '../errors';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export interface ContentRange {
  start: number;
  end: number;
  total: number;
}

export interface BlobStatus {
  received: number;
  size: number;
  complete: boolean;
}

/** A 409 that tells the client where the server's copy really stops (it asks HEAD and continues). */
export class OffsetMismatchError extends ServerError {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(409, 'BAD_REQUEST', message, { uploadOffset: offset }, { 'upload-offset': String(offset) });
  }
}

/** `Content-Range: bytes <start>-<end>/<total>`, or null when absent; malformed → 400. */
export function parseContentRange(header: string | undefined): ContentRange | null {
  if (header === undefined) return null;
  const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(header.trim());
  const [start, end, total] = match ? match.slice(1).map(Number) : [];
  if (start === undefined || end === undefined || total === undefined || start > end || end >= total)
    throw badRequest(`Content-Range must be "bytes <start>-<end>/<total>", got "${header}".`);
  return { start, end, total };
}

/**
 * Content-addressed attachments: `<dir>/<aa>/<sha256>` when complete, `<dir>/partial/<sha256>` while
 * uploading. Uploads resume where the stored bytes stop (the file is the truth, a broken connection
 * keeps what arrived); the sha256 is checked when the last byte arrives.
 */
export class BlobStore {
  private readonly busy = new Set<string>();

  constructor(
    private readonly sql: Sql,
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  completePath(sha: string): string {
    return join(this.dir, sha.slice(0, 2), sha);
  }

  private partPath(sha: string): string {
    return join(this.dir, 'partial', sha);
  }

  async status(sha: string): Promise<BlobStatus | null> {
    const [row] = await this.sql.query<{ size: number | string; complete: boolean }>(
      'SELECT size, complete FROM blobs WHERE sha256 = $1',
      [sha],
    );
    if (!row) return null;
    const size = Number(row.size);
    if (row.complete) return { received: size, size, complete: true };
    return { received: await fileSize(this.partPath(sha)), size, complete: false };
  }

  /** Appends one part (or the whole blob when `range` is null) read from `body`. */
  async put(
    sha: string,
    range: ContentRange | null,
    body: Readable,
    context: { contentLength: number | null; user: string; now: Date },
  ): Promise<BlobStatus> {
    const total = range?.total ?? context.contentLength;
    if (total !== null && total > this.maxBytes) throw tooLarge(this.maxBytes);
    if (this.busy.has(sha))
      throw new OffsetMismatchError(0, 'This attachment is being uploaded by another request.');
    this.busy.add(sha);
    try {
      const current = await this.status(sha);
      if (current?.complete) return current;
      const start = range?.start ?? 0;
      let received = current?.received ?? 0;
      if (current && total !== null && current.size !== total) {
        await this.discard(sha); // an earlier upload announced another size: it was not this content
        received = 0;
      } else if (!range && received > 0) {
        await this.discard(sha); // a whole-body upload starts again
        received = 0;
      }
      if (start !== received)
        throw new OffsetMismatchError(received, `The server holds ${received} bytes; continue from there.`);
      const limit = range ? range.end - range.start + 1 : (total ?? this.maxBytes);
      await this.sql.query(
        `INSERT INTO blobs (sha256, size, received, complete, uploaded_by, created_at) VALUES ($1, $2, $3, false, $4, $5)
         ON CONFLICT (sha256) DO UPDATE SET size = excluded.size`,
        [sha, total ?? 0, received, context.user, context.now],
      );
      const written = await this.append(sha, body, limit, range === null && total === null);
      received += written;
      await this.sql.query('UPDATE blobs SET received = $2 WHERE sha256 = $1', [sha, received]);
      if (range && written !== limit)
        throw badRequest(
          `The part ended after ${written} of ${limit} bytes; continue from byte ${received}.`,
        );
      const size = total ?? received;
      if (received < size) return { received, size, complete: false };
      await this.finish(sha, size, context.now);
      return { received: size, size, complete: true };
    } finally {
      this.busy.delete(sha);
    }
  }

  private async append(sha: string, body: Readable, limit: number, sizeUnknown: boolean): Promise<number> {
    const path = this.partPath(sha);
    await mkdir(join(this.dir, 'partial'), { recursive: true });
    const file = await open(path, 'a');
    let written = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        if (written + chunk.length > limit) {
          body.destroy();
          if (sizeUnknown) {
            await file.truncate(0);
            throw tooLarge(this.maxBytes);
          }
          await file.truncate(Math.max(0, (await file.stat()).size - written));
          written = 0;
          throw badRequest('The body is longer than its Content-Range or Content-Length says.');
        }
        await file.write(chunk);
        written += chunk.length;
      }
      await file.sync();
      return written;
    } catch (error) {
      // A broken connection keeps the bytes that arrived: the client resumes from there.
      const size = (await file.stat()).size;
      await this.sql
        .query('UPDATE blobs SET received = $2 WHERE sha256 = $1', [sha, size])
        .catch(() => undefined);
      if (error instanceof ServerError) throw error;
      throw badRequest(`The upload was interrupted after ${size} bytes; continue from there.`, {
        uploadOffset: size,
      });
    } finally {
      await file.close();
    }
  }

  private async finish(sha: string, size: number, now: Date): Promise<void> {
    const part = this.partPath(sha);
    const actual = await hashFile(part);
    if (actual !== sha) {
      await this.discard(sha);
      throw new ServerError(
        422,
        'HASH_MISMATCH',
        `The uploaded bytes have sha256 ${actual}, not ${sha}. The upload was discarded; send it again.`,
        { expected: sha, actual },
      );
    }
    await mkdir(join(this.dir, sha.slice(0, 2)), { recursive: true });
    await rename(part, this.completePath(sha));
    await this.sql.query(
      'UPDATE blobs SET size = $2, received = $2, complete = true, completed_at = $3 WHERE sha256 = $1',
      [sha, size, now],
    );
  }

  private async discard(sha: string): Promise<void> {
    await rm(this.partPath(sha), { force: true });
    await this.sql.query('DELETE FROM blobs WHERE sha256 = $1 AND NOT complete', [sha]);
  }
}

function tooLarge(maxBytes: number): ServerError {
  return new ServerError(413, 'PAYLOAD_TOO_LARGE', `Attachments may have at most ${maxBytes} bytes.`, {
    maxBytes,
  });
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
