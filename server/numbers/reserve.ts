import { ReserveNumbersRequestSchema, type ReserveNumbersResponse } from '../../core/sync/protocol';
import type { Principal } from '../auth/session';
import type { Sql } from '../db/sql';
import { badRequest, describeIssues, ServerError } from '../errors';

/**
 * Hands a workstation the next `count` numbers of a series and year. One row per series holds the last
 * number given out; the update is atomic, so concurrent reservations never overlap (both backends).
 */
export async function reserveNumbers(
  sql: Sql,
  body: unknown,
  context: { principal: Principal; now: Date },
): Promise<ReserveNumbersResponse> {
  const parsed = ReserveNumbersRequestSchema.safeParse(body);
  if (!parsed.success) throw badRequest('Invalid number reservation.', describeIssues(parsed.error.issues));
  if (context.principal.role === 'viewer') {
    throw new ServerError(403, 'UNAUTHORIZED', 'A viewer account cannot register documents.');
  }
  const { series, year, count, usedUpTo } = parsed.data;
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ last: number }>(
      `INSERT INTO number_series (series, year, last) VALUES ($1, $2, $3::integer + $4::integer)
       ON CONFLICT (series, year) DO UPDATE SET last = greatest(number_series.last, $3::integer) + $4::integer
       RETURNING last`,
      [series, year, usedUpTo, count],
    );
    const last = Number(row!.last);
    const first = last - count + 1;
    await tx.query(
      `INSERT INTO number_blocks (series, year, first, last, device_id, user_name, reserved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        series,
        year,
        first,
        last,
        context.principal.deviceId,
        context.principal.userName,
        context.now.toISOString(),
      ],
    );
    return { series, year, first, last };
  });
}
