import type { Migration } from './types';

/**
 * The names patronage files came with (the application's attachments, the report's photos are kept by
 * content, sha256): shown and used for downloads. Synced; columns as in core/sync/schema.ts.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'patronage file names',
  up: `
    CREATE TABLE patronage_files (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      application_id TEXT NOT NULL DEFAULT '',
      sha256 TEXT NOT NULL DEFAULT '',
      name TEXT NOT NULL DEFAULT '',
      mime_type TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX patronage_files_application ON patronage_files (application_id);
  `,
};
