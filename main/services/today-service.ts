/**
 * Everything due across the modules, for the Today screen and the reminders: open inquiries (their
 * answer and extension-notice deadlines), open decisions, awaiting interview authorizations and the
 * obligations of granted patronages (logo approval, report).
 */
import type { MethodInput, MethodOutput } from '../../core/api/contract';
import { OPEN_DECISION_STATUSES } from '../../core/decisions/schema';
import { OPEN_STATUSES } from '../../core/inquiries/schema';
import {
  badgeCount,
  decisionDueItem,
  groupDue,
  inquiryDueItems,
  patronageDueItems,
  type DueItem,
} from '../../core/reminders';
import { obligations } from '../../core/patronage/rules';
import { authorizationDueItems } from './authorization-service';
import type { AppContext } from './context';

export function dueItems(ctx: AppContext): DueItem[] {
  const items: DueItem[] = [];
  const now = ctx.clock();
  const query = {
    status: [...OPEN_STATUSES],
    sort: 'dueAt' as const,
    dir: 'asc' as const,
    due: 'all' as const,
    limit: 500,
    offset: 0,
  };
  for (let page = ctx.inquiries.list(query, now); page.items.length; page = ctx.inquiries.list(query, now)) {
    for (const inquiry of page.items) items.push(...inquiryDueItems(inquiry));
    query.offset += page.items.length;
  }
  for (const decision of ctx.agenda.decisions.find({ status: OPEN_DECISION_STATUSES })) {
    const item = decisionDueItem(decision);
    if (item) items.push(item);
  }
  items.push(...authorizationDueItems(ctx));
  const settings = ctx.settings.get();
  for (const app of ctx.patronage.records.find({ status: 'granted' })) {
    const owed = obligations(app, settings.patronage, settings.office.timeZone, now);
    items.push(...patronageDueItems(app, owed));
  }
  return items;
}

export function todayView(ctx: AppContext, input: MethodInput<'today.list'>): MethodOutput<'today.list'> {
  const now = ctx.clock();
  const groups = groupDue(dueItems(ctx), now, ctx.settings.get().office.timeZone, input.horizonDays ?? 7);
  return { now: now.toISOString(), ...groups, badge: badgeCount(groups) };
}
