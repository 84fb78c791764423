import type { Db } from './connection';

/**
 * This workstation's server account, kept in its own database (local-only meta rows), never in the
 * settings the renderer can read: the device token is a secret.
 */
export interface SyncCredentials {
  serverUrl: string;
  token: string;
  userName: string;
  role: string;
  allowInsecure: boolean;
}

const KEY = 'sync_credentials';

export function loadCredentials(db: Db): SyncCredentials | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as SyncCredentials) : null;
}

export function saveCredentials(db: Db, credentials: SyncCredentials | null): void {
  if (!credentials) db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
  else
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(KEY, JSON.stringify(credentials));
}
