import type { Inquiry } from '../../core/inquiries/schema';
import type { InquiryPatch } from '../../core/inquiries/lifecycle';
import type { Row } from '../tables';

/** Maps between the camelCase record of core/ and the snake_case row of SQLite. */
const FIELD_TO_COLUMN: Record<keyof InquiryPatch, string> = {
  receivedAt: 'received_at',
  channel: 'channel',
  journalistName: 'journalist_name',
  outletName: 'outlet_name',
  outletType: 'outlet_type',
  contact: 'contact',
  subject: 'subject',
  question: 'question',
  jurisdiction: 'jurisdiction',
  ruleId: 'rule_id',
  assigneeDepartmentId: 'assignee_department_id',
  assigneePersonId: 'assignee_person_id',
  status: 'status',
  statusBeforePause: 'status_before_pause',
  dueAt: 'due_at',
  dueDate: 'due_date',
  suspended: 'suspended',
  extensionDueDate: 'extension_due_date',
  extensionReason: 'extension_reason',
  extensionNoticeAt: 'extension_notice_at',
  pauses: 'pauses',
  answerText: 'answer_text',
  answerSentAt: 'answer_sent_at',
  answerChannel: 'answer_channel',
  refusalReason: 'refusal_reason',
  refusalLegalBasis: 'refusal_legal_basis',
  refusedAt: 'refused_at',
  forwardedTo: 'forwarded_to',
  forwardedAt: 'forwarded_at',
  withdrawnAt: 'withdrawn_at',
  contactId: 'contact_id',
};

export function patchToRow(patch: InquiryPatch): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(patch) as [keyof InquiryPatch, unknown][]) {
    if (value === undefined) continue;
    const column = FIELD_TO_COLUMN[field];
    if (field === 'pauses') row[column] = JSON.stringify(value);
    else if (field === 'suspended') row[column] = value ? 1 : 0;
    else row[column] = value as string | null;
  }
  return row;
}

export function rowToInquiry(row: Record<string, unknown>): Inquiry {
  return {
    id: row.id as string,
    regNo: row.reg_no as string,
    receivedAt: row.received_at as string,
    channel: row.channel as Inquiry['channel'],
    journalistName: row.journalist_name as string,
    outletName: row.outlet_name as string,
    outletType: row.outlet_type as Inquiry['outletType'],
    contact: row.contact as string,
    subject: row.subject as string,
    question: row.question as string,
    jurisdiction: row.jurisdiction as Inquiry['jurisdiction'],
    ruleId: row.rule_id as Inquiry['ruleId'],
    assigneeDepartmentId: (row.assignee_department_id as string | null) ?? null,
    assigneePersonId: (row.assignee_person_id as string | null) ?? null,
    status: row.status as Inquiry['status'],
    statusBeforePause: (row.status_before_pause as Inquiry['statusBeforePause']) ?? null,
    dueAt: (row.due_at as string | null) ?? null,
    dueDate: (row.due_date as string | null) ?? null,
    suspended: row.suspended === 1,
    extensionDueDate: (row.extension_due_date as string | null) ?? null,
    extensionReason: (row.extension_reason as string | null) ?? null,
    extensionNoticeAt: (row.extension_notice_at as string | null) ?? null,
    pauses: JSON.parse((row.pauses as string) || '[]') as Inquiry['pauses'],
    answerText: (row.answer_text as string | null) ?? null,
    answerSentAt: (row.answer_sent_at as string | null) ?? null,
    answerChannel: (row.answer_channel as Inquiry['answerChannel']) ?? null,
    refusalReason: (row.refusal_reason as string | null) ?? null,
    refusalLegalBasis: (row.refusal_legal_basis as string | null) ?? null,
    refusedAt: (row.refused_at as string | null) ?? null,
    forwardedTo: (row.forwarded_to as string | null) ?? null,
    forwardedAt: (row.forwarded_at as string | null) ?? null,
    withdrawnAt: (row.withdrawn_at as string | null) ?? null,
    contactId: (row.contact_id as string | null) ?? null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** The folded text full-text search indexes for one inquiry. */
export function searchableText(inquiry: Inquiry): string {
  return [
    inquiry.regNo,
    inquiry.journalistName,
    inquiry.outletName,
    inquiry.contact,
    inquiry.subject,
    inquiry.question,
    inquiry.answerText ?? '',
    inquiry.forwardedTo ?? '',
  ].join('\n');
}
