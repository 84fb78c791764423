import type { Migration } from './types';

/** The register of outgoing correspondence and the office's own letter templates (issue 5). Synced. */
export const migration0006: Migration = {
  version: 6,
  name: 'register of outgoing correspondence, letter templates',
  up: `
    CREATE TABLE letters (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      reg_no TEXT NOT NULL,
      reg_year INTEGER NOT NULL,
      reg_seq INTEGER NOT NULL,
      date TEXT NOT NULL,
      kind TEXT NOT NULL,
      language TEXT NOT NULL,
      subject TEXT NOT NULL DEFAULT '',
      recipient_name TEXT NOT NULL,
      recipient_address TEXT NOT NULL DEFAULT '',
      salutation TEXT NOT NULL DEFAULT '',
      template_id TEXT,
      template_name TEXT NOT NULL DEFAULT '',
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_function TEXT NOT NULL DEFAULT '',
      file_name TEXT NOT NULL DEFAULT '',
      file_sha256 TEXT NOT NULL DEFAULT '',
      batch_id TEXT
    ) STRICT;
    CREATE INDEX letters_reg ON letters (deleted, reg_year, reg_seq);
    CREATE INDEX letters_date ON letters (deleted, date);
    CREATE INDEX letters_batch ON letters (batch_id);

    CREATE TABLE letter_templates (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      language TEXT NOT NULL,
      placeholders TEXT NOT NULL DEFAULT '[]',
      loops TEXT NOT NULL DEFAULT '[]',
      conditions TEXT NOT NULL DEFAULT '[]',
      images TEXT NOT NULL DEFAULT '[]',
      mapping TEXT NOT NULL DEFAULT '{}',
      file_sha256 TEXT NOT NULL DEFAULT ''
    ) STRICT;
  `,
};
