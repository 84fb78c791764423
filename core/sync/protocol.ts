import { z } from 'zod';

/**
 * The sync protocol between a workstation and the city server (HTTP, JSON).
 *
 *   POST /api/v1/login            { username, password, deviceName } → { token, user: { name, role }, deviceId }
 *   POST /api/v1/sync/push        PushRequest → PushResponse           (Authorization: Bearer <token>)
 *   GET  /api/v1/sync/pull?since=<cursor>&limit=<n> → PullResponse
 *   PUT  /api/v1/blobs/<sha256>   (Content-Range for resuming) / GET with Range / HEAD for the uploaded size
 *
 * One message per changed field, stamped with a hybrid-logical-clock time. A change is identified by
 * (hlc, table, rowId, field), so re-sending a batch changes nothing. The server keeps every accepted
 * change (the office's audit trail), keeps the newest value per field (last writer wins by hlc), and
 * records a conflict when two workstations changed the same legal field without seeing each other's edit:
 * `baseHlc` is the hlc of the value the editor saw when changing it.
 */
export const SYNC_PROTOCOL_VERSION = 1;
export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_LIMIT = 1000;
export const MAX_VALUE_LENGTH = 100_000;
/** A peer whose clock runs more than this ahead is refused with a clear message. */
export const MAX_CLOCK_DRIFT_MS = 5 * 60_000;
export const HLC_PATTERN = /^\d{15}-\d{6}-[A-Za-z0-9-]{1,64}$/;

const hlc = z.string().regex(HLC_PATTERN, 'invalidHlc');
const name = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z_][a-z0-9_]*$/, 'invalidName');

export const ChangeSchema = z.strictObject({
  hlc,
  deviceId: z.string().min(1).max(64),
  userName: z.string().max(200),
  table: name,
  rowId: z.string().min(1).max(64),
  field: name,
  value: z.union([z.string().max(MAX_VALUE_LENGTH), z.number().finite(), z.null()]),
  op: z.enum(['insert', 'update', 'delete']),
  baseHlc: hlc.nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

export function changeKey(c: Pick<Change, 'hlc' | 'table' | 'rowId' | 'field'>): string {
  return `${c.hlc}|${c.table}|${c.rowId}|${c.field}`;
}

export const PushRequestSchema = z.strictObject({
  schemaVersion: z.number().int().min(0),
  changes: z.array(ChangeSchema).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const REJECTION_CODES = [
  'FORBIDDEN',
  'UNKNOWN_TABLE',
  'UNKNOWN_FIELD',
  'INVALID_VALUE',
  'CLOCK_DRIFT',
  'DEVICE_MISMATCH',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const PushResponseSchema = z.object({
  accepted: z.array(z.string()),
  rejected: z.array(z.object({ key: z.string(), code: z.enum(REJECTION_CODES), message: z.string() })),
  serverHlc: hlc,
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const ServerChangeSchema = ChangeSchema.extend({
  serverSeq: z.number().int().positive(),
  /** The authenticated account that pushed it (the server's record, not the client's claim). */
  acceptedUser: z.string(),
  acceptedAt: z.string(),
});
export type ServerChange = z.infer<typeof ServerChangeSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(ServerChangeSchema),
  cursor: z.number().int().min(0),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const LoginRequestSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
  deviceName: z.string().min(1).max(200),
  /** The workstation's own id (it stamps every change with it); the server makes one up when absent. */
  deviceId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .optional(),
});
export const LoginResponseSchema = z.object({
  token: z.string(),
  deviceId: z.string(),
  user: z.object({ name: z.string(), role: z.enum(['admin', 'secretariat', 'press', 'viewer']) }),
});

/**
 * Registration numbers without collisions between workstations (letters, inquiries): a workstation
 * reserves a block of the next numbers of a series and year, and uses it also while offline.
 * `usedUpTo` is the highest number the workstation already used on its own (before it joined the
 * server), so the server's counter never hands it out again.
 */
export const MAX_NUMBER_BLOCK = 500;
export const ReserveNumbersRequestSchema = z.strictObject({
  series: z.string().min(1).max(100),
  year: z.number().int().min(2000).max(2200),
  count: z.number().int().min(1).max(MAX_NUMBER_BLOCK),
  usedUpTo: z.number().int().min(0).max(10_000_000).default(0),
});
export type ReserveNumbersRequest = z.input<typeof ReserveNumbersRequestSchema>;
export const ReserveNumbersResponseSchema = z.object({
  series: z.string(),
  year: z.number().int(),
  first: z.number().int().positive(),
  last: z.number().int().positive(),
});
export type ReserveNumbersResponse = z.infer<typeof ReserveNumbersResponseSchema>;

/** Errors the server answers with (HTTP 4xx), as a code the client translates. */
export const SERVER_ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'CLIENT_TOO_OLD',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'HASH_MISMATCH',
] as const;
export const ServerErrorSchema = z.object({
  error: z.enum(SERVER_ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
