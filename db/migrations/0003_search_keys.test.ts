import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';

describe('migration 0003: keyed full-text rows', () => {
  it('keeps what an older database had indexed, now addressable by an integer key', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare('INSERT INTO inquiries_fts (inquiry_id, body) VALUES (?, ?)').run('a', 'remont ulicy lodz');
    db.prepare('INSERT INTO inquiries_fts (inquiry_id, body) VALUES (?, ?)').run('b', 'budzet obywatelski');
    migrate(db);
    const found = db
      .prepare(`SELECT rowid, inquiry_id FROM inquiries_fts WHERE inquiries_fts MATCH '"lodz"*'`)
      .all();
    const key = db.prepare(`SELECT id FROM inquiry_search_keys WHERE inquiry_id = 'a'`).get() as {
      id: number;
    };
    expect(found).toEqual([{ rowid: key.id, inquiry_id: 'a' }]);
    db.close();
  });
});
