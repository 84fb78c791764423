import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { authorizationDeadline, effectiveStatus, legalEffect, remaining } from './deadline';
import { authorizationRecord, shift } from './fixtures';

const WARSAW = { timeZone: 'Europe/Warsaw' };

describe('statutory deadline (engine PL-PRESS-AUTH-*)', () => {
  it('daily: 6 h from 29.03.2026 00:00 CET ends at 07:00 CEST (spring gap)', () => {
    const d = authorizationDeadline(authorizationRecord(), WARSAW);
    expect(d).toMatchObject({
      dueAt: '2026-03-29T05:00:00.000Z',
      rule: 'PL-PRESS-AUTH-DAILY',
      basis: 'statute',
      confidence: 'H',
      outletAssumed: false,
    });
    expect(d.citation?.article).toContain('art. 14a ust. 4 pkt 1');
    expect(d.explanation.map((s) => s.code)).toContain('clockChange');
  });

  it('periodical: 24 h from 24.10.2026 20:00 CEST ends 25.10 19:00 CET (autumn change)', () => {
    const r = authorizationRecord({ outletType: 'periodical', handedOverAt: '2026-10-24T20:00:00+02:00' });
    const d = authorizationDeadline(r, WARSAW);
    expect(d.dueAt).toBe('2026-10-25T18:00:00.000Z');
    expect(d.rule).toBe('PL-PRESS-AUTH-PERIODICAL');
    expect(d.citation?.article).toContain('pkt 2');
  });

  it('the office zone does not move an hour term', () => {
    const kyiv = authorizationDeadline(authorizationRecord(), { timeZone: 'Europe/Kyiv' });
    expect(kyiv.dueAt).toBe('2026-03-29T05:00:00.000Z');
  });

  it.each([
    ['online', null, 'PL-PRESS-AUTH-DAILY', true],
    ['radio', null, 'PL-PRESS-AUTH-DAILY', true],
    ['tv', 'periodical', 'PL-PRESS-AUTH-PERIODICAL', false],
    ['agency', 'daily', 'PL-PRESS-AUTH-DAILY', false],
  ] as const)('%s (periodicity %s) → %s, confidence M', (outletType, outletPeriodicity, rule, assumed) => {
    const d = authorizationDeadline(authorizationRecord({ outletType, outletPeriodicity }), WARSAW);
    expect(d.rule).toBe(rule);
    expect(d.confidence).toBe('M');
    expect(d.outletAssumed).toBe(assumed);
  });

  it('a handover before art. 14a was in force → DEADLINE RULE_NOT_IN_FORCE', () => {
    const r = authorizationRecord({ handedOverAt: '2017-12-01T10:00:00+01:00' });
    expect(() => authorizationDeadline(r, WARSAW)).toThrow(
      expect.objectContaining({
        code: 'DEADLINE',
        params: expect.objectContaining({ reason: 'RULE_NOT_IN_FORCE' }),
      }),
    );
  });
});

describe('agreed deadline', () => {
  it('PL: the agreed instant, art. 14a ust. 4 in fine, confidence M', () => {
    const r = authorizationRecord({ deadlineKind: 'agreed', agreedDueAt: '2026-03-30T12:00:00+02:00' });
    expect(authorizationDeadline(r, WARSAW)).toMatchObject({
      dueAt: '2026-03-30T10:00:00.000Z',
      rule: null,
      basis: 'agreement',
      confidence: 'M',
      citation: { article: 'art. 14a ust. 4 in fine (ust. 7)' },
    });
  });

  it('UA: only the agreed instant, no statute cited', () => {
    const r = authorizationRecord({
      jurisdiction: 'UA',
      deadlineKind: 'agreed',
      handedOverAt: '2026-10-24T20:00:00+03:00',
      agreedDueAt: '2026-10-25T19:00:00+02:00',
    });
    const d = authorizationDeadline(r, { timeZone: 'Europe/Kyiv' });
    expect(d).toMatchObject({
      dueAt: '2026-10-25T17:00:00.000Z',
      rule: null,
      citation: null,
      basis: 'agreement',
    });
    expect(effectiveStatus(r, '2026-10-25T16:59:59.999Z')).toBe('awaiting');
    expect(effectiveStatus(r, '2026-10-25T17:00:00.000Z')).toBe('deemed_authorized');
  });

  it('UA with a statutory kind is refused: there is no statutory clock', () => {
    const r = authorizationRecord({ jurisdiction: 'UA' });
    expect(() => authorizationDeadline(r)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [{ path: 'deadlineKind', message: 'uaAgreedDeadlineOnly' }],
      }),
    );
  });

  it('agreed without an instant → VALIDATION', () => {
    const r = authorizationRecord({ deadlineKind: 'agreed', agreedDueAt: null });
    expect(() => authorizationDeadline(r)).toThrow(AppError);
  });
});

describe('deemed authorization at the exact instant (injected clock)', () => {
  const cases = [
    ['daily across the spring change', authorizationRecord(), '2026-03-29T05:00:00.000Z'],
    [
      'periodical across the autumn change',
      authorizationRecord({ outletType: 'periodical', handedOverAt: '2026-10-24T20:00:00+02:00' }),
      '2026-10-25T18:00:00.000Z',
    ],
  ] as const;

  it.each(cases)('%s: 1 ms before → awaiting, at dueAt → deemed', (_label, record, dueAt) => {
    expect(effectiveStatus(record, shift(dueAt, -1), WARSAW)).toBe('awaiting');
    expect(effectiveStatus(record, dueAt, WARSAW)).toBe('deemed_authorized');
    expect(effectiveStatus(record, shift(dueAt, 3_600_000), WARSAW)).toBe('deemed_authorized');
  });

  it.each(cases)('%s: countdown', (_label, record, dueAt) => {
    expect(remaining(record, shift(dueAt, -1), WARSAW)).toEqual({
      dueAt,
      ms: 1,
      overdue: false,
      running: true,
    });
    expect(remaining(record, dueAt, WARSAW)).toEqual({ dueAt, ms: 0, overdue: true, running: false });
    expect(remaining(record, shift(dueAt, -6 * 3_600_000), WARSAW).ms).toBe(6 * 3_600_000);
  });

  it('a decided record keeps its status after the deadline', () => {
    const r = authorizationRecord({ status: 'authorized', decidedAt: '2026-03-29T03:00:00+02:00' });
    expect(effectiveStatus(r, '2026-04-10T00:00:00Z')).toBe('authorized');
    expect(remaining(r, '2026-03-29T04:00:00Z').running).toBe(false);
  });

  it('an unparsable clock is a VALIDATION error, not a silent "awaiting"', () => {
    expect(() => effectiveStatus(authorizationRecord(), 'tomorrow')).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });
});

describe('legal effect', () => {
  const dueAt = '2026-03-29T05:00:00.000Z';

  it('PL silence past the term and PL refusal both mean "authorized without reservations" (ust. 7)', () => {
    expect(legalEffect(authorizationRecord(), dueAt)).toMatchObject({
      kind: 'authorizedWithoutReservations',
      citation: { article: 'art. 14a ust. 7' },
    });
    const refused = authorizationRecord({
      status: 'refused',
      refusalReason: 'x',
      decidedAt: '2026-03-29T03:00:00Z',
    });
    expect(legalEffect(refused, dueAt).kind).toBe('authorizedWithoutReservations');
  });

  it('before the term: pending; UA refusal stays a refusal', () => {
    expect(legalEffect(authorizationRecord(), shift(dueAt, -1)).kind).toBe('pending');
    const ua = authorizationRecord({
      jurisdiction: 'UA',
      deadlineKind: 'agreed',
      agreedDueAt: '2026-03-30T12:00:00+03:00',
      status: 'refused',
    });
    expect(legalEffect(ua, dueAt)).toEqual({ kind: 'refused', citation: null });
  });
});
