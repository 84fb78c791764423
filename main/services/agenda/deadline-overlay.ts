/**
 * Deadlines of the other modules over the calendar: open inquiries by their statutory due instant and
 * open decisions by their due day. The overlay is read-only; each item links to its record.
 */
import type { DeadlineOverlay } from '../../../core/api/contract';
import { localDateOf } from '../../../core/deadlines';
import { overdueDays } from '../../../core/decisions/overdue';
import { OPEN_DECISION_STATUSES } from '../../../core/decisions/schema';
import type { AppContext } from '../context';

export function deadlineOverlay(ctx: AppContext, fromMs: number, toMs: number, now: Date): DeadlineOverlay[] {
  const zone = ctx.settings.get().office.timeZone;
  const inquiries = ctx.inquiries
    .dueBetween(new Date(fromMs).toISOString(), new Date(toMs).toISOString())
    .filter((inquiry) => !inquiry.suspended && inquiry.dueAt)
    .map((inquiry): DeadlineOverlay => ({
      kind: 'inquiry',
      id: inquiry.id,
      title: `${inquiry.regNo}: ${inquiry.subject}`,
      // dueAt is the instant the deadline ends (local midnight after the last day); dueDate is that day.
      date: inquiry.dueDate ?? localDateOf(inquiry.dueAt as string, zone),
      at: inquiry.dueAt,
      overdue: Date.parse(inquiry.dueAt as string) < now.getTime(),
    }));
  const fromDay = localDateOf(new Date(fromMs).toISOString(), zone);
  const toDay = localDateOf(new Date(toMs).toISOString(), zone);
  const decisions = ctx.agenda.decisions
    .find({ status: OPEN_DECISION_STATUSES }, [{ field: 'dueDate' }])
    .filter((decision) => decision.dueDate >= fromDay && decision.dueDate <= toDay)
    .map((decision): DeadlineOverlay => ({
      kind: 'decision',
      id: decision.id,
      title: decision.title,
      date: decision.dueDate,
      at: null,
      overdue: overdueDays(decision, now, zone) > 0,
    }));
  return [...inquiries, ...decisions];
}
