import type Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Applies every pending migration in one transaction, so a failure leaves the old schema intact.
 * A database written by a newer PressDesk is refused: we cannot know what its newer columns mean.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? SCHEMA_VERSION;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new AppError('DB_TOO_NEW', { found: current, supported: latest });
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.up);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
