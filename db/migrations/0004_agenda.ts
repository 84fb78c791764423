import type { Migration } from './types';

/**
 * The mayor's calendar, meetings with residents, protocols and decisions (issue 4). All synced:
 * columns mirror core/sync/schema.ts. JSON columns hold arrays of names or agenda items.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'calendar, meetings with residents, protocols, decisions',
  up: `
    CREATE TABLE calendar_events (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      calendar_id TEXT NOT NULL,
      type TEXT NOT NULL,
      title TEXT NOT NULL,
      all_day INTEGER NOT NULL DEFAULT 0,
      start_at TEXT NOT NULL,
      end_at TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      rrule TEXT,
      exdates TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'planned',
      private INTEGER NOT NULL DEFAULT 0,
      location TEXT NOT NULL DEFAULT '',
      participants_internal TEXT NOT NULL DEFAULT '[]',
      participants_external TEXT NOT NULL DEFAULT '[]',
      notes TEXT NOT NULL DEFAULT '',
      reminders TEXT NOT NULL DEFAULT '[]',
      -- Epoch ms bounds kept by the repository for range queries: a single event's own bounds, a
      -- series' first start and last end (NULL = unbounded). Local, derived, not synced.
      range_start_ms INTEGER,
      range_end_ms INTEGER
    ) STRICT;
    CREATE INDEX calendar_events_single ON calendar_events (range_start_ms) WHERE rrule IS NULL AND deleted = 0;
    CREATE INDEX calendar_events_series ON calendar_events (range_start_ms) WHERE rrule IS NOT NULL AND deleted = 0;

    CREATE TABLE meeting_applications (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      received_at TEXT NOT NULL,
      applicant_kind TEXT NOT NULL,
      applicant_name TEXT NOT NULL,
      organisation TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      topic TEXT NOT NULL,
      preferred_dates TEXT NOT NULL DEFAULT '',
      participants_count INTEGER NOT NULL DEFAULT 1,
      status TEXT NOT NULL,
      decline_reason TEXT,
      event_id TEXT,
      notes TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX meeting_applications_received ON meeting_applications (deleted, received_at);

    CREATE TABLE meeting_records (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      event_id TEXT NOT NULL,
      application_id TEXT,
      title TEXT NOT NULL,
      attendees_people TEXT NOT NULL DEFAULT '[]',
      attendees_organisations TEXT NOT NULL DEFAULT '[]',
      attendees_count INTEGER NOT NULL DEFAULT 0,
      agenda TEXT NOT NULL DEFAULT '[]'
    ) STRICT;
    CREATE INDEX meeting_records_event ON meeting_records (event_id);

    CREATE TABLE protocols (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      meeting_id TEXT,
      event_id TEXT,
      title TEXT NOT NULL,
      date TEXT NOT NULL,
      place TEXT NOT NULL DEFAULT '',
      chair TEXT NOT NULL DEFAULT '',
      attendees TEXT NOT NULL DEFAULT '[]',
      agenda TEXT NOT NULL DEFAULT '[]',
      minutes TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft',
      version INTEGER NOT NULL DEFAULT 1,
      revision_reason TEXT,
      approved_at TEXT,
      approved_by TEXT
    ) STRICT;
    CREATE INDEX protocols_date ON protocols (deleted, date);

    CREATE TABLE protocol_versions (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      protocol_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      reason TEXT,
      approved_at TEXT,
      approved_by TEXT,
      snapshot TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    CREATE INDEX protocol_versions_protocol ON protocol_versions (protocol_id, version);

    CREATE TABLE decisions (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      protocol_id TEXT NOT NULL,
      ordinal INTEGER NOT NULL DEFAULT 0,
      title TEXT NOT NULL,
      department_id TEXT,
      responsible_person_id TEXT,
      due_date TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'assigned',
      progress INTEGER NOT NULL DEFAULT 0,
      done_at TEXT,
      cancel_reason TEXT
    ) STRICT;
    CREATE INDEX decisions_protocol ON decisions (protocol_id, ordinal);
    CREATE INDEX decisions_due ON decisions (deleted, status, due_date);

    CREATE TABLE decision_notes (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      decision_id TEXT NOT NULL,
      at TEXT NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL DEFAULT '',
      status TEXT,
      progress INTEGER
    ) STRICT;
    CREATE INDEX decision_notes_decision ON decision_notes (decision_id, at);
  `,
};
