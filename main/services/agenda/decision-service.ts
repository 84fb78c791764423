/**
 * Decisions and their follow-up. The text of a decision belongs to its protocol and is locked with it;
 * status, progress and notes stay open so departments can report. Overdue is computed on every read.
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { parseOrThrow } from '../../../core/api/validate';
import {
  applyProgress,
  compareForControl,
  isOpen,
  overdueDays,
  viewStatus,
} from '../../../core/decisions/overdue';
import {
  DecisionCreateSchema,
  DecisionListQuerySchema,
  DecisionProgressSchema,
  DecisionUpdateSchema,
  type Decision,
  type DecisionListQuery,
  type DecisionView,
} from '../../../core/decisions/schema';
import { AppError } from '../../../core/errors';
import { assertEditable } from '../../../core/protocols/lifecycle';
import type { AppContext } from '../context';

const changed = (ctx: AppContext) => ctx.emit({ type: 'data.changed', table: 'decisions' });

export function decisionsOfProtocol(ctx: AppContext, protocolId: string): Decision[] {
  return ctx.agenda.decisions.find({ protocolId }, [{ field: 'ordinal' }, { field: 'createdAt' }]);
}

export function decisionViews(ctx: AppContext, decisions: readonly Decision[], now: Date): DecisionView[] {
  const zone = ctx.settings.get().office.timeZone;
  const protocols = new Map<string, { title: string; date: string }>();
  return decisions.map((decision) => {
    let protocol = protocols.get(decision.protocolId);
    if (!protocol) {
      const found = ctx.agenda.protocols.get(decision.protocolId);
      protocol = { title: found?.title ?? '', date: found?.date ?? '' };
      protocols.set(decision.protocolId, protocol);
    }
    return {
      ...decision,
      viewStatus: viewStatus(decision, now, zone),
      overdueDays: overdueDays(decision, now, zone),
      protocolTitle: protocol.title,
      protocolDate: protocol.date,
    };
  });
}

/** The control view: filtered, overdue first, then by due date. */
export function listDecisions(
  ctx: AppContext,
  input: MethodInput<'decisions.list'>,
): MethodOutput<'decisions.list'> {
  const now = ctx.clock();
  return {
    now: now.toISOString(),
    items: queryDecisions(ctx, parseOrThrow(DecisionListQuerySchema, input), now),
  };
}

export function queryDecisions(ctx: AppContext, query: DecisionListQuery, now: Date): DecisionView[] {
  const rows = ctx.agenda.decisions.find(
    {
      protocolId: query.protocolId,
      departmentId: query.departmentId,
      responsiblePersonId: query.responsiblePersonId,
    },
    [{ field: 'dueDate' }, { field: 'ordinal' }],
  );
  const wanted = new Set(query.status);
  return decisionViews(ctx, rows, now)
    .filter((d) => !query.openOnly || isOpen(d.status))
    .filter((d) => wanted.size === 0 || wanted.has(d.viewStatus))
    .sort(compareForControl);
}

export function createDecision(ctx: AppContext, input: MethodInput<'decisions.create'>): Decision {
  const fields = parseOrThrow(DecisionCreateSchema, input);
  const created = ctx.agenda.transaction(() => {
    assertEditable(requireProtocolOf(ctx, fields.protocolId));
    const ordinal =
      decisionsOfProtocol(ctx, fields.protocolId).reduce((max, d) => Math.max(max, d.ordinal), 0) + 1;
    return ctx.agenda.decisions.insert({
      ...fields,
      ordinal,
      status: 'assigned',
      progress: 0,
      doneAt: null,
      cancelReason: null,
    });
  });
  changed(ctx);
  return created;
}

export function updateDecision(ctx: AppContext, input: MethodInput<'decisions.update'>): Decision {
  const { id, ...patch } = parseOrThrow(DecisionUpdateSchema, input);
  const updated = ctx.agenda.transaction(() => {
    const decision = requireDecision(ctx, id);
    assertEditable(requireProtocolOf(ctx, decision.protocolId));
    return ctx.agenda.decisions.update(id, patch);
  });
  changed(ctx);
  return updated;
}

export function removeDecision(ctx: AppContext, id: string): { removed: boolean } {
  ctx.agenda.transaction(() => {
    const decision = requireDecision(ctx, id);
    assertEditable(requireProtocolOf(ctx, decision.protocolId));
    ctx.agenda.decisions.tombstone(id);
  });
  changed(ctx);
  return { removed: true };
}

/** A progress report: new status and/or percentage, and a note on the decision's timeline. */
export function reportProgress(ctx: AppContext, input: MethodInput<'decisions.progress'>): Decision {
  const report = parseOrThrow(DecisionProgressSchema, input);
  const updated = ctx.agenda.transaction(() => {
    const decision = requireDecision(ctx, report.id);
    if (decision.status === 'done' || decision.status === 'cancelled') {
      if (report.status === undefined || report.status === decision.status) {
        throw new AppError('NOT_ALLOWED', { reason: 'decisionClosed' });
      }
    }
    const now = ctx.clock();
    const next = applyProgress(decision, report, now);
    const saved = ctx.agenda.decisions.update(decision.id, {
      ...next,
      ...(next.status === 'cancelled' ? { cancelReason: report.cancelReason ?? null } : {}),
    });
    ctx.agenda.notes.insert({
      decisionId: decision.id,
      at: now.toISOString(),
      author: ctx.settings.get().userName,
      text: report.note,
      status: next.status !== decision.status ? next.status : null,
      progress: next.progress !== decision.progress ? next.progress : null,
    });
    return saved;
  });
  changed(ctx);
  return updated;
}

export function decisionNotes(ctx: AppContext, id: string): MethodOutput<'decisions.notes'> {
  requireDecision(ctx, id);
  return ctx.agenda.notes.find({ decisionId: id }, [
    { field: 'at', desc: true },
    { field: 'createdAt', desc: true },
  ]);
}

function requireDecision(ctx: AppContext, id: string): Decision {
  const decision = ctx.agenda.decisions.get(id);
  if (!decision) throw new AppError('NOT_FOUND', { id });
  return decision;
}

function requireProtocolOf(ctx: AppContext, protocolId: string) {
  const protocol = ctx.agenda.protocols.get(protocolId);
  if (!protocol) throw new AppError('NOT_FOUND', { id: protocolId });
  return protocol;
}
