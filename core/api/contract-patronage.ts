/**
 * The honorary patronage part of the one API contract (spread into contract.ts): applications, the
 * review checklist and decision, the decision letter and diploma (letters module, registered), the
 * applicant's obligations after a grant, attachments, and the register of patronages (.xlsx).
 */
import { z } from 'zod';
import { FileInSchema as FileIn, FileOutSchema as FileOut } from './files';
import { LetterSchema } from '../letters/schema';
import {
  PATRONAGE_STATUSES,
  PatronageApplicationSchema,
  PatronageChecklistAnswerSchema,
  PatronageCreateSchema,
  PatronageLogoApprovalSchema,
  PatronageReportSchema,
  PatronageTransitionSchema,
  PatronageUpdateSchema,
} from '../patronage/schema';

const Id = z.string().min(1, 'required').max(64, 'tooLong');
const ById = z.object({ id: Id });
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');

const ObligationSchema = z.object({
  kind: z.enum(['logoApproval', 'report']),
  dueDate: z.string().nullable(),
  status: z.enum(['pending', 'done', 'overdue', 'notApplicable']),
  daysLeft: z.number().nullable(),
});

/** An application as the screens show it: the stored record plus what the rules make of it today. */
export const PatronageViewSchema = PatronageApplicationSchema.extend({
  leadTime: z.object({ late: z.boolean(), daysBefore: z.number(), latestOnTimeDate: z.string() }),
  obligations: z.array(ObligationSchema),
  allowedActions: z.array(z.enum(['startReview', 'grant', 'refuse', 'withdraw'])),
  /** Criteria of the office's checklist not answered yet (ids). */
  unanswered: z.array(z.string()),
  /** The same applicant's earlier granted patronages whose report is overdue. */
  missingReports: z.array(z.object({ id: z.string(), eventTitle: z.string(), dueDate: z.string() })),
  /** The names the files came with, by sha256 (given with one application, not in lists). */
  fileNames: z.record(z.string(), z.string()).optional(),
});
export type PatronageView = z.infer<typeof PatronageViewSchema>;

export const PatronageListQuerySchema = z.object({
  q: z.string().trim().max(200, 'tooLong').default(''),
  status: z.array(z.enum(PATRONAGE_STATUSES, 'invalidChoice')).max(5, 'tooMany').default([]),
  /** Only granted patronages with an overdue obligation. */
  overdueOnly: z.boolean().default(false),
});

const DocumentInput = z.object({
  id: Id,
  /** Date on the letter (office day). */
  date: LocalDate,
  /** An office template of the right kind; default the built-in one. */
  templateId: Id.optional(),
  format: z.enum(['docx', 'pdf'], 'invalidChoice').default('docx'),
});

const DocumentOutput = z.object({ file: FileOut, letter: LetterSchema });

export const patronageContract = {
  'patronage.list': {
    input: PatronageListQuerySchema,
    output: z.object({ now: z.string(), items: z.array(PatronageViewSchema) }),
  },
  'patronage.get': {
    input: ById,
    output: z.object({
      now: z.string(),
      application: PatronageViewSchema,
      /** The office's checklist, labels in the office's language. */
      criteria: z.array(z.object({ id: z.string(), label: z.string() })),
      /** Register entries produced for it (decision letter, diplomas). */
      letters: z.array(LetterSchema),
      canEdit: z.boolean(),
    }),
  },
  'patronage.create': { input: PatronageCreateSchema, output: PatronageViewSchema },
  'patronage.update': { input: PatronageUpdateSchema, output: PatronageViewSchema },
  'patronage.answer': { input: PatronageChecklistAnswerSchema, output: PatronageViewSchema },
  'patronage.transition': { input: PatronageTransitionSchema, output: PatronageViewSchema },
  'patronage.logoApproval': { input: PatronageLogoApprovalSchema, output: PatronageViewSchema },
  'patronage.report': { input: PatronageReportSchema, output: PatronageViewSchema },
  /** Adds a file to the application's attachments or to its report (photos). */
  'patronage.attach': {
    input: z.object({ id: Id, target: z.enum(['application', 'report'], 'invalidChoice'), file: FileIn }),
    output: PatronageViewSchema,
  },
  'patronage.attachment': {
    input: z.object({ id: Id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    output: FileOut,
  },
  /** The decision letter (granted or refused), numbered and registered in outgoing correspondence. */
  'patronage.decisionLetter': { input: DocumentInput, output: DocumentOutput },
  /** A diploma for a granted patronage that asked for a prize or diploma. */
  'patronage.diploma': {
    input: DocumentInput.extend({ recipientName: z.string().trim().max(300, 'tooLong').optional() }),
    output: DocumentOutput,
  },
  'patronage.exportXlsx': { input: PatronageListQuerySchema, output: FileOut },
} as const;
