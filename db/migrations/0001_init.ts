import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'init: meta, change log, inquiries, sequences, full-text search',
  up: `
    -- Workstation identity and the last hybrid-logical-clock value.
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    -- One row per changed field: the audit trail now, the sync feed later.
    CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      hlc TEXT NOT NULL,
      device_id TEXT NOT NULL,
      user_name TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      field TEXT NOT NULL,
      value TEXT,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      synced_at TEXT
    ) STRICT;
    CREATE INDEX change_log_row ON change_log (table_name, row_id, seq);
    CREATE UNIQUE INDEX change_log_identity ON change_log (hlc, table_name, row_id, field);
    CREATE INDEX change_log_unsynced ON change_log (seq) WHERE synced_at IS NULL;

    CREATE TABLE inquiries (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      reg_no TEXT NOT NULL,
      reg_year INTEGER NOT NULL,
      reg_seq INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      channel TEXT NOT NULL,
      journalist_name TEXT NOT NULL,
      outlet_name TEXT NOT NULL,
      outlet_type TEXT NOT NULL,
      contact TEXT NOT NULL DEFAULT '',
      subject TEXT NOT NULL,
      question TEXT NOT NULL,
      jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('PL', 'UA')),
      rule_id TEXT NOT NULL,
      assignee_department_id TEXT,
      assignee_person_id TEXT,
      status TEXT NOT NULL,
      status_before_pause TEXT,
      due_at TEXT,
      due_date TEXT,
      suspended INTEGER NOT NULL DEFAULT 0,
      extension_due_date TEXT,
      extension_reason TEXT,
      extension_notice_at TEXT,
      pauses TEXT NOT NULL DEFAULT '[]',
      answer_text TEXT,
      answer_sent_at TEXT,
      answer_channel TEXT,
      refusal_reason TEXT,
      refusal_legal_basis TEXT,
      refused_at TEXT,
      forwarded_to TEXT,
      forwarded_at TEXT,
      withdrawn_at TEXT
    ) STRICT;
    CREATE INDEX inquiries_due ON inquiries (deleted, status, due_at);
    CREATE INDEX inquiries_received ON inquiries (deleted, received_at);
    CREATE INDEX inquiries_reg ON inquiries (deleted, reg_year, reg_seq);
    CREATE INDEX inquiries_assignee ON inquiries (deleted, assignee_person_id, due_at);

    -- Yearly registration counters. Local to this workstation (numbering across workstations is a sync concern).
    CREATE TABLE sequences (
      name TEXT NOT NULL,
      year INTEGER NOT NULL,
      last INTEGER NOT NULL,
      PRIMARY KEY (name, year)
    ) STRICT;

    -- Folded text (see core/text/fold.ts) so "lodz" finds "Łódź"; unicode61 handles the rest of the marks.
    CREATE VIRTUAL TABLE inquiries_fts USING fts5(
      inquiry_id UNINDEXED,
      body,
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `,
};
