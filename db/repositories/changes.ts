import type { ChangeEntry } from '../../core/api/contract';
import { decodeHlc } from '../../core/sync/hlc';
import type { Db } from '../connection';
import type { SyncedTable } from '../tables';

/** A record's history ("who changed what, when"), read from the change log. */
export function historyOf(db: Db, table: SyncedTable, rowId: string): ChangeEntry[] {
  const rows = db
    .prepare(
      `SELECT seq, hlc, device_id, user_name, field, value, op FROM change_log
       WHERE table_name = ? AND row_id = ? ORDER BY hlc, seq`,
    )
    .all(table, rowId) as {
    seq: number;
    hlc: string;
    device_id: string;
    user_name: string;
    field: string;
    value: string | null;
    op: ChangeEntry['op'];
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    hlc: r.hlc,
    at: new Date(decodeHlc(r.hlc).wallMs).toISOString(),
    deviceId: r.device_id,
    userName: r.user_name,
    field: r.field,
    value: r.value === null ? null : (JSON.parse(r.value) as unknown),
    op: r.op,
  }));
}
