import type { Migration } from './types';

/** Interview authorizations (issue 6, Prawo prasowe art. 14a). Synced; columns as in core/sync/schema.ts. */
export const migration0009: Migration = {
  version: 9,
  name: 'interview authorizations',
  up: `
    CREATE TABLE authorizations (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      journalist_name TEXT NOT NULL,
      outlet_name TEXT NOT NULL,
      outlet_type TEXT NOT NULL,
      outlet_periodicity TEXT,
      contact_id TEXT,
      interviewee TEXT NOT NULL,
      topic TEXT NOT NULL,
      jurisdiction TEXT NOT NULL,
      deadline_kind TEXT NOT NULL,
      agreed_due_at TEXT,
      handed_over_at TEXT NOT NULL,
      received_text TEXT NOT NULL DEFAULT '',
      authorized_text TEXT,
      status TEXT NOT NULL DEFAULT 'awaiting',
      decided_at TEXT,
      refusal_reason TEXT,
      reply_text TEXT,
      late_answer_text TEXT,
      late_answer_at TEXT,
      attachments TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX authorizations_status ON authorizations (deleted, status, handed_over_at);
  `,
};
