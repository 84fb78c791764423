import { AppError } from '../errors';
import type { Inquiry, InquiryStatus, InquiryTransition, TransitionAction } from './schema';

/**
 * The inquiry state machine. Which actions are allowed from which status, and what each one writes.
 * Deadlines are not computed here: the service recomputes them from the fields this patch sets.
 */
const ALLOWED: Record<TransitionAction, readonly InquiryStatus[]> = {
  start: ['new'],
  extend: ['new', 'in_progress'],
  pause: ['new', 'in_progress', 'extended'],
  resume: ['paused'],
  answer: ['new', 'in_progress', 'extended'],
  refuse: ['new', 'in_progress', 'extended'],
  forward: ['new', 'in_progress'],
  withdraw: ['new', 'in_progress', 'extended', 'paused'],
};

export function allowedActions(status: InquiryStatus): TransitionAction[] {
  return (Object.keys(ALLOWED) as TransitionAction[]).filter((action) => ALLOWED[action].includes(status));
}

export type InquiryPatch = Partial<Omit<Inquiry, 'id' | 'regNo' | 'createdAt' | 'updatedAt'>>;

export function applyTransition(inquiry: Inquiry, t: InquiryTransition): InquiryPatch {
  if (!ALLOWED[t.action].includes(inquiry.status)) {
    throw new AppError('ILLEGAL_TRANSITION', { from: inquiry.status, action: t.action });
  }
  switch (t.action) {
    case 'start':
      return { status: 'in_progress' };
    case 'extend':
      return {
        status: 'extended',
        extensionDueDate: t.newDueDate,
        extensionReason: t.reason,
        extensionNoticeAt: t.noticeAt,
      };
    case 'pause':
      return {
        status: 'paused',
        statusBeforePause: inquiry.status,
        pauses: [...inquiry.pauses, { from: t.at, to: null, reason: t.reason }],
      };
    case 'resume': {
      const pauses = inquiry.pauses.map((p, i) =>
        i === inquiry.pauses.length - 1 && p.to === null ? { ...p, to: t.at } : p,
      );
      const open = inquiry.pauses.at(-1);
      if (open && Date.parse(t.at) < Date.parse(open.from)) {
        throw new AppError('VALIDATION', {}, [{ path: 'at', message: 'resumeBeforePause' }]);
      }
      return { status: inquiry.statusBeforePause ?? 'in_progress', statusBeforePause: null, pauses };
    }
    case 'answer':
      return { status: 'answered', answerText: t.text, answerSentAt: t.sentAt, answerChannel: t.channel };
    case 'refuse':
      return {
        status: 'refused',
        refusalReason: t.reason,
        refusalLegalBasis: t.legalBasis,
        refusedAt: t.decidedAt,
      };
    case 'forward':
      return { status: 'forwarded', forwardedTo: t.to, forwardedAt: t.at };
    case 'withdraw':
      return { status: 'withdrawn', withdrawnAt: t.at };
  }
}

/** The lifecycle fields of a freshly registered inquiry: nothing extended, paused, answered or closed. */
export const NEW_INQUIRY_STATE = {
  status: 'new',
  statusBeforePause: null,
  extensionDueDate: null,
  extensionReason: null,
  extensionNoticeAt: null,
  pauses: [],
  answerText: null,
  answerSentAt: null,
  answerChannel: null,
  refusalReason: null,
  refusalLegalBasis: null,
  refusedAt: null,
  forwardedTo: null,
  forwardedAt: null,
  withdrawnAt: null,
} as const satisfies InquiryPatch;
