/**
 * What can go wrong while syncing, as a code the UI translates (i18n key `sync.errors.<code>`) with
 * params, never an English sentence.
 */
export const SYNC_ERROR_CODES = [
  /** The server cannot be reached (no network, DNS, refused connection). */
  'OFFLINE',
  /** The server did not answer in time. params: { seconds } */
  'TIMEOUT',
  /** The server's certificate is not trusted or the TLS handshake failed. params: { reason } */
  'TLS',
  /** Plain http to a host that is not this computer, without the admin's explicit permission. params: { host } */
  'INSECURE_URL',
  /** The server address is not an http(s) URL. params: { url } */
  'INVALID_URL',
  /** No server account on this workstation yet: log in to the server first. */
  'NOT_LOGGED_IN',
  /** Wrong login, or the device's token was revoked: log in again. */
  'UNAUTHORIZED',
  /** The server's schema is newer than this PressDesk: update the app. */
  'CLIENT_TOO_OLD',
  /** This PressDesk is newer than the server: the administrator must update the server. */
  'SERVER_TOO_OLD',
  /** This account may not do that (e.g. a viewer uploading an attachment). params: { message } */
  'FORBIDDEN',
  /** Too many attempts. params: { retryAfterSeconds } */
  'RATE_LIMITED',
  /** The server failed. params: { status } */
  'SERVER_ERROR',
  /** The server refused the request as malformed. params: { status, serverCode, message } */
  'BAD_REQUEST',
  /** The server's answer does not follow the protocol. */
  'BAD_RESPONSE',
  /** params: { maxBytes } */
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  /** A blob's content does not match its sha256. params: { sha256 } */
  'HASH_MISMATCH',
  /** A blob is larger than allowed. params: { size, maxBytes } */
  'BLOB_TOO_LARGE',
  /**
   * Clocks disagree by more than MAX_CLOCK_DRIFT_MS. params.source: 'peer' (a change from another
   * workstation is ahead: { seconds }), 'server' (the server's clock is ahead: { seconds }), 'local'
   * (the server refused this workstation's changes: its clock is ahead; { message }). Nothing is lost:
   * the changes wait and go through once the clocks agree.
   */
  'CLOCK_DRIFT',
  /** The server says this workstation's changes come from another device than its login. */
  'DEVICE_MISMATCH',
  /** The server keeps answering without taking or giving anything: sync stopped to avoid a loop. */
  'NO_PROGRESS',
  /** Anything else (a bug): params: { message } */
  'INTERNAL',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];
export type SyncErrorParams = Record<string, string | number>;

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly params: SyncErrorParams = {},
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'SyncError';
  }

  toData(): { code: SyncErrorCode; params: SyncErrorParams } {
    return { code: this.code, params: this.params };
  }
}

/** Codes after which the server was reached (the indicator shows "online"). */
export function reachedServer(code: SyncErrorCode): boolean {
  return code !== 'OFFLINE' && code !== 'TIMEOUT' && code !== 'TLS' && code !== 'NOT_LOGGED_IN';
}

export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('INTERNAL', { message: error instanceof Error ? error.message : String(error) });
}
