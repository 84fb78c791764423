import { z } from 'zod';
import { MAX_PULL_LIMIT, type PullResponse, type ServerChange } from '../../core/sync/protocol';
import { toIso, type Sql } from '../db/sql';
import { badRequest, describeIssues } from '../errors';
import { checkSchemaVersion, type SchemaVersions } from './schema-version';

const count = (max: number) =>
  z
    .string()
    .regex(/^\d{1,16}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

/** `?since=<cursor>&limit=<n>[&schemaVersion=<n>]`; a limit above MAX_PULL_LIMIT is lowered to it. */
export const PullQuerySchema = z.object({
  since: count(Number.MAX_SAFE_INTEGER).default(0),
  limit: count(Number.MAX_SAFE_INTEGER)
    .pipe(z.number().min(1))
    .default(MAX_PULL_LIMIT)
    .transform((n) => Math.min(n, MAX_PULL_LIMIT)),
  schemaVersion: count(1_000_000).optional(),
});

interface ChangeRow {
  server_seq: number | string;
  hlc: string;
  device_id: string;
  user_name: string;
  accepted_user: string;
  table_name: string;
  row_id: string;
  field: string;
  value: string | number | null;
  op: ServerChange['op'];
  base_hlc: string | null;
  accepted_at: Date | string;
}

/**
 * Every accepted change after `since`, in the order the server accepted them (also those that lost
 * last-writer-wins: clients resolve it themselves, and the log is the audit trail).
 */
export async function pull(sql: Sql, query: unknown, versions: SchemaVersions): Promise<PullResponse> {
  const parsed = PullQuerySchema.safeParse(query ?? {});
  if (!parsed.success)
    throw badRequest('The pull request is malformed.', describeIssues(parsed.error.issues));
  const { since, limit, schemaVersion } = parsed.data;
  if (schemaVersion !== undefined) checkSchemaVersion(schemaVersion, versions);
  const rows = await sql.query<ChangeRow>(
    `SELECT server_seq, hlc, device_id, user_name, accepted_user, table_name, row_id, field, value, op, base_hlc,
            accepted_at
     FROM changes WHERE server_seq > $1 ORDER BY server_seq LIMIT $2`,
    [since, limit + 1],
  );
  const page = rows.slice(0, limit);
  const changes = page.map((r): ServerChange => ({
    hlc: r.hlc,
    deviceId: r.device_id,
    userName: r.user_name,
    table: r.table_name,
    rowId: r.row_id,
    field: r.field,
    value: r.value,
    op: r.op,
    baseHlc: r.base_hlc,
    serverSeq: Number(r.server_seq),
    acceptedUser: r.accepted_user,
    acceptedAt: toIso(r.accepted_at),
  }));
  return { changes, cursor: changes.at(-1)?.serverSeq ?? since, hasMore: rows.length > limit };
}
