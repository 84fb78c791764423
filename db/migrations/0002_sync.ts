import type { Migration } from './types';

/**
 * Sync with the city server (additive only). The change log learns what the editor saw (base_hlc),
 * what the server refused (rejected_*) and where the server put it (server_seq); conflicts arrive as
 * an ordinary synced table written by the server; blobs waiting for upload are a local queue.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sync: change log sync columns, conflicts, blob upload queue',
  up: `
    ALTER TABLE change_log ADD COLUMN base_hlc TEXT;
    ALTER TABLE change_log ADD COLUMN rejected_code TEXT;
    ALTER TABLE change_log ADD COLUMN rejected_message TEXT;
    ALTER TABLE change_log ADD COLUMN server_seq INTEGER;
    -- Last writer wins per field: the newest entry of one field is one index seek.
    CREATE INDEX change_log_field ON change_log (table_name, row_id, field, hlc);
    CREATE INDEX change_log_rejected ON change_log (seq) WHERE rejected_code IS NOT NULL;

    -- Concurrent edits of a legal field, published by the server for people to review. Values are JSON.
    CREATE TABLE sync_conflicts (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      field TEXT NOT NULL,
      winner_value TEXT,
      winner_hlc TEXT NOT NULL,
      winner_user TEXT NOT NULL,
      loser_value TEXT,
      loser_hlc TEXT NOT NULL,
      loser_user TEXT NOT NULL,
      detected_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT
    ) STRICT;
    CREATE INDEX sync_conflicts_open ON sync_conflicts (deleted, resolved_at, detected_at);
    CREATE INDEX sync_conflicts_row ON sync_conflicts (table_name, row_id, field);

    -- Local only: content-addressed blobs (attachments) still to be uploaded, with the bytes already sent.
    CREATE TABLE blob_uploads (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      path TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded >= 0),
      queued_at TEXT NOT NULL,
      done_at TEXT
    ) STRICT;
  `,
};
