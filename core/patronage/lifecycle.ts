/**
 * The patronage state machine, as pure functions that return the patch the service writes.
 * - received → under_review → granted | refused; withdrawn from received or under review.
 * - Deciding needs every criterion of the office's checklist answered (met or not met), and a refusal
 *   its reason; both are listed at once as VALIDATION issues.
 * - After a grant the applicant's obligations are recorded: the logo approval (only when a request
 *   uses the city's logo) and the report (only once the event has ended).
 * - A decided application keeps what its decision letter states (applicant, event title, requests,
 *   scope, date received); a refused or withdrawn one is closed. Contact details, dates and place
 *   (a postponed event) may still change after a grant.
 */
import { AppError, type FieldIssue } from '../errors';
import { parseInstant } from '../deadlines/local-date';
import { needsLogoApproval } from './rules';
import type {
  PatronageAction,
  PatronageApplication,
  PatronageChecklistAnswerInput,
  PatronageLogoApproval,
  PatronageReport,
  PatronageStatus,
  PatronageTransition,
  PatronageUpdate,
} from './schema';
import type { Criterion } from './settings';

const ALLOWED: Record<PatronageAction, readonly PatronageStatus[]> = {
  startReview: ['received'],
  grant: ['under_review'],
  refuse: ['under_review'],
  withdraw: ['received', 'under_review'],
};

export function allowedActions(status: PatronageStatus): PatronageAction[] {
  return (Object.keys(ALLOWED) as PatronageAction[]).filter((action) => ALLOWED[action].includes(status));
}

export type PatronagePatch = Partial<Omit<PatronageApplication, 'id' | 'createdAt' | 'updatedAt'>>;

/** The office's criteria this application has no answer to (met still null), in the settings' order. */
export function unansweredCriteria(
  app: Pick<PatronageApplication, 'checklist'>,
  criteria: readonly Pick<Criterion, 'id'>[],
): string[] {
  return criteria.filter((c) => (app.checklist[c.id]?.met ?? null) === null).map((c) => c.id);
}

export function applyTransition(
  app: Pick<PatronageApplication, 'status' | 'checklist'>,
  t: PatronageTransition,
  criteria: readonly Pick<Criterion, 'id'>[],
): PatronagePatch {
  if (!ALLOWED[t.action].includes(app.status)) {
    throw new AppError('ILLEGAL_TRANSITION', { from: app.status, action: t.action });
  }
  switch (t.action) {
    case 'startReview':
      return { status: 'under_review' };
    case 'withdraw':
      return { status: 'withdrawn', withdrawnAt: t.at };
    case 'grant':
    case 'refuse': {
      const unanswered = unansweredCriteria(app, criteria);
      const issues: FieldIssue[] = unanswered.map((id) => ({
        path: `checklist.${id}`,
        message: 'checklistUnanswered',
      }));
      const reason = t.action === 'refuse' ? t.reason.trim() : '';
      if (t.action === 'refuse' && !reason) issues.push({ path: 'reason', message: 'required' });
      if (!t.decidedBy.trim()) issues.push({ path: 'decidedBy', message: 'required' });
      if (issues.length) {
        throw new AppError(
          'VALIDATION',
          unanswered.length ? { unanswered: unanswered.join(', ') } : {},
          issues,
        );
      }
      return {
        status: t.action === 'grant' ? 'granted' : 'refused',
        decidedAt: t.decidedAt,
        decidedBy: t.decidedBy.trim(),
        refusalReason: t.action === 'refuse' ? reason : null,
      };
    }
  }
}

/** Answering a criterion: while the application is open, and only a criterion the office lists. */
export function answerCriterion(
  app: Pick<PatronageApplication, 'status' | 'checklist'>,
  input: Pick<PatronageChecklistAnswerInput, 'criterionId' | 'met' | 'note'>,
  criteria: readonly Pick<Criterion, 'id'>[],
): PatronagePatch {
  if (app.status !== 'received' && app.status !== 'under_review') {
    throw new AppError('NOT_ALLOWED', { reason: 'patronageDecided' });
  }
  if (!criteria.some((c) => c.id === input.criterionId)) {
    throw new AppError('VALIDATION', {}, [{ path: 'criterionId', message: 'invalidChoice' }]);
  }
  const previous = app.checklist[input.criterionId];
  return {
    checklist: {
      ...app.checklist,
      [input.criterionId]: { met: input.met, note: input.note ?? previous?.note ?? '' },
    },
  };
}

/** Fields a granted application keeps as its decision letter states them. */
const FIXED_BY_DECISION = ['applicantName', 'eventTitle', 'requests', 'scope', 'receivedAt'] as const;

/**
 * Throws NOT_ALLOWED unless the update may be applied: everything while open; after a grant all but
 * what the decision states; nothing once refused or withdrawn (except linking the directory's
 * organisation, which only helps find the applicant's history).
 */
export function assertUpdatable(app: Pick<PatronageApplication, 'status'>, update: PatronageUpdate): void {
  const sent = (Object.keys(update) as (keyof PatronageUpdate)[]).filter(
    (key) => key !== 'id' && update[key] !== undefined,
  );
  if (app.status === 'received' || app.status === 'under_review') return;
  if (app.status === 'granted') {
    const fixed = sent.find((key) => (FIXED_BY_DECISION as readonly string[]).includes(key));
    if (fixed) throw new AppError('NOT_ALLOWED', { reason: 'patronageDecided', field: fixed });
    return;
  }
  const closed = sent.find((key) => key !== 'applicantOrganisationId');
  if (closed) throw new AppError('NOT_ALLOWED', { reason: 'patronageClosed', field: closed });
}

function assertGranted(app: Pick<PatronageApplication, 'status'>): void {
  if (app.status !== 'granted') throw new AppError('NOT_ALLOWED', { reason: 'patronageNotGranted' });
}

/** The applicant's materials with the city's logo were approved (or, with `at: null`, that is taken back). */
export function recordLogoApproval(
  app: Pick<PatronageApplication, 'status' | 'requests'>,
  input: Pick<PatronageLogoApproval, 'at'>,
): PatronagePatch {
  assertGranted(app);
  if (!needsLogoApproval(app)) throw new AppError('NOT_ALLOWED', { reason: 'logoNotRequested' });
  return { logoApprovedAt: input.at };
}

/** The post-event report came in: only after a grant and once the event has ended. */
export function recordReport(
  app: Pick<PatronageApplication, 'status' | 'eventEnd'>,
  input: Pick<PatronageReport, 'receivedAt' | 'note' | 'attachments'>,
  now: Date,
): PatronagePatch {
  assertGranted(app);
  const end = parseInstant(app.eventEnd);
  if (end === null || now.getTime() < end) throw new AppError('NOT_ALLOWED', { reason: 'eventNotEnded' });
  const received = parseInstant(input.receivedAt);
  if (received === null || received < end) {
    throw new AppError('VALIDATION', {}, [{ path: 'receivedAt', message: 'reportBeforeEventEnd' }]);
  }
  return {
    reportReceivedAt: input.receivedAt,
    reportNote: input.note.trim(),
    reportAttachments: [...input.attachments],
  };
}

/** The lifecycle fields of a freshly registered application: nothing answered, decided or recorded. */
export const NEW_PATRONAGE_STATE = {
  status: 'received',
  checklist: {},
  decidedAt: null,
  decidedBy: null,
  refusalReason: null,
  withdrawnAt: null,
  logoApprovedAt: null,
  reportReceivedAt: null,
  reportNote: '',
  reportAttachments: [],
  calendarEventId: null,
  letterIds: [],
} as const satisfies PatronagePatch;
