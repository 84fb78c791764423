/**
 * Honorary patronage (patronat honorowy / почесний патронат): an organisation applies for the mayor's
 * patronage, participation, a prize or diploma, or media patronage of its event; the office reviews it
 * against a checklist, grants or refuses it, and after a grant follows the applicant's obligations
 * (logo approval before the event, a report after it). Messages are i18n keys under `validation.`.
 *
 * Fields are flat (no nested "obligations" object) because sync merges field by field: recording the
 * logo approval on one workstation and the report on another must not overwrite each other.
 */
import { z } from 'zod';
import { partialUpdate } from '../api/partial';
import type { FieldIssue } from '../errors';
import { parseInstant } from '../deadlines/local-date';

export const PATRONAGE_REQUESTS = [
  'honorary_patronage',
  'participation',
  'prize_or_diploma',
  'media_patronage',
] as const;
export type PatronageRequest = (typeof PATRONAGE_REQUESTS)[number];
/** Requests that let the applicant print the city's logo, so its materials need approval. */
export const LOGO_REQUESTS: readonly PatronageRequest[] = ['honorary_patronage', 'media_patronage'];

export const PATRONAGE_STATUSES = ['received', 'under_review', 'granted', 'refused', 'withdrawn'] as const;
export type PatronageStatus = (typeof PATRONAGE_STATUSES)[number];
export const OPEN_PATRONAGE_STATUSES: readonly PatronageStatus[] = ['received', 'under_review'];

export const EVENT_SCOPES = ['local', 'regional', 'national', 'international'] as const;
export type EventScope = (typeof EVENT_SCOPES)[number];

export const InstantSchema = z.iso.datetime({ offset: true, error: 'invalidDateTime' });
const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const ById = z.string().min(1, 'required').max(64, 'tooLong');
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'invalid');
const files = z.array(Sha256Schema).max(100, 'tooMany');

/** Several requests may be ticked; kept once each, in the catalogue's order. */
export const RequestsSchema = z
  .array(z.enum(PATRONAGE_REQUESTS, 'invalidChoice'))
  .min(1, 'required')
  .max(20, 'tooMany')
  .transform((list) => PATRONAGE_REQUESTS.filter((r) => list.includes(r)));

/** One answered (or not yet answered: met null) criterion of the evaluation checklist. */
export const ChecklistAnswerSchema = z.object({
  met: z.boolean().nullable(),
  note: z.string(),
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

export const PatronageApplicationSchema = z.object({
  id: z.string(),
  applicantName: z.string(),
  /** The organisation in the contact directory, once there is one; matching falls back to the name. */
  applicantOrganisationId: z.string().nullable(),
  contactPerson: z.string(),
  contact: z.string(),
  eventTitle: z.string(),
  eventStart: z.string(),
  eventEnd: z.string(),
  eventPlace: z.string(),
  scope: z.enum(EVENT_SCOPES),
  audience: z.string(),
  expectedParticipants: z.number().nullable(),
  requests: z.array(z.enum(PATRONAGE_REQUESTS)),
  description: z.string(),
  receivedAt: z.string(),
  /** Files kept by content (sha256) in the data folder. */
  attachments: z.array(z.string()),
  /** criterionId → answer; a criterion of the settings missing here is unanswered. */
  checklist: z.record(z.string(), ChecklistAnswerSchema),
  status: z.enum(PATRONAGE_STATUSES),
  decidedAt: z.string().nullable(),
  /** Who decided (the mayor or a deputy), as typed: not necessarily the person at the workstation. */
  decidedBy: z.string().nullable(),
  refusalReason: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  logoApprovedAt: z.string().nullable(),
  reportReceivedAt: z.string().nullable(),
  reportNote: z.string(),
  /** Photos and documents that came with the report. */
  reportAttachments: z.array(z.string()),
  calendarEventId: z.string().nullable(),
  /** Register entries of outgoing correspondence: the decision letter, diplomas. */
  letterIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PatronageApplication = z.infer<typeof PatronageApplicationSchema>;

/** Fields a user types about an application. No defaults here: see the create schema. */
const EditableFields = {
  applicantName: required(300),
  applicantOrganisationId: z.string().max(64, 'tooLong').nullable(),
  contactPerson: text(200),
  contact: text(300),
  eventTitle: required(300),
  eventStart: InstantSchema,
  eventEnd: InstantSchema,
  eventPlace: required(300),
  scope: z.enum(EVENT_SCOPES, 'invalidChoice'),
  audience: text(2000),
  expectedParticipants: z
    .number('invalid')
    .int('invalid')
    .min(0, 'invalid')
    .max(100_000_000, 'invalid')
    .nullable(),
  requests: RequestsSchema,
  description: text(20_000),
  receivedAt: InstantSchema,
  attachments: files,
};

/** The event's end after its start, or the issue to report (for creates, and for updates once merged). */
export function eventSpanIssues(e: { eventStart: string; eventEnd: string }): FieldIssue[] {
  const start = parseInstant(e.eventStart);
  const end = parseInstant(e.eventEnd);
  if (start === null || end === null || end > start) return [];
  return [{ path: 'eventEnd', message: 'endBeforeStart' }];
}

export const PatronageCreateSchema = z
  .object({
    ...EditableFields,
    applicantOrganisationId: EditableFields.applicantOrganisationId.default(null),
    contactPerson: EditableFields.contactPerson.default(''),
    contact: EditableFields.contact.default(''),
    audience: EditableFields.audience.default(''),
    expectedParticipants: EditableFields.expectedParticipants.default(null),
    description: EditableFields.description.default(''),
    attachments: EditableFields.attachments.default([]),
  })
  .superRefine((e, ctx) => {
    for (const issue of eventSpanIssues(e)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
    }
  });
export type PatronageCreate = z.output<typeof PatronageCreateSchema>;

/**
 * Change only what was sent. When only one of the event's start and end is sent, the service checks
 * the merged record with `eventSpanIssues`; `assertUpdatable` (lifecycle.ts) says what a decided
 * application still lets change.
 */
export const PatronageUpdateSchema = partialUpdate(z.object(EditableFields))
  .extend({ id: ById })
  .superRefine((e, ctx) => {
    if (e.eventStart === undefined || e.eventEnd === undefined) return;
    for (const issue of eventSpanIssues({ eventStart: e.eventStart, eventEnd: e.eventEnd })) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
    }
  });
export type PatronageUpdate = z.output<typeof PatronageUpdateSchema>;

/** Answering one criterion of the checklist; `met: null` takes an answer back. */
export const PatronageChecklistAnswerSchema = z.object({
  id: ById,
  criterionId: ById,
  met: z.boolean('invalidChoice').nullable(),
  note: text(2000).optional(),
});
export type PatronageChecklistAnswerInput = z.output<typeof PatronageChecklistAnswerSchema>;

export const PatronageTransitionSchema = z.discriminatedUnion('action', [
  z.object({ id: ById, action: z.literal('startReview') }),
  z.object({ id: ById, action: z.literal('grant'), decidedAt: InstantSchema, decidedBy: required(200) }),
  z.object({
    id: ById,
    action: z.literal('refuse'),
    decidedAt: InstantSchema,
    decidedBy: required(200),
    reason: required(5000),
  }),
  z.object({ id: ById, action: z.literal('withdraw'), at: InstantSchema }),
]);
export type PatronageTransition = z.output<typeof PatronageTransitionSchema>;
export type PatronageAction = PatronageTransition['action'];

/** The applicant's materials with the city's logo were approved (`at: null` takes it back). */
export const PatronageLogoApprovalSchema = z.object({ id: ById, at: InstantSchema.nullable() });
export type PatronageLogoApproval = z.output<typeof PatronageLogoApprovalSchema>;

export const PatronageReportSchema = z.object({
  id: ById,
  receivedAt: InstantSchema,
  note: text(5000).default(''),
  attachments: files.default([]),
});
export type PatronageReport = z.output<typeof PatronageReportSchema>;
