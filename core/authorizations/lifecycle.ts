import { AppError, type FieldIssue } from '../errors';
import { authorizationDeadline, type OfficeClock } from './deadline';
import { normalizeWhitespace } from './diff';
import {
  AuthorizationUpdateSchema,
  crossFieldIssues,
  type Authorization,
  type AuthorizationDecision,
  type AuthorizationStatus,
  type AuthorizationUpdate,
  type DecisionAction,
} from './schema';

/**
 * The authorization state machine. Pure: the caller passes the clock (`now`) and the office's zone, and
 * stores the returned patch.
 *
 *   awaiting ──authorize──▶ authorized | authorized_with_changes   (decided before dueAt)
 *   awaiting ──refuse─────▶ refused                                (decided before dueAt, reason required)
 *   awaiting ──deem───────▶ deemed_authorized                      (system, at/after dueAt)
 *   deemed_authorized ──noteLateAnswer──▶ (same status, note kept)
 */
const ALLOWED: Record<DecisionAction, readonly AuthorizationStatus[]> = {
  authorize: ['awaiting'],
  refuse: ['awaiting'],
  deem: ['awaiting'],
  // Also from `awaiting`: the system may not have run `deem` yet; the deadline check below decides.
  noteLateAnswer: ['awaiting', 'deemed_authorized'],
};

export interface Clock {
  /** The injected "now" (ISO instant). */
  now: string;
  office?: OfficeClock;
}

export type AuthorizationPatch = Partial<Omit<Authorization, 'id' | 'createdAt' | 'updatedAt'>>;

export function allowedDecisions(status: AuthorizationStatus): DecisionAction[] {
  return (Object.keys(ALLOWED) as DecisionAction[]).filter((action) => ALLOWED[action].includes(status));
}

/** Equal after NFC and collapsing every run of whitespace: a re-wrapped text is not a change. */
export function sameText(a: string, b: string): boolean {
  return normalizeWhitespace(a) === normalizeWhitespace(b);
}

function invalid(path: string, message: string): never {
  throw new AppError('VALIDATION', {}, [{ path, message }]);
}

/** A moment the interviewee acted: not before the handover, not in the future of the injected clock. */
function checkMoment(path: string, at: string, record: Authorization, now: string): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) invalid(path, 'invalidDateTime');
  if (ms < Date.parse(record.handedOverAt)) invalid(path, 'beforeHandover');
  if (ms > Date.parse(now)) invalid(path, 'inFuture');
  return ms;
}

export function applyDecision(
  record: Authorization,
  d: AuthorizationDecision,
  clock: Clock,
): AuthorizationPatch {
  if (!ALLOWED[d.action].includes(record.status)) {
    throw new AppError('ILLEGAL_TRANSITION', { from: record.status, action: d.action });
  }
  const { dueAt } = authorizationDeadline(record, clock.office);
  const due = Date.parse(dueAt);

  switch (d.action) {
    case 'authorize':
    case 'refuse': {
      // The decision counts at the moment the interviewee made it (it may be recorded later). From dueAt on
      // the quote is already deemed authorized without reservations (art. 14a ust. 7): a late answer is
      // legally void. The office may keep it with `noteLateAnswer`.
      const at = checkMoment('decidedAt', d.decidedAt, record, clock.now);
      if (at >= due) throw new AppError('NOT_ALLOWED', { reason: 'authorizationDeemed', dueAt });
      if (d.action === 'refuse') {
        return { status: 'refused', decidedAt: d.decidedAt, refusalReason: d.reason, authorizedText: null };
      }
      const authorizedText = d.authorizedText ?? record.receivedText;
      return {
        status: sameText(authorizedText, record.receivedText) ? 'authorized' : 'authorized_with_changes',
        decidedAt: d.decidedAt,
        authorizedText,
        refusalReason: null,
      };
    }
    case 'deem': {
      const at = checkMoment('at', d.at, record, clock.now);
      if (at < due) throw new AppError('NOT_ALLOWED', { reason: 'deadlineNotReached', dueAt });
      // The legal effect dates from the due instant, not from when the system noticed.
      return { status: 'deemed_authorized', decidedAt: dueAt };
    }
    case 'noteLateAnswer': {
      const at = checkMoment('at', d.at, record, clock.now);
      if (at < due) throw new AppError('NOT_ALLOWED', { reason: 'answerNotLate', dueAt });
      const patch: AuthorizationPatch = { lateAnswerText: d.text, lateAnswerAt: d.at };
      return record.status === 'awaiting'
        ? { ...patch, status: 'deemed_authorized', decidedAt: dueAt }
        : patch;
    }
  }
}

/** Fields that define the request and its clock: frozen once the interviewee (or the law) has decided. */
const FROZEN_AFTER_DECISION = [
  'outletType',
  'outletPeriodicity',
  'jurisdiction',
  'deadlineKind',
  'agreedDueAt',
  'handedOverAt',
  'receivedText',
] as const;

/**
 * An edit: validated, merged, and the cross-field rules checked on the merged record. While awaiting,
 * everything may be corrected (a mistyped handover time moves the deadline, even back before "now").
 * After a decision the request itself is frozen → NOT_ALLOWED 'authorizationDecided'.
 */
export function applyUpdate(record: Authorization, input: AuthorizationUpdate): AuthorizationPatch {
  const parsed = AuthorizationUpdateSchema.safeParse(input);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      message: i.message,
    }));
    throw new AppError('VALIDATION', {}, issues);
  }
  const { id: _id, ...patch } = parsed.data;
  if (record.status !== 'awaiting') {
    const frozen = FROZEN_AFTER_DECISION.filter((k) => k in patch && patch[k] !== record[k]);
    if (frozen.length > 0)
      throw new AppError('NOT_ALLOWED', { reason: 'authorizationDecided', fields: frozen.join(',') });
  }
  const merged = { ...record, ...patch };
  const issues = crossFieldIssues(merged);
  if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
  return patch;
}

/** The lifecycle fields of a freshly registered request. */
export const NEW_AUTHORIZATION_STATE = {
  status: 'awaiting',
  authorizedText: null,
  decidedAt: null,
  refusalReason: null,
  replyText: null,
  lateAnswerText: null,
  lateAnswerAt: null,
} as const satisfies AuthorizationPatch;
