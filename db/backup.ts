import { mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection';

const KEEP = 14;

/**
 * One consistent online backup per day (SQLite's backup API, safe while the app writes),
 * keeping the newest fourteen. A press office must be able to go back to yesterday.
 */
export async function dailyBackup(db: Db, dataDir: string, localDay: string): Promise<string | null> {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `pressdesk-${localDay}.sqlite`);
  if (existsSync(target)) return null;
  await db.backup(target);
  const old = readdirSync(dir)
    .filter((name) => /^pressdesk-\d{4}-\d{2}-\d{2}\.sqlite$/.test(name))
    .sort()
    .slice(0, -KEEP);
  for (const name of old) rmSync(join(dir, name));
  return target;
}
