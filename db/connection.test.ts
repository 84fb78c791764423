import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { openDatabase } from './connection';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a WAL database with foreign keys and the current schema', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'inquiries',
        'change_log',
        'meta',
        'inquiries_fts',
        'sync_conflicts',
        'blob_uploads',
      ]),
    );
    db.close();
  });

  it('opens an existing database again without re-running migrations', () => {
    openDatabase(join(dir, 'a.sqlite')).close();
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer PressDesk, and leaves it untouched', () => {
    const file = join(dir, 'new.sqlite');
    const newer = new Database(file);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    newer.close();
    const error = catchError(() => openDatabase(file));
    expect(error).toMatchObject({
      code: 'DB_TOO_NEW',
      params: { found: SCHEMA_VERSION + 5, supported: SCHEMA_VERSION },
    });
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('says clearly when the file is not a database', () => {
    const file = join(dir, 'junk.sqlite');
    writeFileSync(file, 'this is a Word document, not a database '.repeat(200));
    expect(catchError(() => openDatabase(file))).toMatchObject({ code: 'DB_CORRUPT', params: { file } });
  });

  it('says clearly when another process holds the database locked', () => {
    const file = join(dir, 'locked.sqlite');
    openDatabase(file).close();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    expect(catchError(() => openDatabase(file, { busyTimeoutMs: 50 }))).toMatchObject({ code: 'DB_LOCKED' });
    holder.exec('ROLLBACK');
    holder.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves the old schema', () => {
    const db = new Database(join(dir, 'm.sqlite'));
    const broken = [
      { version: 1, name: 'ok', up: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'broken', up: 'CREATE TABLE b (x INTEGER); SELECT * FROM missing_table' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('a', 'b')`).get()).toEqual({
      n: 0,
    });
    db.close();
  });
});

function catchError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
