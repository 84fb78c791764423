import { decodeHlc, encodeHlc, receiveHlc, tickHlc, type Hlc } from '../../core/sync/hlc';
import { MAX_CLOCK_DRIFT_MS } from '../../core/sync/protocol';
import type { Sql } from '../db/sql';

/** The device id of changes the server makes itself (published conflicts). */
export const SERVER_DEVICE_ID = 'server';

/**
 * The server's hybrid logical clock, persisted in server_state so it never runs backwards across
 * restarts. Only used inside a push transaction (which holds the write lock).
 */
export class ServerClock {
  private constructor(
    private current: Hlc | null,
    private readonly nowMs: number,
  ) {}

  static async load(tx: Sql, nowMs: number): Promise<ServerClock> {
    const [row] = await tx.query<{ value: string }>(`SELECT value FROM server_state WHERE key = 'hlc'`);
    return new ServerClock(row ? decodeHlc(row.value) : null, nowMs);
  }

  /** Merges an accepted change's timestamp (its drift was checked before). */
  receive(hlc: string): void {
    this.current = receiveHlc(
      this.current,
      decodeHlc(hlc),
      this.nowMs,
      SERVER_DEVICE_ID,
      Number.MAX_SAFE_INTEGER,
    );
  }

  /** A new timestamp for a server-made change, later than everything received so far. */
  tick(): string {
    this.current = tickHlc(this.current, this.nowMs, SERVER_DEVICE_ID);
    return encodeHlc(this.current);
  }

  async save(tx: Sql): Promise<void> {
    if (!this.current) return;
    await tx.query(
      `INSERT INTO server_state (key, value) VALUES ('hlc', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [encodeHlc(this.current)],
    );
  }
}

/** How far a change's hlc is ahead of the server's clock (ms), when that exceeds the allowed drift. */
export function excessiveDrift(hlc: string, nowMs: number, maxDriftMs = MAX_CLOCK_DRIFT_MS): number | null {
  const drift = decodeHlc(hlc).wallMs - nowMs;
  return drift > maxDriftMs ? drift : null;
}
