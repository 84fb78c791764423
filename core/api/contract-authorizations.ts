/** The interview authorizations part of the one API contract (spread into contract.ts). */
import { z } from 'zod';
import {
  AuthorizationCreateSchema,
  AuthorizationSchema,
  AuthorizationUpdateSchema,
  AUTHORIZATION_STATUSES,
} from '../authorizations';

const ById = z.object({ id: z.string().min(1, 'required').max(64, 'tooLong') });
const Citation = z.object({ act: z.string(), article: z.string() });

/** A record as the screens show it: the stored one plus what the clock and the law make of it now. */
export const AuthorizationViewSchema = AuthorizationSchema.extend({
  effectiveStatus: z.enum(AUTHORIZATION_STATUSES),
  dueAt: z.string(),
  citation: Citation.nullable(),
  remainingMs: z.number(),
  overdue: z.boolean(),
});
export type AuthorizationView = z.infer<typeof AuthorizationViewSchema>;

const Segment = z.object({ kind: z.string(), text: z.string() });

export const authorizationsContract = {
  'authorizations.list': {
    input: z.object({ status: z.array(z.enum(AUTHORIZATION_STATUSES, 'invalidChoice')).max(5).default([]) }),
    output: z.object({ now: z.string(), items: z.array(AuthorizationViewSchema) }),
  },
  'authorizations.get': {
    input: ById,
    output: z.object({
      now: z.string(),
      authorization: AuthorizationViewSchema,
      legalEffect: z.object({ kind: z.string(), citation: Citation.nullable() }),
      /** Received vs authorized, side by side (empty until there is an authorized text). */
      diff: z.array(z.object({ kind: z.string(), left: z.array(Segment), right: z.array(Segment) })),
      /** Art. 14a ust. 6: new questions or answers, or a changed order, are not authorization. */
      structure: z
        .object({
          addedQuestions: z.array(z.string()),
          addedAnswers: z.array(z.string()),
          reordered: z.boolean(),
          warning: z.boolean(),
          citation: Citation,
        })
        .nullable(),
    }),
  },
  'authorizations.create': { input: AuthorizationCreateSchema, output: AuthorizationViewSchema },
  'authorizations.update': { input: AuthorizationUpdateSchema, output: AuthorizationViewSchema },
  'authorizations.decide': {
    input: z.discriminatedUnion('action', [
      z.object({
        id: z.string().min(1).max(64),
        action: z.literal('authorize'),
        authorizedText: z.string().max(90_000, 'tooLong').optional(),
        decidedAt: z.iso.datetime({ offset: true, error: 'invalidDateTime' }),
      }),
      z.object({
        id: z.string().min(1).max(64),
        action: z.literal('refuse'),
        reason: z.string().trim().min(1, 'required').max(5000, 'tooLong'),
        decidedAt: z.iso.datetime({ offset: true, error: 'invalidDateTime' }),
      }),
    ]),
    output: AuthorizationViewSchema,
  },
  /** The reply for the journalist in the office's language (status-dependent text). */
  'authorizations.reply': { input: ById, output: z.object({ text: z.string() }) },
} as const;
