/**
 * Due items of the modules kept in core: inquiries, decisions and patronage obligations (the
 * authorization service builds its own from the deadline engine).
 *
 * An inquiry gives:
 * - `answer`: its current deadline (extended or not) while open and not suspended. Day terms are
 *   day-precision (`dueDate`, due until 24:00 office time); hour terms are exact (`dueAt`).
 * - `extensionNotice`: while the term may still be extended (its rule has a cap rule, it is new or in
 *   progress and no notice was given) the notice must reach the requester by the base deadline
 *   (UDIP art. 13 ust. 2, 2939-VI ст. 20 ч. 4; the engine rejects `noticeAt` after the base `dueAt`
 *   with EXTENSION_NOTICE_LATE). So the window closes with the current, unextended deadline.
 */
import type { Decision } from '../decisions/schema';
import { getRule } from '../deadlines/rules';
import type { RuleId } from '../deadlines/types';
import type { Inquiry } from '../inquiries/schema';
import type { Obligation } from '../patronage/rules';
import type { PatronageApplication } from '../patronage/schema';
import type { DueItem } from './types';

const OPEN_INQUIRY = ['new', 'in_progress', 'extended', 'paused'];
const EXTENSIBLE = ['new', 'in_progress'];
const OPEN_DECISION = ['assigned', 'in_progress'];

type InquiryFields = Pick<
  Inquiry,
  'id' | 'regNo' | 'subject' | 'status' | 'ruleId' | 'dueAt' | 'dueDate' | 'suspended' | 'extensionNoticeAt'
>;

export function inquiryDueItems(inquiry: InquiryFields): DueItem[] {
  if (!OPEN_INQUIRY.includes(inquiry.status) || inquiry.suspended || !inquiry.dueAt) return [];
  const rule = getRule(inquiry.ruleId as RuleId);
  const common = {
    module: 'inquiries' as const,
    recordId: inquiry.id,
    title: `${inquiry.regNo} ${inquiry.subject}`,
    link: { route: 'inquiry', id: inquiry.id },
  };
  const due = inquiry.dueDate
    ? { dueAt: null, dueDate: inquiry.dueDate }
    : { dueAt: inquiry.dueAt, dueDate: null };
  const items: DueItem[] = [{ ...common, kind: 'answer', ...due, citation: rule.citation }];
  if (rule.capRule && EXTENSIBLE.includes(inquiry.status) && !inquiry.extensionNoticeAt) {
    items.push({ ...common, kind: 'extensionNotice', ...due, citation: getRule(rule.capRule).citation });
  }
  return items;
}

export function decisionDueItem(
  decision: Pick<Decision, 'id' | 'title' | 'status' | 'dueDate'>,
): DueItem | null {
  if (!OPEN_DECISION.includes(decision.status)) return null;
  return {
    module: 'decisions',
    kind: 'decision',
    recordId: decision.id,
    title: decision.title,
    dueAt: null,
    dueDate: decision.dueDate,
    link: { route: 'decisions', id: decision.id },
  };
}

/**
 * A granted patronage gives its applicant's pending obligations (day-precision, in the office's
 * calendar): the approval of materials with the city's logo before the event, and the report after it.
 * Done or not applicable obligations give nothing; an overdue one stays on the list until recorded.
 */
export function patronageDueItems(
  app: Pick<PatronageApplication, 'id' | 'eventTitle' | 'applicantName'>,
  obligations: readonly Pick<Obligation, 'kind' | 'dueDate' | 'status'>[],
): DueItem[] {
  return obligations
    .filter((o) => (o.status === 'pending' || o.status === 'overdue') && o.dueDate !== null)
    .map((o) => ({
      module: 'patronage' as const,
      kind: o.kind,
      recordId: app.id,
      title: `${app.eventTitle} (${app.applicantName})`,
      dueAt: null,
      dueDate: o.dueDate!,
      link: { route: 'patronage', id: app.id },
    }));
}
