/**
 * Overdue is computed, never typed: an open decision (assigned or in progress) is overdue from the day
 * after its due date, counted in the office's calendar (a decision due on Friday is on time all Friday
 * in Warsaw, whatever zone the workstation's clock is in).
 */
import { diffDays, localDateOf } from '../deadlines/local-date';
import {
  OPEN_DECISION_STATUSES,
  type Decision,
  type DecisionStatus,
  type DecisionViewStatus,
} from './schema';

export function isOpen(status: DecisionStatus): boolean {
  return OPEN_DECISION_STATUSES.includes(status);
}

/** Days past the due date in the office's calendar; 0 when not overdue. */
export function overdueDays(
  decision: Pick<Decision, 'status' | 'dueDate'>,
  now: Date,
  timeZone: string,
): number {
  if (!isOpen(decision.status)) return 0;
  return Math.max(0, diffDays(decision.dueDate, localDateOf(now.toISOString(), timeZone)));
}

export function viewStatus(
  decision: Pick<Decision, 'status' | 'dueDate'>,
  now: Date,
  timeZone: string,
): DecisionViewStatus {
  return overdueDays(decision, now, timeZone) > 0 ? 'overdue' : decision.status;
}

/** The control view's order: overdue first (most late first), then by due date, then by ordinal. */
export function compareForControl(
  a: { overdueDays: number; dueDate: string; ordinal: number },
  b: { overdueDays: number; dueDate: string; ordinal: number },
): number {
  if (a.overdueDays > 0 !== b.overdueDays > 0) return a.overdueDays > 0 ? -1 : 1;
  return a.dueDate.localeCompare(b.dueDate) || a.ordinal - b.ordinal;
}

/** What a progress entry does to the stored fields. Done means 100 %; progress on an assigned one starts it. */
export function applyProgress(
  current: Pick<Decision, 'status' | 'progress'>,
  change: { status?: DecisionStatus | undefined; progress?: number | undefined },
  now: Date,
): { status: DecisionStatus; progress: number; doneAt?: string | null } {
  let status = change.status ?? current.status;
  let progress = change.progress ?? current.progress;
  if (status === 'done') progress = 100;
  else if (change.progress !== undefined && change.progress === 100 && change.status === undefined)
    status = 'done';
  else if (status === 'assigned' && progress > 0) status = 'in_progress';
  const doneAt =
    status === 'done' && current.status !== 'done' ? now.toISOString() : status !== 'done' ? null : undefined;
  return { status, progress, ...(doneAt !== undefined ? { doneAt } : {}) };
}
