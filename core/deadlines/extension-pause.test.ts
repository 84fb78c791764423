import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute';
import { DeadlineError } from './errors';
import type { ComputeOptions, DeadlineResult, ExplanationStep } from './types';

function codes(r: DeadlineResult): string[] {
  return r.explanation.map((s) => s.code);
}

function stepsOf(r: DeadlineResult, code: string): ExplanationStep['params'][] {
  return r.explanation.filter((s) => s.code === code).map((s) => s.params);
}

function errorOf(opts: ComputeOptions): DeadlineError {
  try {
    computeDeadline(opts);
  } catch (e) {
    if (e instanceof DeadlineError) return e;
    throw e;
  }
  throw new Error('expected a DeadlineError');
}

describe('extensions (caps anchored at filing)', () => {
  const UDIP = { rule: 'PL-UDIP-PROVIDE' as const, start: '2025-12-10T12:00:00+01:00' };
  const UA = { rule: 'UA-API-RESPONSE' as const, start: '2025-12-24T11:00:00+02:00' };

  // prettier-ignore
  it.each([
    ['UDIP to the cap', UDIP, '2026-02-10', '2025-12-20T10:00:00+01:00', '2026-02-10', '2026-02-10T23:00:00.000Z'],
    ['UDIP notice at the last minute', UDIP, '2026-01-15', '2025-12-29T23:59:00+01:00', '2026-01-15', '2026-01-15T23:00:00.000Z'],
    ['UA to the 20 wd cap', UA, '2026-01-21', '2025-12-29T09:00:00+02:00', '2026-01-21', '2026-01-21T22:00:00.000Z'],
  ])('%s', (_label, base, newDueDate, noticeAt, dueDate, dueAt) => {
    const r = computeDeadline({ ...base, extension: { newDueDate, noticeAt } });
    expect(r.dueDate).toBe(dueDate);
    expect(r.dueAt).toBe(dueAt);
    expect(r.flags).toContain('EXTENDED');
    expect(stepsOf(r, 'extended')[0]).toMatchObject({ newDueDate });
  });

  it('the extended step names the cap and the original date', () => {
    const r = computeDeadline({
      ...UDIP,
      extension: { newDueDate: '2026-02-01', noticeAt: '2025-12-20T10:00:00+01:00' },
    });
    expect(stepsOf(r, 'extended')).toEqual([
      {
        newDueDate: '2026-02-01',
        cap: '2026-02-10',
        noticeAt: '2025-12-20T10:00:00+01:00',
        originalDueDate: '2025-12-29',
      },
    ]);
  });

  // prettier-ignore
  it.each([
    ['beyond the UDIP cap', UDIP, '2026-02-11', '2025-12-20T10:00:00+01:00', 'EXTENSION_BEYOND_CAP'],
    ['not later than the base date', UDIP, '2025-12-29', '2025-12-20T10:00:00+01:00', 'EXTENSION_NOT_LATER'],
    ['earlier than the base date', UDIP, '2025-12-20', '2025-12-15T10:00:00+01:00', 'EXTENSION_NOT_LATER'],
    ['notice after the 14 days', UDIP, '2026-01-15', '2025-12-30T00:01:00+01:00', 'EXTENSION_NOTICE_LATE'],
    ['beyond the UA 20 wd cap', UA, '2026-01-22', '2025-12-29T09:00:00+02:00', 'EXTENSION_BEYOND_CAP'],
    ['UA notice after 5 wd', UA, '2026-01-15', '2026-01-02T09:00:00+02:00', 'EXTENSION_NOTICE_LATE'],
    ['malformed new date', UDIP, '15.01.2026', '2025-12-20T10:00:00+01:00', 'INVALID_DATE'],
    ['notice before the request', UDIP, '2026-01-15', '2025-12-01T10:00:00+01:00', 'INVALID_DATE'],
  ])('%s → error', (_label, base, newDueDate, noticeAt, code) => {
    expect(errorOf({ ...base, extension: { newDueDate, noticeAt } }).code).toBe(code);
  });

  it('a rule without a cap cannot be extended', () => {
    const e = errorOf({
      rule: 'PL-KPA-COMPLAINT',
      start: '2026-01-05T10:00:00+01:00',
      extension: { newDueDate: '2026-03-01', noticeAt: '2026-01-06T10:00:00+01:00' },
    });
    expect(e.code).toBe('EXTENSION_NOT_ALLOWED');
  });
});

describe('pauses (e.g. UDIP fee notice, art. 15 ust. 2)', () => {
  // prettier-ignore
  it.each([
    ['UDIP paused 4 calendar days', { rule: 'PL-UDIP-PROVIDE', start: '2026-03-02T10:00:00+01:00', pauses: [{ from: '2026-03-05T10:00:00+01:00', to: '2026-03-09T12:00:00+01:00' }] }, '2026-03-20', '2026-03-20T23:00:00.000Z'],
    ['two pauses add up', { rule: 'PL-UDIP-PROVIDE', start: '2026-03-02T10:00:00+01:00', pauses: [{ from: '2026-03-10T10:00:00+01:00', to: '2026-03-11T09:00:00+01:00' }, { from: '2026-03-03T10:00:00+01:00', to: '2026-03-05T09:00:00+01:00' }] }, '2026-03-19', '2026-03-19T23:00:00.000Z'],
    ['a same-day pause does not move a day term', { rule: 'PL-UDIP-PROVIDE', start: '2026-03-02T10:00:00+01:00', pauses: [{ from: '2026-03-05T10:00:00+01:00', to: '2026-03-05T15:00:00+01:00' }] }, '2026-03-16', '2026-03-16T23:00:00.000Z'],
    ['shifted end on Saturday rolls forward', { rule: 'PL-UDIP-PROVIDE', start: '2026-03-02T10:00:00+01:00', pauses: [{ from: '2026-03-05T10:00:00+01:00', to: '2026-03-10T10:00:00+01:00' }] }, '2026-03-23', '2026-03-23T23:00:00.000Z'],
    ['working-day rule shifts by working days stopped', { rule: 'UA-API-RESPONSE', start: '2026-02-02T10:00:00+02:00', pauses: [{ from: '2026-02-04T10:00:00+02:00', to: '2026-02-06T09:00:00+02:00' }] }, '2026-02-11', '2026-02-11T22:00:00.000Z'],
    ['hour rule shifts by the exact elapsed pause', { rule: 'PL-PRESS-AUTH-DAILY', start: '2026-05-04T10:00:00+02:00', pauses: [{ from: '2026-05-04T11:00:00+02:00', to: '2026-05-04T12:30:00+02:00' }] }, null, '2026-05-04T15:30:00.000Z'],
  ] as Array<[string, ComputeOptions, string | null, string]>)('%s', (_label, opts, dueDate, dueAt) => {
    const r = computeDeadline(opts);
    expect(r.dueDate).toBe(dueDate);
    expect(r.dueAt).toBe(dueAt);
    expect(r.suspended).toBe(false);
    if (r.dueDate !== '2026-03-16') expect(r.flags).toContain('PAUSED');
  });

  it('paused steps carry local instants and day counts', () => {
    const r = computeDeadline({
      rule: 'PL-UDIP-PROVIDE',
      start: '2026-03-02T10:00:00+01:00',
      pauses: [{ from: '2026-03-05T09:00:00Z', to: '2026-03-09T11:00:00Z' }],
    });
    expect(stepsOf(r, 'paused')).toEqual([
      { from: '2026-03-05T10:00:00+01:00', to: '2026-03-09T12:00:00+01:00', days: 4 },
    ]);
    expect(stepsOf(r, 'pauseShift')).toEqual([{ date: '2026-03-20' }]);
  });

  it('an open pause suspends the clock; resuming gives a date again', () => {
    const start = '2026-03-02T10:00:00+01:00';
    const open = computeDeadline({
      rule: 'PL-UDIP-PROVIDE',
      start,
      pauses: [{ from: '2026-03-05T10:00:00+01:00', to: null }],
    });
    expect(open.suspended).toBe(true);
    expect(open.dueAt).toBeNull();
    expect(open.dueDate).toBeNull();
    expect(open.flags).toContain('SUSPENDED');
    expect(stepsOf(open, 'suspended')).toEqual([{ from: '2026-03-05T10:00:00+01:00' }]);
    expect(codes(open)).not.toContain('endsAtMidnight');
    const resumed = computeDeadline({
      rule: 'PL-UDIP-PROVIDE',
      start,
      pauses: [{ from: '2026-03-05T10:00:00+01:00', to: '2026-03-12T10:00:00+01:00' }],
    });
    expect(resumed.suspended).toBe(false);
    expect(resumed.dueDate).toBe('2026-03-23');
  });

  it('an open pause on an hour rule suspends it too', () => {
    const r = computeDeadline({
      rule: 'UA-API-URGENT',
      start: '2026-05-04T10:00:00+03:00',
      pauses: [{ from: '2026-05-05T10:00:00+03:00', to: null }],
    });
    expect(r.suspended).toBe(true);
    expect(r.dueAt).toBeNull();
  });

  // prettier-ignore
  it.each([
    ['to before from', [{ from: '2026-03-05T10:00:00+01:00', to: '2026-03-04T10:00:00+01:00' }], 'toBeforeFrom'],
    ['before the start', [{ from: '2026-03-01T10:00:00+01:00', to: '2026-03-04T10:00:00+01:00' }], 'beforeStart'],
    ['after the due date', [{ from: '2026-03-20T10:00:00+01:00', to: '2026-03-21T10:00:00+01:00' }], 'afterDue'],
    ['overlapping', [{ from: '2026-03-03T10:00:00+01:00', to: '2026-03-06T10:00:00+01:00' }, { from: '2026-03-05T10:00:00+01:00', to: '2026-03-07T10:00:00+01:00' }], 'overlap'],
    ['a pause after an open one', [{ from: '2026-03-03T10:00:00+01:00', to: null }, { from: '2026-03-05T10:00:00+01:00', to: '2026-03-07T10:00:00+01:00' }], 'overlap'],
    ['zone-less instant', [{ from: '2026-03-03T10:00:00', to: null }], 'invalidFrom'],
  ] as Array<[string, ComputeOptions['pauses'], string]>)('%s → INVALID_PAUSE', (_label, pauses, reason) => {
    const e = errorOf({ rule: 'PL-UDIP-PROVIDE', start: '2026-03-02T10:00:00+01:00', pauses });
    expect(e.code).toBe('INVALID_PAUSE');
    expect(e.params.reason).toBe(reason);
  });
});
