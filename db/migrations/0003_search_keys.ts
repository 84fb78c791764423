import type { Migration } from './types';

/**
 * Full-text rows get a stable integer key so re-indexing one inquiry deletes by rowid instead of
 * scanning the whole index (FTS5 cannot index the inquiry_id column). Local-only tables: not synced.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'stable integer keys for full-text rows',
  up: `
    CREATE TABLE inquiry_search_keys (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      inquiry_id TEXT NOT NULL UNIQUE
    ) STRICT;
    INSERT INTO inquiry_search_keys (inquiry_id) SELECT DISTINCT inquiry_id FROM inquiries_fts;
    CREATE VIRTUAL TABLE inquiries_fts_keyed USING fts5(
      inquiry_id UNINDEXED,
      body,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO inquiries_fts_keyed (rowid, inquiry_id, body)
      SELECT k.id, f.inquiry_id, f.body FROM inquiries_fts f JOIN inquiry_search_keys k ON k.inquiry_id = f.inquiry_id;
    DROP TABLE inquiries_fts;
    ALTER TABLE inquiries_fts_keyed RENAME TO inquiries_fts;
  `,
};
