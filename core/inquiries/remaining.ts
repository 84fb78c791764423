import { differenceInCalendarDays, parseISO } from 'date-fns';
import { localDateOf, workingDaysBetween } from '../deadlines';
import { OPEN_STATUSES, type Inquiry } from './schema';

/** How much time is left, in the words a press officer uses: "due in 2 working days", "overdue by 3 days". */
export type Remaining =
  | { kind: 'closed' }
  | { kind: 'suspended' }
  | { kind: 'dueToday' }
  | { kind: 'dueInWorkingDays'; count: number }
  | { kind: 'dueInDays'; count: number }
  | { kind: 'dueInHours'; count: number }
  | { kind: 'overdueDays'; count: number }
  | { kind: 'overdueHours'; count: number };

type Clocked = Pick<Inquiry, 'status' | 'dueAt' | 'dueDate' | 'suspended' | 'jurisdiction'>;

export interface CalendarOptions {
  timeZone: string;
  uaMartialLawEnd: string | null;
}

const HOUR = 3_600_000;

export function isOpen(inquiry: Pick<Inquiry, 'status'>): boolean {
  return OPEN_STATUSES.includes(inquiry.status);
}

export function remainingTime(inquiry: Clocked, now: string, options: CalendarOptions): Remaining {
  if (!isOpen(inquiry)) return { kind: 'closed' };
  if (inquiry.suspended || !inquiry.dueAt) return { kind: 'suspended' };
  const left = Date.parse(inquiry.dueAt) - Date.parse(now);

  if (!inquiry.dueDate) {
    // Hour rules (authorization, urgent requests): exact elapsed time.
    return left > 0
      ? { kind: 'dueInHours', count: Math.ceil(left / HOUR) }
      : { kind: 'overdueHours', count: Math.max(1, Math.ceil(-left / HOUR)) };
  }

  const today = localDateOf(now, options.timeZone);
  if (left <= 0) {
    return {
      kind: 'overdueDays',
      count: Math.max(1, differenceInCalendarDays(parseISO(today), parseISO(inquiry.dueDate))),
    };
  }
  if (today === inquiry.dueDate) return { kind: 'dueToday' };
  const working = workingDaysBetween(today, inquiry.dueDate, inquiry.jurisdiction, {
    uaMartialLawEnd: options.uaMartialLawEnd,
  });
  if (working > 0) return { kind: 'dueInWorkingDays', count: working };
  return { kind: 'dueInDays', count: differenceInCalendarDays(parseISO(inquiry.dueDate), parseISO(today)) };
}
