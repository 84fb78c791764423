import { AppError } from '../../core/errors';
import type { Protocol } from '../../core/protocols/schema';
import { toLocalInput } from '../common/dates';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Anything a call threw, as an AppError the screens can translate. */
export function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('INTERNAL');
}

/** A textarea with one entry per line → the entries (blank lines dropped). */
export function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function fromLines(lines: readonly string[]): string {
  return lines.join('\n');
}

/** The office's calendar day (YYYY-MM-DD) of an instant. */
export function localDayOf(iso: string, timeZone: string): string {
  return toLocalInput(iso, timeZone).slice(0, 10);
}

/** "Draft", "Draft of version 2" or "Approved, version 2". */
export function protocolStatusText(t: T, protocol: Pick<Protocol, 'status' | 'version'>): string {
  if (protocol.status === 'approved') return t('protocols.approved', { version: protocol.version });
  return protocol.version > 1
    ? t('protocols.draftVersion', { version: protocol.version })
    : t('protocols.draft');
}

/** Issues of one line of a list field (`attendees.3`) shown on the list's textarea (`attendees`). */
export function onListFields(error: AppError, lists: readonly string[]): AppError {
  const issues = error.issues.map((issue) => {
    const list = lists.find((name) => issue.path.startsWith(`${name}.`));
    return list ? { ...issue, path: list } : issue;
  });
  return new AppError(error.code, error.params, issues);
}
