import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrations';
import { openPglite, openPostgres, type Sql, type SqlParam } from './sql';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another PressDesk server process (pid ${pid}). ` +
        'Stop that server first: the embedded database allows one process at a time.',
    );
  }
}

/**
 * Opens the server's database and brings its schema up to date: PostgreSQL when `databaseUrl` is
 * given, else embedded PGlite in `<dataDir>/pgdata`, guarded by a lock file because PGlite allows
 * only one process at a time (the CLI refuses to run while the server is up).
 */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string }): Promise<Sql> {
  if (options.databaseUrl) {
    const sql = await openPostgres({ connectionString: options.databaseUrl });
    return migrated(sql);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const release = acquireLock(options.dataDir);
  try {
    const sql = await openPglite(join(options.dataDir, 'pgdata'));
    const guarded: Sql = {
      kind: sql.kind,
      query: <T>(text: string, params?: readonly SqlParam[]) => sql.query<T>(text, params),
      exec: (text) => sql.exec(text),
      transaction: <T>(fn: (tx: Sql) => Promise<T>) => sql.transaction(fn),
      close: async () => {
        try {
          await sql.close();
        } finally {
          release();
        }
      },
    };
    return await migrated(guarded);
  } catch (error) {
    release();
    throw error;
  }
}

async function migrated(sql: Sql): Promise<Sql> {
  try {
    await migrate(sql);
    return sql;
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
}

function acquireLock(dataDir: string): () => void {
  const path = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
        throw new DataDirInUseError(dataDir, pid);
      rmSync(path, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`Cannot lock the data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
