/**
 * Decisions taken at the mayor's meetings and their follow-up by departments (seed 004 item 7).
 * The stored status is what people set (assigned, in progress, done, cancelled); "overdue" is never
 * typed: it is computed from the due date and the office's calendar day (overdue.ts).
 */
import { z } from 'zod';
import { partialUpdate } from '../api/partial';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');
const ById = z.string().min(1, 'required').max(64, 'tooLong');
const OptionalId = z.string().max(64, 'tooLong').nullable().default(null);

export const DECISION_STATUSES = ['assigned', 'in_progress', 'done', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
/** What a view shows: the stored status, or overdue when an open decision is past its due date. */
export const DECISION_VIEW_STATUSES = [...DECISION_STATUSES, 'overdue'] as const;
export type DecisionViewStatus = (typeof DECISION_VIEW_STATUSES)[number];
export const OPEN_DECISION_STATUSES: readonly DecisionStatus[] = ['assigned', 'in_progress'];

export const DecisionSchema = z.object({
  id: z.string(),
  protocolId: z.string(),
  ordinal: z.number(),
  title: z.string(),
  departmentId: z.string().nullable(),
  responsiblePersonId: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(DECISION_STATUSES),
  progress: z.number(),
  doneAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A decision as lists show it, with what is computed from the clock. */
export const DecisionViewSchema = DecisionSchema.extend({
  viewStatus: z.enum(DECISION_VIEW_STATUSES),
  overdueDays: z.number(),
  protocolTitle: z.string(),
  protocolDate: z.string(),
});
export type DecisionView = z.infer<typeof DecisionViewSchema>;

export const DecisionCreateSchema = z.object({
  protocolId: ById,
  title: required(2000),
  departmentId: OptionalId,
  responsiblePersonId: OptionalId,
  dueDate: LocalDate,
});
export type DecisionCreate = z.output<typeof DecisionCreateSchema>;

/** The protocol's text of a decision: locked with the protocol once it is approved. */
export const DecisionUpdateSchema = partialUpdate(DecisionCreateSchema.omit({ protocolId: true })).extend({
  id: ById,
});
export type DecisionUpdate = z.output<typeof DecisionUpdateSchema>;

/** Follow-up, open also after approval: status, progress and a note for the timeline. */
export const DecisionProgressSchema = z
  .object({
    id: ById,
    status: z.enum(DECISION_STATUSES, 'invalidChoice').optional(),
    progress: z.number().int('invalid').min(0, 'invalid').max(100, 'invalid').optional(),
    note: text(5000).default(''),
    cancelReason: text(2000).optional(),
  })
  .refine((p) => p.status !== 'cancelled' || (p.cancelReason ?? '').length > 0, {
    message: 'required',
    path: ['cancelReason'],
  })
  .refine((p) => p.status !== undefined || p.progress !== undefined || p.note.length > 0, {
    message: 'required',
    path: ['note'],
  });
export type DecisionProgress = z.output<typeof DecisionProgressSchema>;

export const DecisionNoteSchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  at: z.string(),
  author: z.string(),
  text: z.string(),
  status: z.enum(DECISION_STATUSES).nullable(),
  progress: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DecisionNote = z.infer<typeof DecisionNoteSchema>;

export const DecisionListQuerySchema = z.object({
  protocolId: z.string().max(64, 'tooLong').optional(),
  departmentId: z.string().max(64, 'tooLong').optional(),
  responsiblePersonId: z.string().max(64, 'tooLong').optional(),
  status: z.array(z.enum(DECISION_VIEW_STATUSES, 'invalidChoice')).max(5, 'tooMany').default([]),
  /** Only assigned / in progress (the control view's default). */
  openOnly: z.boolean().default(false),
});
export type DecisionListQuery = z.output<typeof DecisionListQuerySchema>;
