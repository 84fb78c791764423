import type { Db } from './connection';

const LAST_RUN = 'reminders_last_run';

/**
 * The reminders this workstation has shown (so none fires twice, also across restarts) and when the
 * reminder service last ran (what came due since then while the app was closed is a catch-up).
 * Local to the workstation: not synced, not audited — it records what was shown here, not a record.
 */
export class ReminderLog {
  constructor(private readonly db: Db) {}

  fired(): Set<string> {
    const rows = this.db.prepare('SELECT key FROM reminder_log').all() as { key: string }[];
    return new Set(rows.map((r) => r.key));
  }

  lastRunAt(): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(LAST_RUN) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Remembers the keys shown in this run and the run itself, in one transaction. */
  record(keys: Iterable<string>, at: Date): void {
    this.db.transaction(() => {
      const insert = this.db.prepare('INSERT OR IGNORE INTO reminder_log (key, fired_at) VALUES (?, ?)');
      for (const key of keys) insert.run(key, at.toISOString());
      this.db
        .prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
        )
        .run(LAST_RUN, at.toISOString());
    })();
  }
}
