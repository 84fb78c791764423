import { z } from 'zod';
import {
  InquiryCreateSchema,
  InquiryListQuerySchema,
  InquirySchema,
  InquiryTransitionSchema,
  InquiryUpdateSchema,
  INQUIRY_STATUSES,
  InstantSchema,
  RuleIdSchema,
} from '../inquiries/schema';
import { SettingsSchema } from '../settings/schema';
import type { AppErrorData } from '../errors';
import { agendaContract } from './contract-agenda';
import { authorizationsContract } from './contract-authorizations';
import { contactsContract } from './contract-contacts';
import { patronageContract } from './contract-patronage';
import { lettersContract } from './contract-letters';
import { todayContract } from './contract-today';
import { FileOutSchema } from './files';
export type { CalendarItem, DeadlineOverlay, EventConflict } from './contract-agenda';

/**
 * The one API contract between the renderer and the main-side services.
 * Both transports (Electron IPC and browser-mode HTTP) validate every call against it:
 * input on the way in, output on the way out. Method names are `module.verb`.
 */
const Empty = z.object({}).strict();
const ById = z.object({ id: z.string().min(1, 'required').max(64, 'tooLong') });

export const CitationSchema = z.object({ act: z.string(), article: z.string() });
export const ExplanationStepSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const DeadlineResultSchema = z.object({
  rule: z.string(),
  dueAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  timeZone: z.string(),
  citation: CitationSchema,
  confidence: z.enum(['H', 'M', 'U']),
  explanation: z.array(ExplanationStepSchema),
  suspended: z.boolean(),
  flags: z.array(z.string()),
});
export const RuleMetaSchema = z.object({
  id: z.string(),
  jurisdiction: z.enum(['PL', 'UA']),
  unit: z.enum(['hours', 'days', 'workingDays', 'months']),
  amount: z.number(),
  citation: CitationSchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  confidence: z.enum(['H', 'M', 'U']),
  rollForward: z.string(),
  capRule: z.string().optional(),
  soft: z.boolean().optional(),
  bindsPublicBody: z.boolean().optional(),
  notes: z.array(z.string()),
});

export const ChangeEntrySchema = z.object({
  seq: z.number(),
  hlc: z.string(),
  at: z.string(),
  deviceId: z.string(),
  userName: z.string(),
  field: z.string(),
  value: z.unknown(),
  op: z.enum(['insert', 'update', 'delete']),
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** A generated document travels as base64 so both transports carry it the same way. */
export { FileOutSchema, type FileOut } from './files';

export const SyncViewSchema = z.object({
  configured: z.boolean(),
  serverUrl: z.string().nullable(),
  userName: z.string().nullable(),
  role: z.string().nullable(),
  online: z.boolean(),
  syncing: z.boolean(),
  lastSyncAt: z.string().nullable(),
  pending: z.number(),
  rejected: z.number(),
  conflicts: z.number(),
  lastError: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable(),
});
export type SyncView = z.infer<typeof SyncViewSchema>;

const ConflictSideSchema = z.object({
  value: z.unknown(),
  hlc: z.string(),
  userName: z.string(),
  at: z.string().nullable(),
});
export const SyncConflictSchema = z.object({
  id: z.string(),
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  winner: ConflictSideSchema,
  loser: ConflictSideSchema,
  detectedAt: z.string(),
  /** What a person recognises the record by, e.g. an inquiry's number and subject. */
  label: z.string(),
});
export const RejectedChangeSchema = z.object({
  key: z.string(),
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  value: z.unknown(),
  at: z.string(),
  userName: z.string(),
  code: z.string(),
  message: z.string(),
  label: z.string(),
});

const WarningsSchema = z.array(
  z.enum(['uaJournalistAsAppeal', 'plArt4NotBinding', 'ruleOfOtherJurisdiction']),
);

export const contract = {
  'system.info': {
    input: Empty,
    output: z.object({
      appVersion: z.string(),
      mode: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      deviceId: z.string(),
      now: z.string(),
    }),
  },
  'settings.get': { input: Empty, output: SettingsSchema },
  'settings.update': { input: SettingsSchema, output: SettingsSchema },
  'deadlines.rules': {
    input: z.object({ jurisdiction: z.enum(['PL', 'UA']).optional() }),
    output: z.array(RuleMetaSchema),
  },
  'deadlines.preview': {
    input: z.object({
      ruleId: RuleIdSchema,
      start: InstantSchema,
      jurisdiction: z.enum(['PL', 'UA'], 'invalidChoice'),
    }),
    output: z.object({
      deadline: DeadlineResultSchema.nullable(),
      errorCode: z.string().nullable(),
      warnings: WarningsSchema,
    }),
  },
  'inquiries.list': {
    input: InquiryListQuerySchema,
    output: z.object({ now: z.string(), total: z.number(), items: z.array(InquirySchema) }),
  },
  'inquiries.get': {
    input: ById,
    output: z.object({
      now: z.string(),
      inquiry: InquirySchema,
      deadline: DeadlineResultSchema.nullable(),
      allowedActions: z.array(z.string()),
      warnings: WarningsSchema,
    }),
  },
  'inquiries.create': { input: InquiryCreateSchema, output: InquirySchema },
  'inquiries.update': { input: InquiryUpdateSchema, output: InquirySchema },
  'inquiries.transition': { input: InquiryTransitionSchema, output: InquirySchema },
  'inquiries.history': { input: ById, output: z.array(ChangeEntrySchema) },
  'inquiries.dashboard': {
    input: Empty,
    output: z.object({
      now: z.string(),
      overdue: z.array(InquirySchema),
      dueSoon: z.array(InquirySchema),
      countsByStatus: z.partialRecord(z.enum(INQUIRY_STATUSES), z.number()),
    }),
  },
  'inquiries.exportXlsx': { input: InquiryListQuerySchema, output: FileOutSchema },
  'inquiries.answerDocx': { input: ById, output: FileOutSchema },
  'inquiries.refusalDocx': { input: ById, output: FileOutSchema },
  'sync.status': { input: Empty, output: SyncViewSchema },
  'sync.login': {
    input: z.object({
      serverUrl: z.url({ protocol: /^https?$/, error: 'invalidUrl' }),
      username: z.string().trim().min(1, 'required').max(100, 'tooLong'),
      password: z.string().min(1, 'required').max(1000, 'tooLong'),
      allowInsecure: z.boolean().default(false),
    }),
    output: SyncViewSchema,
  },
  'sync.logout': { input: Empty, output: SyncViewSchema },
  'sync.now': { input: Empty, output: SyncViewSchema },
  'sync.conflicts': { input: Empty, output: z.array(SyncConflictSchema) },
  'sync.resolveConflict': {
    input: z.object({ id: z.string().min(1).max(64), keep: z.enum(['winner', 'loser'], 'invalidChoice') }),
    output: SyncViewSchema,
  },
  'sync.rejected': { input: Empty, output: z.array(RejectedChangeSchema) },
  'sync.acknowledgeRejected': { input: Empty, output: SyncViewSchema },
  ...agendaContract,
  ...lettersContract,
  ...todayContract,
  ...authorizationsContract,
  ...contactsContract,
  ...patronageContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

const ReminderBriefSchema = z.object({
  key: z.string(),
  module: z.string(),
  kind: z.string(),
  title: z.string(),
  dueInstant: z.string(),
  leadMinutes: z.number().nullable(),
  link: z.object({ route: z.string(), id: z.string().optional() }),
});
export type ReminderBrief = z.infer<typeof ReminderBriefSchema>;

/** Events main-side services push to the renderer (both transports). */
export const EventSchema = z.union([
  z.object({ type: z.literal('data.changed'), table: z.string() }),
  /** Progress of a long job the renderer started (e.g. a batch of letters), so it can show and cancel it. */
  z.object({ type: z.literal('job.progress'), jobId: z.string(), done: z.number(), total: z.number() }),
  /** Deadline reminders to show now, those missed while the app was closed, and the badge count. */
  z.object({
    type: z.literal('reminders'),
    fire: z.array(ReminderBriefSchema),
    catchUp: z.array(ReminderBriefSchema),
    badge: z.number(),
  }),
]);
export type AppEvent = z.infer<typeof EventSchema>;

/** The envelope every call returns, in both transports. */
export type CallResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
