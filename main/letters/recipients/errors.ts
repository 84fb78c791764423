/** Whole-file failures of a recipient-list import. Bad rows are not errors: they come back as problems. */
export type RecipientImportErrorCode = 'UNREADABLE_FILE' | 'TOO_MANY_ROWS' | 'EMPTY_FILE';

export class RecipientImportError extends Error {
  readonly code: RecipientImportErrorCode;
  /** Machine-readable facts for the message shown to a person (e.g. `{ count, maxRows }`, `{ line }`). */
  readonly details: Record<string, string | number>;

  constructor(
    code: RecipientImportErrorCode,
    message: string,
    details: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
    this.name = 'RecipientImportError';
    this.code = code;
    this.details = details;
  }
}
