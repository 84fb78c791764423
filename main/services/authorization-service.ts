/**
 * Interview authorizations (Prawo prasowe art. 14a): registering a request, the interviewee's decision,
 * the deemed authorization at the exact deadline (made by the reminder tick, so it is recorded and synced
 * even when nobody opens the record), the diff of received and authorized text, and the reply.
 */
import type { MethodInput, MethodOutput } from '../../core/api/contract';
import type { AuthorizationView } from '../../core/api/contract-authorizations';
import { parseOrThrow } from '../../core/api/validate';
import {
  applyDecision,
  applyUpdate,
  authorizationDeadline,
  AuthorizationCreateSchema,
  effectiveStatus,
  legalEffect,
  newQuestionsOrAnswers,
  NEW_AUTHORIZATION_STATE,
  remaining,
  replyText,
  sideBySideDiff,
  type Authorization,
} from '../../core/authorizations';
import { AppError } from '../../core/errors';
import type { DueItem } from '../../core/reminders';
import type { AppContext } from './context';

const changed = (ctx: AppContext) => ctx.emit({ type: 'data.changed', table: 'authorizations' });
const officeOf = (ctx: AppContext) => {
  const office = ctx.settings.get().office;
  return { timeZone: office.timeZone, uaMartialLawEnd: office.uaMartialLawEnd };
};

function view(ctx: AppContext, record: Authorization, now: string): AuthorizationView {
  const office = officeOf(ctx);
  const deadline = authorizationDeadline(record, office);
  const left = remaining(record, now, office);
  return {
    ...record,
    effectiveStatus: effectiveStatus(record, now, office),
    dueAt: deadline.dueAt,
    citation: deadline.citation,
    remainingMs: left.ms,
    overdue: left.overdue,
  };
}

function requireRecord(ctx: AppContext, id: string): Authorization {
  const record = ctx.authorizations.records.get(id);
  if (!record) throw new AppError('NOT_FOUND', { id });
  return record;
}

export function listAuthorizations(
  ctx: AppContext,
  input: MethodInput<'authorizations.list'>,
): MethodOutput<'authorizations.list'> {
  const now = ctx.clock().toISOString();
  const wanted = new Set(input.status ?? []);
  const items = ctx.authorizations.records
    .find({}, [{ field: 'handedOverAt', desc: true }])
    .map((r) => view(ctx, r, now))
    .filter((r) => wanted.size === 0 || wanted.has(r.effectiveStatus));
  return { now, items };
}

export function getAuthorization(ctx: AppContext, id: string): MethodOutput<'authorizations.get'> {
  const now = ctx.clock().toISOString();
  const record = requireRecord(ctx, id);
  const authorized = record.authorizedText;
  const diff = authorized
    ? sideBySideDiff(record.receivedText, authorized).rows.map((r) => ({
        kind: r.kind,
        left: r.left,
        right: r.right,
      }))
    : [];
  return {
    now,
    authorization: view(ctx, record, now),
    legalEffect: legalEffect(record, now, officeOf(ctx)),
    diff,
    structure: authorized ? newQuestionsOrAnswers(record.receivedText, authorized) : null,
  };
}

export function createAuthorization(
  ctx: AppContext,
  input: MethodInput<'authorizations.create'>,
): AuthorizationView {
  const fields = parseOrThrow(AuthorizationCreateSchema, input);
  const created = ctx.authorizations.transaction(() =>
    ctx.authorizations.records.insert({
      ...fields,
      handedOverAt: new Date(fields.handedOverAt).toISOString(),
      agreedDueAt: fields.agreedDueAt ? new Date(fields.agreedDueAt).toISOString() : null,
      attachments: fields.attachments ?? [],
      ...NEW_AUTHORIZATION_STATE,
    }),
  );
  changed(ctx);
  return view(ctx, created, ctx.clock().toISOString());
}

export function updateAuthorization(
  ctx: AppContext,
  input: MethodInput<'authorizations.update'>,
): AuthorizationView {
  const updated = ctx.authorizations.transaction(() => {
    const record = requireRecord(ctx, input.id);
    return ctx.authorizations.records.update(record.id, applyUpdate(record, input));
  });
  changed(ctx);
  return view(ctx, updated, ctx.clock().toISOString());
}

export function decideAuthorization(
  ctx: AppContext,
  input: MethodInput<'authorizations.decide'>,
): AuthorizationView {
  const now = ctx.clock().toISOString();
  const updated = ctx.authorizations.transaction(() => {
    const record = requireRecord(ctx, input.id);
    const decidedAt = new Date(input.decidedAt).toISOString();
    const decision =
      input.action === 'authorize'
        ? {
            id: record.id,
            action: 'authorize' as const,
            decidedAt,
            ...(input.authorizedText ? { authorizedText: input.authorizedText } : {}),
          }
        : { id: record.id, action: 'refuse' as const, decidedAt, reason: input.reason };
    return ctx.authorizations.records.update(
      record.id,
      applyDecision(record, decision, { now, office: officeOf(ctx) }),
    );
  });
  changed(ctx);
  return view(ctx, updated, now);
}

export function authorizationReply(ctx: AppContext, id: string): { text: string } {
  const record = requireRecord(ctx, id);
  const office = ctx.settings.get().office;
  const text = replyText(
    record,
    office.language,
    {
      officeName: office.officeName,
      signatoryName: office.signatoryName,
      signatoryFunction: office.signatoryFunction,
      timeZone: office.timeZone,
    },
    ctx.clock().toISOString(),
  );
  return { text };
}

/**
 * Records whose term is over without an answer become "deemed authorized" (art. 14a ust. 7), dated at the
 * deadline itself. Run by the reminder tick; returns how many changed.
 */
export function deemOverdue(ctx: AppContext): number {
  const now = ctx.clock().toISOString();
  const office = officeOf(ctx);
  const due = ctx.authorizations.records
    .find({ status: 'awaiting' })
    .filter((r) => effectiveStatus(r, now, office) === 'deemed_authorized');
  if (due.length === 0) return 0;
  ctx.authorizations.transaction(() => {
    for (const record of due) {
      ctx.authorizations.records.update(
        record.id,
        applyDecision(record, { id: record.id, action: 'deem', at: now }, { now, office }),
      );
    }
  });
  changed(ctx);
  return due.length;
}

/** Awaiting requests for the Today screen and the reminders: due at their exact deadline. */
export function authorizationDueItems(ctx: AppContext): DueItem[] {
  const office = officeOf(ctx);
  return ctx.authorizations.records.find({ status: 'awaiting' }).map((record) => {
    const deadline = authorizationDeadline(record, office);
    return {
      module: 'authorizations' as const,
      kind: 'authorization',
      recordId: record.id,
      title: `${record.interviewee}: ${record.outletName}`,
      link: { route: 'authorization', id: record.id },
      dueAt: deadline.dueAt,
      dueDate: null,
      ...(deadline.citation ? { citation: deadline.citation } : {}),
    };
  });
}
