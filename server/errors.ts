import type { SERVER_ERROR_CODES } from '../core/sync/protocol';

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/**
 * A refusal the client gets as HTTP `status` with `{ error: code, message, details? }`. Messages are plain
 * English for logs and admins; clients translate the code.
 */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: ServerErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export function badRequest(message: string, details?: unknown): ServerError {
  return new ServerError(400, 'BAD_REQUEST', message, details);
}

export function unauthorized(
  message = 'Sign in again: the token is missing, unknown or revoked.',
): ServerError {
  return new ServerError(401, 'UNAUTHORIZED', message);
}

/** Zod issues as a short, JSON-safe list (no echo of huge inputs). */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[],
): { path: string; message: string }[] {
  return issues.slice(0, 10).map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p))).join('.'),
    message: issue.message,
  }));
}

/** Text that PostgreSQL can store unchanged: no NUL character and no lone UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return (
    !text.includes('\u0000') &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
  );
}
