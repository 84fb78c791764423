/**
 * Errors that cross the API boundary. They carry a code (an i18n key under `errors.`) and params,
 * never an English sentence, so every transport and every language shows the same clear message.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'ILLEGAL_TRANSITION'
  | 'LOCKED'
  | 'NOT_ALLOWED'
  | 'TEMPLATE'
  | 'DEADLINE'
  | 'DB_TOO_NEW'
  | 'DB_CORRUPT'
  | 'DB_LOCKED'
  | 'UNAUTHORIZED'
  | 'SYNC'
  | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `journalist.name`. */
  path: string;
  /** i18n key under `validation.` */
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  params: Record<string, string | number>;
  issues: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, issues: FieldIssue[] = []) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return { code: this.code, params: this.params, issues: this.issues };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.params, data.issues);
  }
}
