import { z } from 'zod';
import type { Confidence } from '../deadlines';
import type { FieldIssue } from '../errors';
import { InstantSchema, OUTLET_TYPES } from '../inquiries/schema';

/**
 * Interview authorizations (Prawo prasowe art. 14a): the shape of the record and of every input that
 * changes it. Validation messages are i18n keys under `validation.`. Legal decisions: README.md.
 */
export const AUTHORIZATION_STATUSES = [
  'awaiting',
  'authorized',
  'authorized_with_changes',
  'refused',
  'deemed_authorized',
] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/** 'statutory' = the PL art. 14a ust. 4 term (6 h / 24 h); 'agreed' = "chyba że strony umówią się inaczej". */
export const DEADLINE_KINDS = ['statutory', 'agreed'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** How often the outlet appears, when the office knows it: decides dziennik (6 h) vs czasopismo (24 h). */
export const PERIODICITIES = ['daily', 'periodical'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export type OutletType = (typeof OUTLET_TYPES)[number];
export type AuthorizationRuleId = 'PL-PRESS-AUTH-DAILY' | 'PL-PRESS-AUTH-PERIODICAL';

export interface OutletRule {
  rule: AuthorizationRuleId;
  /** H when Prawo prasowe names the outlet type; M when the classification is an inference. */
  confidence: Confidence;
  /** true when the rule was assumed from the outlet type alone: the UI asks the officer to confirm it. */
  assumed: boolean;
}

/**
 * Outlet type → statutory term (Prawo prasowe art. 7 ust. 2 pkt 2–3 and art. 14a ust. 4):
 * - `daily` → dziennik → 6 h; `periodical` → czasopismo (at most weekly) → 24 h. [H]
 * - `radio` / `tv`: art. 7 ust. 2 pkt 2 counts audio and audio-visual outlets appearing more often than
 *   weekly as dzienniki (reference (c) 11: "daily radio/TV therefore counts as a daily"; wording U). [M]
 * - `online` / `agency`: courts treat online outlets as press; a news site or agency publishes more often
 *   than weekly, so the dziennik reading is the likely one. [M]
 * For these four the default is the DAILY rule (6 h), not 24 h: the office is the interviewee's side, so the
 * shorter term is the safe one — assuming 24 h where 6 h applies would let the right to authorize lapse
 * unseen (art. 14a ust. 7). Mark `outletPeriodicity: 'periodical'` for a weekly programme or magazine.
 */
export const UNMARKED_OUTLET_DEFAULT: AuthorizationRuleId = 'PL-PRESS-AUTH-DAILY';

export function statutoryRuleFor(outletType: OutletType, periodicity: Periodicity | null = null): OutletRule {
  if (outletType === 'daily') return { rule: 'PL-PRESS-AUTH-DAILY', confidence: 'H', assumed: false };
  if (outletType === 'periodical')
    return { rule: 'PL-PRESS-AUTH-PERIODICAL', confidence: 'H', assumed: false };
  if (periodicity === 'daily') return { rule: 'PL-PRESS-AUTH-DAILY', confidence: 'M', assumed: false };
  if (periodicity === 'periodical')
    return { rule: 'PL-PRESS-AUTH-PERIODICAL', confidence: 'M', assumed: false };
  return { rule: UNMARKED_OUTLET_DEFAULT, confidence: 'M', assumed: true };
}

const SHA256 = /^[a-f0-9]{64}$/;
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const id = z.string().min(1, 'required');

/** Below the sync protocol's limit for one value (MAX_VALUE_LENGTH), so every text travels to the city server. */
export const TEXT_MAX = 90_000;
export const AttachmentsSchema = z.array(z.string().regex(SHA256, 'invalidSha256')).max(50, 'tooMany');

export const AuthorizationSchema = z.object({
  id: z.string(),
  journalistName: z.string(),
  outletName: z.string(),
  outletType: z.enum(OUTLET_TYPES),
  /** Extra: the office's knowledge of the outlet's periodicity; null = derive from outletType. */
  outletPeriodicity: z.enum(PERIODICITIES).nullable(),
  contactId: z.string().nullable(),
  interviewee: z.string(),
  topic: z.string(),
  jurisdiction: z.enum(['PL', 'UA']),
  deadlineKind: z.enum(DEADLINE_KINDS),
  agreedDueAt: z.string().nullable(),
  /** The moment the text was handed over (art. 14a ust. 5): an instant, never a date. */
  handedOverAt: z.string(),
  receivedText: z.string(),
  authorizedText: z.string().nullable(),
  status: z.enum(AUTHORIZATION_STATUSES),
  /** When the interviewee decided; for `deemed_authorized` the instant the term expired. */
  decidedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
  replyText: z.string().nullable(),
  /** Extra: an answer that came after the term. Legally void (art. 14a ust. 7), kept as a note. */
  lateAnswerText: z.string().nullable(),
  lateAnswerAt: z.string().nullable(),
  /** SHA-256 of attached files (received text as a file, corrected version). */
  attachments: AttachmentsSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Authorization = z.infer<typeof AuthorizationSchema>;

/** Fields a user types. No defaults here: an update must change only what it names (core/api/partial.ts). */
const EditableFields = {
  journalistName: required(200),
  outletName: required(200),
  outletType: z.enum(OUTLET_TYPES, 'invalidChoice'),
  outletPeriodicity: z.enum(PERIODICITIES, 'invalidChoice').nullable(),
  contactId: z.string().max(40, 'tooLong').nullable(),
  interviewee: required(300),
  topic: required(300),
  jurisdiction: z.enum(['PL', 'UA'], 'invalidChoice'),
  deadlineKind: z.enum(DEADLINE_KINDS, 'invalidChoice'),
  agreedDueAt: InstantSchema.nullable(),
  handedOverAt: InstantSchema,
  receivedText: text(TEXT_MAX),
  attachments: AttachmentsSchema,
};

/** The fields the cross-field rules look at (create input, or a record merged with an update). */
export type CrossFields = {
  jurisdiction: 'PL' | 'UA';
  deadlineKind: DeadlineKind;
  agreedDueAt: string | null;
  handedOverAt: string;
  receivedText: string;
  attachments?: string[] | undefined;
};

/**
 * Rules across fields:
 * - UA has no statutory authorization clock (see README), so a UA record needs an agreed deadline;
 * - an agreed deadline needs its instant, later than the handover; a statutory one must not carry one;
 * - the received text is pasted or attached: at least one of the two.
 */
export function crossFieldIssues(f: CrossFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.jurisdiction === 'UA' && f.deadlineKind !== 'agreed') {
    issues.push({ path: 'deadlineKind', message: 'uaAgreedDeadlineOnly' });
  }
  if (f.deadlineKind === 'agreed') {
    if (!f.agreedDueAt) issues.push({ path: 'agreedDueAt', message: 'required' });
    else if (Date.parse(f.agreedDueAt) <= Date.parse(f.handedOverAt)) {
      issues.push({ path: 'agreedDueAt', message: 'dueNotAfterHandover' });
    }
  } else if (f.agreedDueAt) {
    issues.push({ path: 'agreedDueAt', message: 'agreedDueAtWithStatutory' });
  }
  if (f.receivedText.trim() === '' && !(f.attachments && f.attachments.length > 0)) {
    issues.push({ path: 'receivedText', message: 'receivedTextOrFile' });
  }
  return issues;
}

function addIssues(issues: FieldIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
}

/** Registering a request: optional fields default to empty; cross-field rules checked. */
export const AuthorizationCreateSchema = z
  .object({
    ...EditableFields,
    outletPeriodicity: EditableFields.outletPeriodicity.default(null),
    contactId: EditableFields.contactId.default(null),
    agreedDueAt: EditableFields.agreedDueAt.default(null),
    receivedText: EditableFields.receivedText.default(''),
    attachments: EditableFields.attachments.optional(),
  })
  .superRefine((f, ctx) => addIssues(crossFieldIssues(f), ctx));
export type AuthorizationCreate = z.input<typeof AuthorizationCreateSchema>;

/**
 * Editing: only what is sent. The cross-field rules need the merged record, so `applyUpdate`
 * (lifecycle.ts) checks them after merging.
 */
export const AuthorizationUpdateSchema = z
  .object({ id })
  .extend(z.object({ ...EditableFields, replyText: text(50_000).nullable() }).partial().shape);
export type AuthorizationUpdate = z.input<typeof AuthorizationUpdateSchema>;

/**
 * What can happen to a request. `authorize` without `authorizedText` means "approved as received".
 * `deem` is performed by the system at/after the deadline. `noteLateAnswer` records an answer that came
 * after the term (legally void, art. 14a ust. 7) without changing the status.
 */
export const AuthorizationDecisionSchema = z.discriminatedUnion('action', [
  z.object({
    id,
    action: z.literal('authorize'),
    authorizedText: required(TEXT_MAX).optional(),
    decidedAt: InstantSchema,
  }),
  z.object({ id, action: z.literal('refuse'), reason: required(5000), decidedAt: InstantSchema }),
  z.object({ id, action: z.literal('deem'), at: InstantSchema }),
  z.object({ id, action: z.literal('noteLateAnswer'), text: required(TEXT_MAX), at: InstantSchema }),
]);
export type AuthorizationDecision = z.infer<typeof AuthorizationDecisionSchema>;
export type DecisionAction = AuthorizationDecision['action'];
