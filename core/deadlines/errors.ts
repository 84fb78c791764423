/**
 * The single error type of the deadline engine. It carries a code and string params, never an
 * English sentence meant for users; the UI translates the code.
 */
export type DeadlineErrorCode =
  | 'UNKNOWN_RULE'
  | 'INVALID_START'
  | 'INVALID_TIME_ZONE'
  | 'RULE_NOT_IN_FORCE'
  | 'EXTENSION_NOT_ALLOWED'
  | 'EXTENSION_BEYOND_CAP'
  | 'EXTENSION_NOT_LATER'
  | 'EXTENSION_NOTICE_LATE'
  | 'INVALID_PAUSE'
  /** A YYYY-MM-DD or ISO-instant argument other than `start` is malformed (params.field says which). */
  | 'INVALID_DATE'
  /** A date outside the span the holiday tables cover (params.from / params.to). */
  | 'DATE_OUT_OF_RANGE';

export class DeadlineError extends Error {
  readonly code: DeadlineErrorCode;
  readonly params: Record<string, string>;

  constructor(code: DeadlineErrorCode, params: Record<string, string> = {}) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'DeadlineError';
    this.code = code;
    this.params = params;
  }
}
