/**
 * The synced schema: which tables and fields travel between workstations and the city server, and
 * how to make a placeholder row when a record's fields arrive before its insert is complete.
 * Pure data shared by the client (db/) and the server (server/). Additive only: never remove or rename.
 */
export type ColumnType = 'text' | 'integer' | 'json';

export interface SyncedTableSpec {
  /** Module whose writers may change this table (see permissions.ts). */
  module: SyncModule;
  /** Every synced column (not id/created_at/updated_at) with its type and a placeholder for NOT NULL ones. */
  columns: Record<string, { type: ColumnType; placeholder?: string | number }>;
  /** Fields where concurrent edits are a legal matter: kept as a visible conflict, never silently dropped. */
  legalFields: readonly string[];
}

export type SyncModule =
  | 'inquiries'
  | 'authorizations'
  | 'media'
  | 'calendar'
  | 'meetings'
  | 'protocols'
  | 'decisions'
  | 'patronage'
  | 'letters'
  | 'contacts'
  | 'office-settings'
  | 'server';

const text = (placeholder?: string) => ({
  type: 'text' as const,
  ...(placeholder !== undefined ? { placeholder } : {}),
});
const integer = (placeholder?: number) => ({
  type: 'integer' as const,
  ...(placeholder !== undefined ? { placeholder } : {}),
});

const json = (placeholder: string) => ({ type: 'json' as const, placeholder });

export const SYNCED_SCHEMA = {
  inquiries: {
    module: 'inquiries',
    columns: {
      deleted: integer(0),
      reg_no: text(''),
      reg_year: integer(0),
      reg_seq: integer(0),
      received_at: text(''),
      channel: text(''),
      journalist_name: text(''),
      outlet_name: text(''),
      outlet_type: text(''),
      contact: text(''),
      subject: text(''),
      question: text(''),
      jurisdiction: text('PL'),
      rule_id: text(''),
      assignee_department_id: text(),
      assignee_person_id: text(),
      status: text('new'),
      status_before_pause: text(),
      due_at: text(),
      due_date: text(),
      suspended: integer(0),
      extension_due_date: text(),
      extension_reason: text(),
      extension_notice_at: text(),
      pauses: { type: 'json', placeholder: '[]' },
      answer_text: text(),
      answer_sent_at: text(),
      answer_channel: text(),
      refusal_reason: text(),
      refusal_legal_basis: text(),
      refused_at: text(),
      forwarded_to: text(),
      forwarded_at: text(),
      withdrawn_at: text(),
      contact_id: text(),
    },
    legalFields: [
      'status',
      'received_at',
      'due_at',
      'due_date',
      'extension_due_date',
      'extension_notice_at',
      'answer_text',
      'answer_sent_at',
      'refusal_reason',
      'refusal_legal_basis',
      'refused_at',
      'deleted',
    ],
  },
  /** The mayor's, deputies' and press office's agendas (issue 4). */
  calendar_events: {
    module: 'calendar',
    columns: {
      deleted: integer(0),
      calendar_id: text(''),
      type: text('other'),
      title: text(''),
      all_day: integer(0),
      start_at: text(''),
      end_at: text(''),
      time_zone: text('Europe/Warsaw'),
      rrule: text(),
      exdates: json('[]'),
      status: text('planned'),
      private: integer(0),
      location: text(''),
      participants_internal: json('[]'),
      participants_external: json('[]'),
      notes: text(''),
      reminders: json('[]'),
    },
    legalFields: [],
  },
  meeting_applications: {
    module: 'meetings',
    columns: {
      deleted: integer(0),
      received_at: text(''),
      applicant_kind: text('person'),
      applicant_name: text(''),
      organisation: text(''),
      contact: text(''),
      topic: text(''),
      preferred_dates: text(''),
      participants_count: integer(1),
      status: text('received'),
      decline_reason: text(),
      event_id: text(),
      notes: text(''),
    },
    legalFields: [],
  },
  meeting_records: {
    module: 'meetings',
    columns: {
      deleted: integer(0),
      event_id: text(''),
      application_id: text(),
      title: text(''),
      attendees_people: json('[]'),
      attendees_organisations: json('[]'),
      attendees_count: integer(0),
      agenda: json('[]'),
    },
    legalFields: [],
  },
  /** Approved protocols are signed documents: their text and approval are legal fields. */
  protocols: {
    module: 'protocols',
    columns: {
      deleted: integer(0),
      meeting_id: text(),
      event_id: text(),
      title: text(''),
      date: text(''),
      place: text(''),
      chair: text(''),
      attendees: json('[]'),
      agenda: json('[]'),
      minutes: text(''),
      status: text('draft'),
      version: integer(1),
      revision_reason: text(),
      approved_at: text(),
      approved_by: text(),
    },
    legalFields: ['minutes', 'status', 'version', 'approved_at', 'deleted'],
  },
  protocol_versions: {
    module: 'protocols',
    columns: {
      deleted: integer(0),
      protocol_id: text(''),
      version: integer(0),
      reason: text(),
      approved_at: text(),
      approved_by: text(),
      snapshot: json('{}'),
    },
    legalFields: [],
  },
  decisions: {
    module: 'decisions',
    columns: {
      deleted: integer(0),
      protocol_id: text(''),
      ordinal: integer(0),
      title: text(''),
      department_id: text(),
      responsible_person_id: text(),
      due_date: text(''),
      status: text('assigned'),
      progress: integer(0),
      done_at: text(),
      cancel_reason: text(),
    },
    legalFields: ['due_date', 'status'],
  },
  decision_notes: {
    module: 'decisions',
    columns: {
      deleted: integer(0),
      decision_id: text(''),
      at: text(''),
      author: text(''),
      text: text(''),
      status: text(),
      progress: integer(),
    },
    legalFields: [],
  },
  /** The register of outgoing correspondence (issue 5): each entry is a document that left the office. */
  letters: {
    module: 'letters',
    columns: {
      deleted: integer(0),
      reg_no: text(''),
      reg_year: integer(0),
      reg_seq: integer(0),
      date: text(''),
      kind: text('other'),
      language: text('pl'),
      subject: text(''),
      recipient_name: text(''),
      recipient_address: text(''),
      salutation: text(''),
      template_id: text(),
      template_name: text(''),
      signatory_name: text(''),
      signatory_function: text(''),
      file_name: text(''),
      file_sha256: text(''),
      batch_id: text(),
      contact_id: text(),
    },
    legalFields: ['reg_no', 'date', 'recipient_name', 'file_sha256', 'deleted'],
  },
  /** Templates authored in Word by the office; the file travels as a blob (sha256). */
  letter_templates: {
    module: 'letters',
    columns: {
      deleted: integer(0),
      name: text(''),
      kind: text('other'),
      language: text('pl'),
      placeholders: json('[]'),
      loops: json('[]'),
      conditions: json('[]'),
      images: json('[]'),
      mapping: json('{}'),
      file_sha256: text(''),
    },
    legalFields: [],
  },
  /** Interview authorizations (Prawo prasowe art. 14a): the handover instant and the decision are legal. */
  authorizations: {
    module: 'authorizations',
    columns: {
      deleted: integer(0),
      journalist_name: text(''),
      outlet_name: text(''),
      outlet_type: text('daily'),
      outlet_periodicity: text(),
      contact_id: text(),
      interviewee: text(''),
      topic: text(''),
      jurisdiction: text('PL'),
      deadline_kind: text('statutory'),
      agreed_due_at: text(),
      handed_over_at: text(''),
      received_text: text(''),
      authorized_text: text(),
      status: text('awaiting'),
      decided_at: text(),
      refusal_reason: text(),
      reply_text: text(),
      late_answer_text: text(),
      late_answer_at: text(),
      attachments: json('[]'),
    },
    legalFields: ['status', 'handed_over_at', 'agreed_due_at', 'authorized_text', 'decided_at', 'deleted'],
  },
  /**
   * The contact directory (people and organisations). Personal data under GDPR/RODO: `erased_at` marks a
   * record whose data was erased while the registers that point at it keep its id.
   */
  contacts: {
    module: 'contacts',
    columns: {
      deleted: integer(0),
      kind: text('person'),
      category: text('other'),
      outlet_type: text(),
      given_name: text(''),
      family_name: text(''),
      patronymic: text(''),
      title: text(''),
      gender: text(),
      organisation_name: text(''),
      organisation_id: text(),
      position: text(''),
      emails: json('[]'),
      phones: json('[]'),
      addresses: json('[]'),
      tags: json('[]'),
      lists: json('[]'),
      notes: text(''),
      source: json('{"kind":"own","text":""}'),
      consent: json('{"given":false,"at":null,"scope":"","withdrawnAt":null}'),
      visibility: text('everyone'),
      retention_until: text(),
      erased_at: text(),
    },
    legalFields: ['erased_at', 'deleted'],
  },
  distribution_lists: {
    module: 'contacts',
    columns: { deleted: integer(0), name: text(''), description: text('') },
    legalFields: [],
  },
  /** Honorary patronage: the decision and what the applicant owes after it. */
  patronage_applications: {
    module: 'patronage',
    columns: {
      deleted: integer(0),
      applicant_name: text(''),
      applicant_organisation_id: text(),
      contact_person: text(''),
      contact: text(''),
      event_title: text(''),
      event_start: text(''),
      event_end: text(''),
      event_place: text(''),
      scope: text('local'),
      audience: text(''),
      expected_participants: integer(),
      requests: json('[]'),
      description: text(''),
      received_at: text(''),
      attachments: json('[]'),
      checklist: json('{}'),
      status: text('received'),
      decided_at: text(),
      decided_by: text(),
      refusal_reason: text(),
      withdrawn_at: text(),
      logo_approved_at: text(),
      report_received_at: text(),
      report_note: text(''),
      report_attachments: json('[]'),
      calendar_event_id: text(),
      letter_ids: json('[]'),
    },
    legalFields: ['status', 'decided_at', 'received_at', 'report_received_at', 'deleted'],
  },
  /** The name and type a patronage file came with; the file itself travels as a blob (sha256). */
  patronage_files: {
    module: 'patronage',
    columns: {
      deleted: integer(0),
      application_id: text(''),
      sha256: text(''),
      name: text(''),
      mime_type: text(''),
    },
    legalFields: [],
  },
  /** Written only by the server: concurrent edits of legal fields, for people to review. */
  sync_conflicts: {
    module: 'server',
    columns: {
      deleted: integer(0),
      table_name: text(''),
      row_id: text(''),
      field: text(''),
      winner_value: text(),
      winner_hlc: text(''),
      winner_user: text(''),
      loser_value: text(),
      loser_hlc: text(''),
      loser_user: text(''),
      detected_at: text(''),
      resolved_at: text(),
      resolved_by: text(),
    },
    legalFields: [],
  },
} as const satisfies Record<string, SyncedTableSpec>;

export type SyncedTableName = keyof typeof SYNCED_SCHEMA;

export function isSyncedTable(name: string): name is SyncedTableName {
  return Object.hasOwn(SYNCED_SCHEMA, name);
}

export function isSyncedField(table: SyncedTableName, field: string): boolean {
  return Object.hasOwn(SYNCED_SCHEMA[table].columns, field);
}

export function isLegalField(table: SyncedTableName, field: string): boolean {
  return (SYNCED_SCHEMA[table].legalFields as readonly string[]).includes(field);
}
