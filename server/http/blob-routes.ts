import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { authenticate } from '../auth/session';
import { parseContentRange, SHA256_PATTERN } from '../blobs/store';
import { badRequest, ServerError } from '../errors';
import type { AppContext } from './context';

const ROUTE = '/api/v1/blobs/:sha256';

/**
 * Attachments by sha256: PUT (resumable with Content-Range), HEAD (bytes held, in Upload-Offset),
 * GET (with Range). The body of a PUT is streamed to disk, never buffered whole.
 */
export async function blobRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  app.head(ROUTE, async (request, reply) => {
    await authenticate(ctx.sql, request.headers.authorization, ctx.now());
    const sha = shaOf(request.params);
    const status = await ctx.blobs.status(sha);
    if (!status) throw notFound(sha);
    return reply
      .code(200)
      .headers({
        'upload-offset': String(status.received),
        'upload-length': String(status.size),
        'blob-complete': String(status.complete),
        'cache-control': 'no-store',
      })
      .send();
  });

  app.put(ROUTE, async (request, reply) => {
    const now = ctx.now();
    const principal = await authenticate(ctx.sql, request.headers.authorization, now);
    if (principal.role === 'viewer')
      throw new ServerError(403, 'UNAUTHORIZED', 'A viewer account cannot upload attachments.');
    const sha = shaOf(request.params);
    const range = parseContentRange(header(request.headers['content-range']));
    const length = header(request.headers['content-length']);
    const status = await ctx.blobs.put(sha, range, request.raw, {
      contentLength: length === undefined ? null : Number(length),
      user: principal.userName,
      now,
    });
    return reply
      .code(status.complete ? 201 : 200)
      .header('upload-offset', String(status.received))
      .send({ sha256: sha, received: status.received, size: status.size, complete: status.complete });
  });

  app.get(ROUTE, async (request, reply) => {
    await authenticate(ctx.sql, request.headers.authorization, ctx.now());
    const sha = shaOf(request.params);
    const status = await ctx.blobs.status(sha);
    if (!status?.complete) throw notFound(sha);
    return sendRange(reply, ctx.blobs.completePath(sha), sha, status.size, header(request.headers.range));
  });
}

function sendRange(reply: FastifyReply, path: string, sha: string, size: number, range: string | undefined) {
  void reply.headers({
    'content-type': 'application/octet-stream',
    'accept-ranges': 'bytes',
    etag: `"${sha}"`,
    'cache-control': 'private, max-age=31536000, immutable',
  });
  if (range === undefined || size === 0) {
    void reply.header('content-length', String(size));
    return reply.code(200).send(size === 0 ? Buffer.alloc(0) : createReadStream(path));
  }
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(range.trim());
  let start = match?.[1] ? Number(match[1]) : null;
  let end = match?.[2] ? Number(match[2]) : null;
  if (start === null && end !== null) {
    start = Math.max(0, size - end); // a suffix: the last <end> bytes
    end = size - 1;
  }
  if (!match || start === null || start >= size || (end !== null && end < start)) {
    return reply
      .code(416)
      .headers({ 'content-range': `bytes */${size}`, 'content-type': 'application/json; charset=utf-8' })
      .send({
        error: 'BAD_REQUEST',
        message: `The range "${range}" is not within the ${size} bytes of this attachment.`,
      });
  }
  const last = Math.min(end ?? size - 1, size - 1);
  return reply
    .code(206)
    .headers({
      'content-range': `bytes ${start}-${last}/${size}`,
      'content-length': String(last - start + 1),
    })
    .send(createReadStream(path, { start, end: last }));
}

function shaOf(params: unknown): string {
  const sha = (params as { sha256?: string }).sha256 ?? '';
  if (!SHA256_PATTERN.test(sha))
    throw badRequest('An attachment is addressed by its sha256 in lower-case hex (64 characters).');
  return sha;
}

function notFound(sha: string): ServerError {
  return new ServerError(404, 'NOT_FOUND', `The server has no attachment ${sha}.`);
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
