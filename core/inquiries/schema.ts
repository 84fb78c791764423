import { z } from 'zod';
import { RULE_IDS } from '../deadlines';

/** Journalists' inquiries: the shape of the record and of every input that changes it. */
export const CHANNELS = ['email', 'phone', 'letter', 'epuap', 'in_person', 'social_media'] as const;
export const OUTLET_TYPES = ['daily', 'periodical', 'online', 'radio', 'tv', 'agency'] as const;
export const INQUIRY_STATUSES = [
  'new',
  'in_progress',
  'extended',
  'paused',
  'answered',
  'refused',
  'forwarded',
  'withdrawn',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const OPEN_STATUSES: readonly InquiryStatus[] = ['new', 'in_progress', 'extended', 'paused'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const InstantSchema = z.iso.datetime({ offset: true, error: 'invalidDateTime' });
export const LocalDateSchema = z.string().regex(DATE, 'invalidDate');
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const RuleIdSchema = z.enum(RULE_IDS as unknown as [string, ...string[]], 'invalidChoice');
export const ChannelSchema = z.enum(CHANNELS, 'invalidChoice');

export const PauseSchema = z.object({ from: InstantSchema, to: InstantSchema.nullable(), reason: text(500) });

export const InquirySchema = z.object({
  id: z.string(),
  regNo: z.string(),
  receivedAt: z.string(),
  channel: ChannelSchema,
  journalistName: z.string(),
  outletName: z.string(),
  outletType: z.enum(OUTLET_TYPES),
  contact: z.string(),
  subject: z.string(),
  question: z.string(),
  jurisdiction: z.enum(['PL', 'UA']),
  ruleId: RuleIdSchema,
  assigneeDepartmentId: z.string().nullable(),
  assigneePersonId: z.string().nullable(),
  status: z.enum(INQUIRY_STATUSES),
  statusBeforePause: z.enum(INQUIRY_STATUSES).nullable(),
  dueAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  suspended: z.boolean(),
  extensionDueDate: z.string().nullable(),
  extensionReason: z.string().nullable(),
  extensionNoticeAt: z.string().nullable(),
  pauses: z.array(PauseSchema),
  answerText: z.string().nullable(),
  answerSentAt: z.string().nullable(),
  answerChannel: ChannelSchema.nullable(),
  refusalReason: z.string().nullable(),
  refusalLegalBasis: z.string().nullable(),
  refusedAt: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  forwardedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** The journalist (or outlet) in the contact directory; the typed names stay as registered. */
  contactId: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Inquiry = z.infer<typeof InquirySchema>;

/**
 * Fields a user types about an inquiry. No defaults here: an edit must change only what it names
 * (a default would silently overwrite other workstations' values once synced).
 */
const EditableFields = {
  receivedAt: InstantSchema,
  channel: ChannelSchema,
  journalistName: required(200),
  outletName: required(200),
  outletType: z.enum(OUTLET_TYPES, 'invalidChoice'),
  contact: text(300),
  subject: required(300),
  question: required(20_000),
  jurisdiction: z.enum(['PL', 'UA'], 'invalidChoice'),
  ruleId: RuleIdSchema,
  assigneeDepartmentId: z.string().max(40, 'tooLong').nullable(),
  assigneePersonId: z.string().max(40, 'tooLong').nullable(),
  contactId: z.string().max(64, 'tooLong').nullable(),
};

/** Registering: the rule defaults from the jurisdiction, the optional fields to empty. */
export const InquiryFieldsSchema = z.object({
  ...EditableFields,
  contact: EditableFields.contact.default(''),
  ruleId: EditableFields.ruleId.optional(),
  assigneeDepartmentId: EditableFields.assigneeDepartmentId.default(null),
  assigneePersonId: EditableFields.assigneePersonId.default(null),
  contactId: EditableFields.contactId.default(null),
});
export type InquiryFields = z.input<typeof InquiryFieldsSchema>;

export const InquiryCreateSchema = InquiryFieldsSchema;
export const InquiryUpdateSchema = z
  .object({ id: z.string().min(1, 'required') })
  .extend(z.object(EditableFields).partial().shape);
export type InquiryUpdate = z.input<typeof InquiryUpdateSchema>;

const id = z.string().min(1, 'required');
export const InquiryTransitionSchema = z.discriminatedUnion('action', [
  z.object({ id, action: z.literal('start') }),
  z.object({
    id,
    action: z.literal('extend'),
    newDueDate: LocalDateSchema,
    reason: required(2000),
    noticeAt: InstantSchema,
  }),
  z.object({ id, action: z.literal('pause'), at: InstantSchema, reason: required(1000) }),
  z.object({ id, action: z.literal('resume'), at: InstantSchema }),
  z.object({
    id,
    action: z.literal('answer'),
    text: required(50_000),
    sentAt: InstantSchema,
    channel: ChannelSchema,
  }),
  z.object({
    id,
    action: z.literal('refuse'),
    reason: required(20_000),
    legalBasis: required(2000),
    decidedAt: InstantSchema,
  }),
  z.object({ id, action: z.literal('forward'), to: required(500), at: InstantSchema }),
  z.object({ id, action: z.literal('withdraw'), at: InstantSchema }),
]);
export type InquiryTransition = z.infer<typeof InquiryTransitionSchema>;
export type TransitionAction = InquiryTransition['action'];

export const SORT_FIELDS = ['dueAt', 'receivedAt', 'regNo', 'status', 'subject'] as const;
export const InquiryListQuerySchema = z.object({
  status: z.array(z.enum(INQUIRY_STATUSES, 'invalidChoice')).optional(),
  jurisdiction: z.enum(['PL', 'UA'], 'invalidChoice').optional(),
  assigneePersonId: z.string().max(40).optional(),
  due: z.enum(['overdue', 'soon', 'all'], 'invalidChoice').default('all'),
  q: z.string().max(200, 'tooLong').optional(),
  sort: z.enum(SORT_FIELDS, 'invalidChoice').default('dueAt'),
  dir: z.enum(['asc', 'desc'], 'invalidChoice').default('asc'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type InquiryListQuery = z.input<typeof InquiryListQuerySchema>;
export type InquiryListQueryParsed = z.output<typeof InquiryListQuerySchema>;

/** "Due soon" on the dashboard and in the filter: the next 48 hours. */
export const DUE_SOON_MS = 48 * 60 * 60 * 1000;
