import Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** How long to wait for another process's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /** Path of a better_sqlite3.node built for Electron's ABI, when running Electron from a checkout. */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the workstation database and brings its schema up to date.
 * Every failure a user can meet — a file that is not a database, a lock held by another
 * PressDesk, a database from a newer version — becomes a translatable AppError, not a crash.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    db = new Database(file, {
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // WAL keeps readers and the writer apart and survives crashes; FULL sync because these are legal records.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toAppError(error, file);
  }
}

export function toAppError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return new AppError('DB_CORRUPT', { file });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('DB_LOCKED', { file });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY'))
    return new AppError('DB_LOCKED', { file });
  throw error;
}
