import type { z } from 'zod';
import type { FieldIssue } from '../errors';

/**
 * zod issues → FieldIssue with our i18n keys. Our schemas put a key in every message; zod's own English
 * defaults (a wrong type from a hand-made input) become the generic 'invalidType' / 'invalid'.
 */
const KEY = /^[a-z][A-Za-z]+$/;

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: KEY.test(issue.message)
      ? issue.message
      : issue.code === 'invalid_type'
        ? 'invalidType'
        : 'invalid',
  }));
}
