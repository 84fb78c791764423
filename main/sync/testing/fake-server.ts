import { randomUUID } from 'node:crypto';
import { canWrite, type Role } from '../../../core/sync/permissions';
import { decodeHlc, encodeHlc, receiveHlc, tickHlc, type Hlc } from '../../../core/sync/hlc';
import {
  MAX_CLOCK_DRIFT_MS,
  MAX_PULL_LIMIT,
  PushRequestSchema,
  changeKey,
  type Change,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type RejectionCode,
  type ServerChange,
} from '../../../core/sync/protocol';
import { SYNCED_SCHEMA, isLegalField, isSyncedField, isSyncedTable } from '../../../core/sync/schema';
import type { SyncTransport } from '../engine';
import { SyncError } from '../errors';

export interface FakeAccount {
  deviceId: string;
  userName: string;
  role: Role;
}

/**
 * An in-process city server that follows core/sync/protocol.ts: keeps every accepted change in arrival
 * order (serverSeq), answers pulls since a cursor, is idempotent by change key, keeps the newest value
 * per field by hlc, refuses what the account may not write (a write — all fields of one hlc and row —
 * is accepted or refused as a whole), refuses timestamps too far ahead of its clock, and publishes a
 * conflict (a sync_conflicts record from device 'server', values as JSON text) when a legal field is
 * changed to another value by a device that did not see the stored value (baseHlc ≠ stored hlc, other
 * device). An informed edit of the newest value (baseHlc = stored hlc) resolves the field's open
 * conflicts (resolved_at/resolved_by published as updates). Same rules as server/sync/push.ts.
 */
export class FakeSyncServer {
  readonly log: ServerChange[] = [];
  private readonly byKey = new Map<string, ServerChange>();
  private readonly current = new Map<string, ServerChange>();
  private readonly openConflicts = new Map<string, string[]>();
  private hlc: Hlc | null = null;

  constructor(private readonly options: { now: () => number; maxDriftMs?: number }) {}

  /** A transport for one workstation logged in with this account. */
  connect(account: FakeAccount): FakeTransport {
    return new FakeTransport(this, account);
  }

  push(raw: PushRequest, account: FakeAccount): PushResponse {
    const req = PushRequestSchema.parse(JSON.parse(JSON.stringify(raw)));
    const nowMs = this.options.now();
    const accepted: string[] = [];
    const rejected: PushResponse['rejected'] = [];
    const groups = new Map<string, Change[]>();
    for (const c of req.changes) {
      const group = `${c.hlc}|${c.table}|${c.rowId}`;
      groups.set(group, [...(groups.get(group) ?? []), c]);
    }
    for (const changes of groups.values()) {
      const fresh = changes.filter((c) => !this.byKey.has(changeKey(c)));
      const refusal = fresh.map((c) => this.refusal(c, account, nowMs)).find((r) => r !== null);
      if (refusal) {
        for (const c of changes) {
          if (this.byKey.has(changeKey(c))) accepted.push(changeKey(c));
          else rejected.push({ key: changeKey(c), code: refusal.code, message: refusal.message });
        }
        continue;
      }
      for (const c of changes) {
        if (!this.byKey.has(changeKey(c))) this.accept(c, account, nowMs);
        accepted.push(changeKey(c));
      }
    }
    return { accepted, rejected, serverHlc: this.tick(nowMs) };
  }

  pull(since: number, limit: number): PullResponse {
    const n = Math.max(1, Math.min(limit, MAX_PULL_LIMIT));
    const start = this.log.findIndex((c) => c.serverSeq > since);
    const changes = start < 0 ? [] : this.log.slice(start, start + n);
    const cursor = changes.at(-1)?.serverSeq ?? since;
    const hasMore = (this.log.at(-1)?.serverSeq ?? 0) > cursor;
    return JSON.parse(JSON.stringify({ changes, cursor, hasMore })) as PullResponse;
  }

  /** Stores a change as if a peer had pushed it, skipping every check (e.g. a peer with a wild clock). */
  inject(change: Change, acceptedUser = change.userName): ServerChange {
    return this.append(change, acceptedUser, new Date(this.options.now()).toISOString());
  }

  /** The newest value of every field, by table and row: what every workstation must converge to. */
  state(): Map<string, Map<string, Map<string, ServerChange>>> {
    const out = new Map<string, Map<string, Map<string, ServerChange>>>();
    for (const c of this.current.values()) {
      let rows = out.get(c.table);
      if (!rows) out.set(c.table, (rows = new Map()));
      let fields = rows.get(c.rowId);
      if (!fields) rows.set(c.rowId, (fields = new Map()));
      fields.set(c.field, c);
    }
    return out;
  }

  private refusal(
    c: Change,
    account: FakeAccount,
    nowMs: number,
  ): { code: RejectionCode; message: string } | null {
    if (!isSyncedTable(c.table)) return { code: 'UNKNOWN_TABLE', message: c.table };
    if (!isSyncedField(c.table, c.field)) return { code: 'UNKNOWN_FIELD', message: c.field };
    if (!canWrite(account.role, c.table)) return { code: 'FORBIDDEN', message: `${account.role} ${c.table}` };
    if (c.deviceId !== account.deviceId || decodeHlc(c.hlc).deviceId !== account.deviceId)
      return { code: 'DEVICE_MISMATCH', message: c.deviceId };
    if (decodeHlc(c.hlc).wallMs - nowMs > (this.options.maxDriftMs ?? MAX_CLOCK_DRIFT_MS))
      return { code: 'CLOCK_DRIFT', message: c.hlc };
    const columns: Record<string, { type: string }> = SYNCED_SCHEMA[c.table].columns;
    const type = columns[c.field]?.type;
    const fits =
      c.value === null || (type === 'integer' ? Number.isSafeInteger(c.value) : typeof c.value === 'string');
    if (!fits) return { code: 'INVALID_VALUE', message: c.field };
    return null;
  }

  private accept(c: Change, account: FakeAccount, nowMs: number): void {
    this.hlc = receiveHlc(this.hlc, decodeHlc(c.hlc), nowMs, 'server', Number.POSITIVE_INFINITY);
    const field = `${c.table}|${c.rowId}|${c.field}`;
    const stored = this.current.get(field);
    const stamped = this.append(c, account.userName, new Date(nowMs).toISOString());
    if (!stored || !isSyncedTable(c.table) || !isLegalField(c.table, c.field)) return;
    if (stored.deviceId !== c.deviceId && stored.value !== c.value && c.baseHlc !== stored.hlc) {
      const [winner, loser] = stamped.hlc > stored.hlc ? [stamped, stored] : [stored, stamped];
      this.publishConflict(field, winner, loser, nowMs);
    } else if (c.baseHlc === stored.hlc && c.hlc > stored.hlc) {
      // Someone saw the newest value and chose: the field's open conflicts are resolved.
      for (const id of this.openConflicts.get(field) ?? []) {
        this.publish(
          id,
          'update',
          { resolved_at: new Date(nowMs).toISOString(), resolved_by: account.userName },
          nowMs,
        );
      }
      this.openConflicts.delete(field);
    }
  }

  private publishConflict(field: string, winner: ServerChange, loser: ServerChange, nowMs: number): void {
    const id = randomUUID();
    this.publish(
      id,
      'insert',
      {
        deleted: 0,
        table_name: winner.table,
        row_id: winner.rowId,
        field: winner.field,
        winner_value: JSON.stringify(winner.value),
        winner_hlc: winner.hlc,
        winner_user: winner.acceptedUser,
        loser_value: JSON.stringify(loser.value),
        loser_hlc: loser.hlc,
        loser_user: loser.acceptedUser,
        detected_at: new Date(nowMs).toISOString(),
        resolved_at: null,
        resolved_by: null,
      },
      nowMs,
    );
    this.openConflicts.set(field, [...(this.openConflicts.get(field) ?? []), id]);
  }

  private publish(
    rowId: string,
    op: 'insert' | 'update',
    fields: Record<string, string | number | null>,
    nowMs: number,
  ): void {
    const hlc = this.tick(nowMs);
    for (const [field, value] of Object.entries(fields)) {
      this.append(
        {
          hlc,
          deviceId: 'server',
          userName: 'server',
          table: 'sync_conflicts',
          rowId,
          field,
          value,
          op,
          baseHlc: null,
        },
        'server',
        new Date(nowMs).toISOString(),
      );
    }
  }

  private append(c: Change, acceptedUser: string, acceptedAt: string): ServerChange {
    const stamped: ServerChange = { ...c, serverSeq: this.log.length + 1, acceptedUser, acceptedAt };
    this.log.push(stamped);
    this.byKey.set(changeKey(c), stamped);
    const field = `${c.table}|${c.rowId}|${c.field}`;
    const stored = this.current.get(field);
    if (!stored || c.hlc > stored.hlc) this.current.set(field, stamped);
    return stamped;
  }

  private tick(nowMs: number): string {
    this.hlc = tickHlc(this.hlc, nowMs, 'server');
    return encodeHlc(this.hlc);
  }
}

/** One workstation's connection to the fake server: JSON round trips, and it can be taken offline. */
export class FakeTransport implements SyncTransport {
  online = true;

  constructor(
    readonly server: FakeSyncServer,
    readonly account: FakeAccount,
  ) {}

  async push(req: PushRequest): Promise<PushResponse> {
    await Promise.resolve();
    if (!this.online) throw new SyncError('OFFLINE');
    return this.server.push(req, this.account);
  }

  async pull(since: number, limit: number): Promise<PullResponse> {
    await Promise.resolve();
    if (!this.online) throw new SyncError('OFFLINE');
    return this.server.pull(since, limit);
  }
}
