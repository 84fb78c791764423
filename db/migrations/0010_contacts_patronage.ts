import type { Migration } from './types';

/**
 * The contact directory, its distribution lists and honorary patronage (issue 6). Synced; columns as in
 * core/sync/schema.ts. Inquiries and register entries get a nullable link to the contact they concern
 * (additive: older records keep their typed names).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'contacts and honorary patronage',
  up: `
    CREATE TABLE contacts (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      kind TEXT NOT NULL DEFAULT 'person',
      category TEXT NOT NULL DEFAULT 'other',
      outlet_type TEXT,
      given_name TEXT NOT NULL DEFAULT '',
      family_name TEXT NOT NULL DEFAULT '',
      patronymic TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL DEFAULT '',
      gender TEXT,
      organisation_name TEXT NOT NULL DEFAULT '',
      organisation_id TEXT,
      position TEXT NOT NULL DEFAULT '',
      emails TEXT NOT NULL DEFAULT '[]',
      phones TEXT NOT NULL DEFAULT '[]',
      addresses TEXT NOT NULL DEFAULT '[]',
      tags TEXT NOT NULL DEFAULT '[]',
      lists TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '{"kind":"own","text":""}',
      consent TEXT NOT NULL DEFAULT '{"given":false,"at":null,"scope":"","withdrawnAt":null}',
      visibility TEXT NOT NULL DEFAULT 'everyone',
      retention_until TEXT,
      erased_at TEXT
    ) STRICT;
    CREATE INDEX contacts_organisation ON contacts (organisation_id);

    CREATE TABLE distribution_lists (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      name TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE patronage_applications (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      applicant_name TEXT NOT NULL DEFAULT '',
      applicant_organisation_id TEXT,
      contact_person TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      event_title TEXT NOT NULL DEFAULT '',
      event_start TEXT NOT NULL DEFAULT '',
      event_end TEXT NOT NULL DEFAULT '',
      event_place TEXT NOT NULL DEFAULT '',
      scope TEXT NOT NULL DEFAULT 'local',
      audience TEXT NOT NULL DEFAULT '',
      expected_participants INTEGER,
      requests TEXT NOT NULL DEFAULT '[]',
      description TEXT NOT NULL DEFAULT '',
      received_at TEXT NOT NULL DEFAULT '',
      attachments TEXT NOT NULL DEFAULT '[]',
      checklist TEXT NOT NULL DEFAULT '{}',
      status TEXT NOT NULL DEFAULT 'received',
      decided_at TEXT,
      decided_by TEXT,
      refusal_reason TEXT,
      withdrawn_at TEXT,
      logo_approved_at TEXT,
      report_received_at TEXT,
      report_note TEXT NOT NULL DEFAULT '',
      report_attachments TEXT NOT NULL DEFAULT '[]',
      calendar_event_id TEXT,
      letter_ids TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX patronage_event ON patronage_applications (deleted, event_start);

    ALTER TABLE inquiries ADD COLUMN contact_id TEXT;
    ALTER TABLE letters ADD COLUMN contact_id TEXT;
  `,
};
