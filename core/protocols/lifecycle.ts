/**
 * What may happen to a protocol, as pure functions the service applies in one transaction.
 * - A draft may be edited, and its decisions added, edited or removed.
 * - Approval needs a chair and minutes, and locks the protocol: edits are refused with LOCKED.
 * - "New version" (approved only, with a reason) keeps the approved text as a snapshot and reopens a
 *   draft with the next version number; approving it again locks it again.
 * Decision follow-up (status, progress, notes) is not part of the protocol's text and stays open.
 */
import { AppError } from '../errors';
import type { Protocol, ProtocolSnapshot } from './schema';

export type ProtocolPatch = Partial<
  Pick<Protocol, 'status' | 'version' | 'revisionReason' | 'approvedAt' | 'approvedBy'>
>;

export function assertEditable(protocol: Pick<Protocol, 'status' | 'version'>): void {
  if (protocol.status === 'approved') {
    throw new AppError('LOCKED', { version: protocol.version });
  }
}

export function approve(
  protocol: Pick<Protocol, 'status' | 'version' | 'chair' | 'minutes'>,
  by: string,
  now: Date,
): ProtocolPatch {
  assertEditable(protocol);
  const issues = [
    ...(protocol.chair.trim() ? [] : [{ path: 'chair', message: 'required' }]),
    ...(protocol.minutes.trim() ? [] : [{ path: 'minutes', message: 'required' }]),
  ];
  if (issues.length) throw new AppError('VALIDATION', {}, issues);
  return { status: 'approved', approvedAt: now.toISOString(), approvedBy: by };
}

/** The patch that reopens an approved protocol as the next version's draft. */
export function reopen(protocol: Pick<Protocol, 'status' | 'version'>, reason: string): ProtocolPatch {
  if (protocol.status !== 'approved') {
    throw new AppError('NOT_ALLOWED', { reason: 'newVersionOfDraft' });
  }
  const trimmed = reason.trim();
  if (!trimmed) throw new AppError('VALIDATION', {}, [{ path: 'reason', message: 'required' }]);
  return {
    status: 'draft',
    version: protocol.version + 1,
    revisionReason: trimmed,
    approvedAt: null,
    approvedBy: null,
  };
}

export function snapshotOf(
  protocol: Protocol,
  decisions: readonly {
    title: string;
    departmentId: string | null;
    responsiblePersonId: string | null;
    dueDate: string;
  }[],
): ProtocolSnapshot {
  return {
    title: protocol.title,
    date: protocol.date,
    place: protocol.place,
    chair: protocol.chair,
    attendees: [...protocol.attendees],
    agenda: [...protocol.agenda],
    minutes: protocol.minutes,
    decisions: decisions.map((d) => ({
      title: d.title,
      departmentId: d.departmentId,
      responsiblePersonId: d.responsiblePersonId,
      dueDate: d.dueDate,
    })),
  };
}
