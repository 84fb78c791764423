/**
 * The synced tables and the columns a change may touch. The write path and (later) sync refuse
 * anything not listed here, so a table or field name never comes from outside into SQL.
 */
export const SYSTEM_COLUMNS = ['id', 'created_at', 'updated_at', 'deleted'] as const;

export const SYNCED_TABLES = {
  inquiries: {
    columns: [
      'reg_no',
      'reg_year',
      'reg_seq',
      'received_at',
      'channel',
      'journalist_name',
      'outlet_name',
      'outlet_type',
      'contact',
      'subject',
      'question',
      'jurisdiction',
      'rule_id',
      'assignee_department_id',
      'assignee_person_id',
      'status',
      'status_before_pause',
      'due_at',
      'due_date',
      'suspended',
      'extension_due_date',
      'extension_reason',
      'extension_notice_at',
      'pauses',
      'answer_text',
      'answer_sent_at',
      'answer_channel',
      'refusal_reason',
      'refusal_legal_basis',
      'refused_at',
      'forwarded_to',
      'forwarded_at',
      'withdrawn_at',
    ],
  },
} as const satisfies Record<string, { columns: readonly string[] }>;

export type SyncedTable = keyof typeof SYNCED_TABLES;
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export function assertColumns(table: SyncedTable, row: Row): void {
  const allowed = new Set<string>(SYNCED_TABLES[table].columns);
  for (const key of Object.keys(row)) {
    if (!allowed.has(key)) throw new Error(`Column ${table}.${key} is not part of the synced schema`);
  }
}
