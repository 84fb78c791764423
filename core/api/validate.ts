import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors';
import { CONTACT_VALIDATION_KEYS } from '../contacts/schema';

/** zod issue messages are our i18n keys; zod's own English defaults are mapped to a generic key. */
const OUR_KEYS = new Set([
  'required',
  'tooLong',
  'tooMany',
  'invalidDate',
  'invalidDateTime',
  'invalidChoice',
  'patternNeedsSeq',
  'resumeBeforePause',
  'invalidUrl',
  'endBeforeStart',
  'invalidRrule',
  'eventTooLong',
  'rangeTooLong',
  'invalidIcsFile',
  'invalidImage',
  'uaAgreedDeadlineOnly',
  'dueNotAfterHandover',
  'agreedDueAtWithStatutory',
  'receivedTextOrFile',
  'beforeHandover',
  'inFuture',
  'invalidSha256',
  'invalid',
  // The contact directory's own messages.
  ...CONTACT_VALIDATION_KEYS,
]);

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: OUR_KEYS.has(issue.message)
      ? issue.message
      : issue.code === 'invalid_type'
        ? 'invalidType'
        : 'invalid',
  }));
}

/** Parses or throws a translatable VALIDATION error; nothing is written on this path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('VALIDATION', {}, toFieldIssues(result.error));
  return result.data;
}
