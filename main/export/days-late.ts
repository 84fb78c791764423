import { localDateOf } from '../../core/deadlines';
import { OPEN_STATUSES, type Inquiry } from '../../core/inquiries/schema';

type Clocked = Pick<
  Inquiry,
  'status' | 'dueAt' | 'dueDate' | 'suspended' | 'answerSentAt' | 'refusedAt' | 'forwardedAt'
>;

const DAY_MS = 86_400_000;

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Calendar days an inquiry is (or was) late, counted between local dates in the office zone.
 * - open and past due: days from the local due date to local today, at least 1;
 * - answered / refused / forwarded after the due instant: days from the local due date to the local date
 *   of that act, at least 1 (an hour rule missed by a few hours is one day late);
 * - otherwise 0; null when there is no due date (suspended) or the inquiry was withdrawn.
 * For hour rules (no dueDate) the local due date is the local date of dueAt.
 */
export function daysLate(inquiry: Clocked, now: string, timeZone: string): number | null {
  if (!inquiry.dueAt || inquiry.status === 'withdrawn') return null;
  const dueDate = inquiry.dueDate ?? localDateOf(inquiry.dueAt, timeZone);
  const due = Date.parse(inquiry.dueAt);

  if (OPEN_STATUSES.includes(inquiry.status)) {
    // The same test as remainingTime(): due at dueAt means overdue from that instant on.
    if (inquiry.suspended) return null;
    if (Date.parse(now) < due) return 0;
    return Math.max(1, calendarDaysBetween(dueDate, localDateOf(now, timeZone)));
  }

  const closedAt =
    inquiry.status === 'answered'
      ? inquiry.answerSentAt
      : inquiry.status === 'refused'
        ? inquiry.refusedAt
        : inquiry.status === 'forwarded'
          ? inquiry.forwardedAt
          : null;
  if (!closedAt || Date.parse(closedAt) < due) return 0;
  return Math.max(1, calendarDaysBetween(dueDate, localDateOf(closedAt, timeZone)));
}
