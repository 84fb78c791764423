/**
 * Protocols and the decisions written in them. A draft is edited freely; approval locks the text and
 * keeps a snapshot of the approved version (decisions included); a new version needs a reason.
 * Every change runs in one transaction through the write path (audit + sync).
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { parseOrThrow } from '../../../core/api/validate';
import { AppError } from '../../../core/errors';
import { approve, assertEditable, reopen, snapshotOf } from '../../../core/protocols/lifecycle';
import { ProtocolCreateSchema, ProtocolUpdateSchema, type Protocol } from '../../../core/protocols/schema';
import type { AppContext } from '../context';
import { decisionsOfProtocol, decisionViews } from './decision-service';

const changed = (ctx: AppContext) => ctx.emit({ type: 'data.changed', table: 'protocols' });

export function listProtocols(ctx: AppContext): MethodOutput<'protocols.list'> {
  return ctx.agenda.protocols
    .find({}, [
      { field: 'date', desc: true },
      { field: 'createdAt', desc: true },
    ])
    .map((protocol) => {
      const decisions = decisionsOfProtocol(ctx, protocol.id);
      return {
        ...protocol,
        decisions: decisions.length,
        openDecisions: decisions.filter((d) => d.status === 'assigned' || d.status === 'in_progress').length,
      };
    });
}

export function getProtocol(ctx: AppContext, id: string): MethodOutput<'protocols.get'> {
  const protocol = requireProtocol(ctx, id);
  const now = ctx.clock();
  return {
    now: now.toISOString(),
    protocol,
    decisions: decisionViews(ctx, decisionsOfProtocol(ctx, id), now),
    versions: ctx.agenda.versions.find({ protocolId: id }, [{ field: 'version' }]),
  };
}

export function createProtocol(ctx: AppContext, input: MethodInput<'protocols.create'>): Protocol {
  const fields = parseOrThrow(ProtocolCreateSchema, input);
  if (fields.eventId && !ctx.calendar.get(fields.eventId))
    throw new AppError('NOT_FOUND', { id: fields.eventId });
  const created = ctx.agenda.transaction(() =>
    ctx.agenda.protocols.insert({
      ...fields,
      status: 'draft',
      version: 1,
      revisionReason: null,
      approvedAt: null,
      approvedBy: null,
    }),
  );
  changed(ctx);
  return created;
}

export function updateProtocol(ctx: AppContext, input: MethodInput<'protocols.update'>): Protocol {
  const { id, ...patch } = parseOrThrow(ProtocolUpdateSchema, input);
  const updated = ctx.agenda.transaction(() => {
    assertEditable(requireProtocol(ctx, id));
    return ctx.agenda.protocols.update(id, patch);
  });
  changed(ctx);
  return updated;
}

/** Approves and locks; the approved text is kept as the snapshot of this version. */
export function approveProtocol(ctx: AppContext, id: string): Protocol {
  const by = ctx.settings.get().userName;
  const approved = ctx.agenda.transaction(() => {
    const protocol = requireProtocol(ctx, id);
    const patch = approve(protocol, by, ctx.clock());
    const updated = ctx.agenda.protocols.update(id, patch);
    ctx.agenda.versions.insert({
      protocolId: id,
      version: updated.version,
      reason: updated.revisionReason,
      approvedAt: updated.approvedAt,
      approvedBy: updated.approvedBy,
      snapshot: snapshotOf(updated, decisionsOfProtocol(ctx, id)),
    });
    return updated;
  });
  changed(ctx);
  return approved;
}

export function newProtocolVersion(ctx: AppContext, input: MethodInput<'protocols.newVersion'>): Protocol {
  const reopened = ctx.agenda.transaction(() => {
    const protocol = requireProtocol(ctx, input.id);
    return ctx.agenda.protocols.update(protocol.id, reopen(protocol, input.reason));
  });
  changed(ctx);
  return reopened;
}

export function requireProtocol(ctx: AppContext, id: string): Protocol {
  const protocol = ctx.agenda.protocols.get(id);
  if (!protocol) throw new AppError('NOT_FOUND', { id });
  return protocol;
}
