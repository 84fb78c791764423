import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { approve, assertEditable, reopen, snapshotOf } from './lifecycle';
import type { Protocol } from './schema';

const draft: Protocol = {
  id: 'p1',
  meetingId: null,
  eventId: null,
  title: 'Protokół ze spotkania z mieszkańcami',
  date: '2026-03-02',
  place: 'SP nr 3',
  chair: 'Jan Malinowski',
  attendees: ['Jan Malinowski'],
  agenda: ['Oświetlenie'],
  minutes: 'Mieszkańcy zgłosili brak oświetlenia.',
  status: 'draft',
  version: 1,
  revisionReason: null,
  approvedAt: null,
  approvedBy: null,
  createdAt: '2026-03-02T18:00:00Z',
  updatedAt: '2026-03-02T18:00:00Z',
};

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
}

describe('protocol lifecycle', () => {
  it('approves a complete draft, recording who and when', () => {
    expect(approve(draft, 'Elżbieta Sęk', new Date('2026-03-03T08:00:00Z'))).toEqual({
      status: 'approved',
      approvedAt: '2026-03-03T08:00:00.000Z',
      approvedBy: 'Elżbieta Sęk',
    });
  });

  it('will not approve without a chair and minutes', () => {
    const error = errorOf(() => approve({ ...draft, chair: ' ', minutes: '' }, 'x', new Date()));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((i) => i.path)).toEqual(['chair', 'minutes']);
  });

  it('locks an approved protocol against edits and a second approval', () => {
    const approved = { ...draft, status: 'approved' as const };
    expect(errorOf(() => assertEditable(approved))).toMatchObject({ code: 'LOCKED', params: { version: 1 } });
    expect(errorOf(() => approve(approved, 'x', new Date())).code).toBe('LOCKED');
    expect(() => assertEditable(draft)).not.toThrow();
  });

  it('reopens an approved protocol as the next version only with a reason', () => {
    const approved = { ...draft, status: 'approved' as const, approvedAt: 'a', approvedBy: 'b' };
    expect(reopen(approved, '  Błąd w nazwie ulicy ')).toEqual({
      status: 'draft',
      version: 2,
      revisionReason: 'Błąd w nazwie ulicy',
      approvedAt: null,
      approvedBy: null,
    });
    expect(errorOf(() => reopen(approved, ' ')).code).toBe('VALIDATION');
    expect(errorOf(() => reopen(draft, 'x'))).toMatchObject({
      code: 'NOT_ALLOWED',
      params: { reason: 'newVersionOfDraft' },
    });
  });

  it('snapshots the text and the decisions as they were approved', () => {
    const decisions = [
      {
        title: 'Oświetlenie ul. Polnej',
        departmentId: 'wgk',
        responsiblePersonId: null,
        dueDate: '2026-03-20',
      },
    ];
    const snapshot = snapshotOf(draft, decisions);
    decisions[0]!.title = 'changed later';
    expect(snapshot).toMatchObject({
      minutes: draft.minutes,
      decisions: [{ title: 'Oświetlenie ul. Polnej' }],
    });
  });
});
