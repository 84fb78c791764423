import { describe, expect, it } from 'vitest';
import { authorizationRecord, shift } from './fixtures';
import { allowedDecisions, applyDecision, applyUpdate } from './lifecycle';
import type { AuthorizationStatus } from './schema';

const DUE = '2026-03-29T05:00:00.000Z'; // 6 h after 29.03.2026 00:00 CET = 07:00 CEST
const clock = (now: string) => ({ now, office: { timeZone: 'Europe/Warsaw' } });
const before = shift(DUE, -1);

describe('authorize', () => {
  it('same text after normalising whitespace → authorized', () => {
    const r = authorizationRecord();
    const patch = applyDecision(
      r,
      {
        id: 'a1',
        action: 'authorize',
        authorizedText: '  Pytanie:  Kiedy ruszy\tbudowa?\r\n\r\nOdpowiedź: Latem. ',
        decidedAt: before,
      },
      clock(before),
    );
    expect(patch.status).toBe('authorized');
    expect(patch.decidedAt).toBe(before);
  });

  it('no text → approved as received', () => {
    const r = authorizationRecord();
    const patch = applyDecision(r, { id: 'a1', action: 'authorize', decidedAt: before }, clock(before));
    expect(patch).toEqual({
      status: 'authorized',
      decidedAt: before,
      authorizedText: r.receivedText,
      refusalReason: null,
    });
  });

  it('a different text → authorized_with_changes', () => {
    const patch = applyDecision(
      authorizationRecord(),
      {
        id: 'a1',
        action: 'authorize',
        authorizedText: 'Pytanie: Kiedy ruszy budowa?\nOdpowiedź: Jesienią.',
        decidedAt: before,
      },
      clock(before),
    );
    expect(patch.status).toBe('authorized_with_changes');
    expect(patch.authorizedText).toContain('Jesienią');
  });

  it('deciding at the due instant is refused: the quote is already deemed authorized', () => {
    const t = { id: 'a1', action: 'authorize', decidedAt: DUE } as const;
    expect(() => applyDecision(authorizationRecord(), t, clock(DUE))).toThrow(
      expect.objectContaining({ code: 'NOT_ALLOWED', params: { reason: 'authorizationDeemed', dueAt: DUE } }),
    );
  });

  it('a decision made in time but recorded later still counts', () => {
    const patch = applyDecision(
      authorizationRecord(),
      { id: 'a1', action: 'authorize', decidedAt: before },
      clock('2026-03-29T09:00:00Z'),
    );
    expect(patch.status).toBe('authorized');
  });

  it('a decision before the handover or in the future of the clock → VALIDATION', () => {
    const r = authorizationRecord();
    expect(() =>
      applyDecision(r, { id: 'a1', action: 'authorize', decidedAt: '2026-03-28T22:59:59Z' }, clock(before)),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [{ path: 'decidedAt', message: 'beforeHandover' }],
      }),
    );
    expect(() =>
      applyDecision(r, { id: 'a1', action: 'authorize', decidedAt: before }, clock('2026-03-29T01:00:00Z')),
    ).toThrow(expect.objectContaining({ issues: [{ path: 'decidedAt', message: 'inFuture' }] }));
  });
});

describe('refuse', () => {
  it('stores the reason', () => {
    const patch = applyDecision(
      authorizationRecord(),
      { id: 'a1', action: 'refuse', reason: 'Tekst przekręca sens wypowiedzi.', decidedAt: before },
      clock(before),
    );
    expect(patch).toEqual({
      status: 'refused',
      decidedAt: before,
      refusalReason: 'Tekst przekręca sens wypowiedzi.',
      authorizedText: null,
    });
  });

  it('after the deadline → NOT_ALLOWED authorizationDeemed', () => {
    const t = { id: 'a1', action: 'refuse', reason: 'x', decidedAt: shift(DUE, 60_000) } as const;
    expect(() => applyDecision(authorizationRecord(), t, clock(shift(DUE, 60_000)))).toThrow(
      expect.objectContaining({
        code: 'NOT_ALLOWED',
        params: expect.objectContaining({ reason: 'authorizationDeemed' }),
      }),
    );
  });
});

describe('deem (system)', () => {
  it('1 ms before the due instant → NOT_ALLOWED; at it → deemed, dated at dueAt', () => {
    const r = authorizationRecord();
    expect(() => applyDecision(r, { id: 'a1', action: 'deem', at: before }, clock(before))).toThrow(
      expect.objectContaining({ code: 'NOT_ALLOWED', params: { reason: 'deadlineNotReached', dueAt: DUE } }),
    );
    expect(applyDecision(r, { id: 'a1', action: 'deem', at: DUE }, clock(DUE))).toEqual({
      status: 'deemed_authorized',
      decidedAt: DUE,
    });
    // Noticed hours later: still dated at the due instant.
    const late = '2026-03-29T12:00:00Z';
    expect(applyDecision(r, { id: 'a1', action: 'deem', at: late }, clock(late)).decidedAt).toBe(DUE);
  });

  it('UA: at the agreed instant (Kyiv office)', () => {
    const r = authorizationRecord({
      jurisdiction: 'UA',
      deadlineKind: 'agreed',
      handedOverAt: '2026-03-28T20:00:00+02:00',
      agreedDueAt: '2026-03-29T21:00:00+03:00',
    });
    const ua = (now: string) => ({ now, office: { timeZone: 'Europe/Kyiv' } });
    const due = '2026-03-29T18:00:00.000Z';
    expect(() =>
      applyDecision(r, { id: 'a1', action: 'deem', at: shift(due, -1) }, ua(shift(due, -1))),
    ).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    expect(applyDecision(r, { id: 'a1', action: 'deem', at: due }, ua(due)).status).toBe('deemed_authorized');
    expect(
      applyDecision(r, { id: 'a1', action: 'authorize', decidedAt: shift(due, -1) }, ua(due)).status,
    ).toBe('authorized');
  });
});

describe('late answer note', () => {
  const late = '2026-03-29T08:00:00Z';

  it('kept on a deemed record without changing it', () => {
    const r = authorizationRecord({ status: 'deemed_authorized', decidedAt: DUE });
    expect(
      applyDecision(
        r,
        { id: 'a1', action: 'noteLateAnswer', text: 'Proszę o zmiany.', at: late },
        clock(late),
      ),
    ).toEqual({
      lateAnswerText: 'Proszę o zmiany.',
      lateAnswerAt: late,
    });
  });

  it('on a record still stored as awaiting it also records the deemed status', () => {
    const patch = applyDecision(
      authorizationRecord(),
      { id: 'a1', action: 'noteLateAnswer', text: 'Zgoda.', at: late },
      clock(late),
    );
    expect(patch).toMatchObject({ status: 'deemed_authorized', decidedAt: DUE, lateAnswerAt: late });
  });

  it('an answer in time is not late', () => {
    expect(() =>
      applyDecision(
        authorizationRecord(),
        { id: 'a1', action: 'noteLateAnswer', text: 'x', at: before },
        clock(before),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'NOT_ALLOWED',
        params: expect.objectContaining({ reason: 'answerNotLate' }),
      }),
    );
  });
});

describe('illegal transitions', () => {
  it.each([
    ['authorized', 'authorize'],
    ['authorized_with_changes', 'refuse'],
    ['refused', 'deem'],
    ['deemed_authorized', 'authorize'],
    ['authorized', 'noteLateAnswer'],
  ] as const)('%s → %s', (status, action) => {
    const r = authorizationRecord({ status, decidedAt: before });
    const d =
      action === 'refuse'
        ? { id: 'a1', action, reason: 'x', decidedAt: before }
        : action === 'noteLateAnswer'
          ? { id: 'a1', action, text: 'x', at: DUE }
          : action === 'deem'
            ? { id: 'a1', action, at: DUE }
            : { id: 'a1', action, decidedAt: before };
    expect(() => applyDecision(r, d, clock(DUE))).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION', params: { from: status, action } }),
    );
  });

  it('allowed decisions per status', () => {
    const table = Object.fromEntries(
      (
        [
          'awaiting',
          'authorized',
          'authorized_with_changes',
          'refused',
          'deemed_authorized',
        ] as AuthorizationStatus[]
      ).map((s) => [s, allowedDecisions(s)]),
    );
    expect(table).toEqual({
      awaiting: ['authorize', 'refuse', 'deem', 'noteLateAnswer'],
      authorized: [],
      authorized_with_changes: [],
      refused: [],
      deemed_authorized: ['noteLateAnswer'],
    });
  });
});

describe('update', () => {
  it('while awaiting, the handover may be corrected', () => {
    expect(
      applyUpdate(authorizationRecord(), { id: 'a1', handedOverAt: '2026-03-29T01:00:00+01:00' }),
    ).toEqual({
      handedOverAt: '2026-03-29T01:00:00+01:00',
    });
  });

  it('cross-field rules are checked on the merged record', () => {
    expect(() => applyUpdate(authorizationRecord(), { id: 'a1', jurisdiction: 'UA' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [{ path: 'deadlineKind', message: 'uaAgreedDeadlineOnly' }],
      }),
    );
    expect(() => applyUpdate(authorizationRecord(), { id: 'a1', handedOverAt: 'yesterday' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [{ path: 'handedOverAt', message: 'invalidDateTime' }],
      }),
    );
  });

  it('after a decision the request is frozen, the reply is not', () => {
    const r = authorizationRecord({ status: 'authorized', decidedAt: before });
    expect(() => applyUpdate(r, { id: 'a1', receivedText: 'Inny tekst' })).toThrow(
      expect.objectContaining({
        code: 'NOT_ALLOWED',
        params: { reason: 'authorizationDecided', fields: 'receivedText' },
      }),
    );
    expect(applyUpdate(r, { id: 'a1', replyText: 'Dziękujemy.', topic: 'Most' })).toEqual({
      replyText: 'Dziękujemy.',
      topic: 'Most',
    });
  });
});
