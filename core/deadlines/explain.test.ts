import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute';
import type { DeadlineResult, ExplanationStep, RuleId } from './types';

const PEACE = '2025-12-01'; // hypothetical end of martial law, before the UA worked example

function codes(r: DeadlineResult): string[] {
  return r.explanation.map((s) => s.code);
}

function stepsOf(r: DeadlineResult, code: string): ExplanationStep['params'][] {
  return r.explanation.filter((s) => s.code === code).map((s) => s.params);
}

describe('explanations', () => {
  it('Wigilia roll-forward lists every skipped day', () => {
    const r = computeDeadline({ rule: 'PL-UDIP-PROVIDE', start: '2025-12-10T12:00:00+01:00' });
    expect(r.explanation.slice(0, 4)).toEqual([
      {
        code: 'article',
        params: { act: 'Ustawa o dostępie do informacji publicznej (6.09.2001)', article: 'art. 13 ust. 1' },
      },
      {
        code: 'trigger',
        params: {
          localDate: '2025-12-10',
          localTime: '12:00',
          timeZone: 'Europe/Warsaw',
          utcOffset: '+01:00',
        },
      },
      { code: 'countFrom', params: { date: '2025-12-11' } },
      { code: 'addDays', params: { amount: 14, date: '2025-12-24' } },
    ]);
    expect(stepsOf(r, 'skipped')).toEqual([
      { date: '2025-12-24', reason: 'holiday:pl-christmas-eve' },
      { date: '2025-12-25', reason: 'holiday:pl-christmas-day' },
      { date: '2025-12-26', reason: 'holiday:pl-christmas-second-day' },
      { date: '2025-12-27', reason: 'saturday' },
      { date: '2025-12-28', reason: 'sunday' },
    ]);
    expect(stepsOf(r, 'rolledForward')).toEqual([{ from: '2025-12-24', to: '2025-12-29' }]);
    expect(codes(r).slice(-2)).toEqual(['endsAtMidnight', 'soft']);
    expect(r.flags).toEqual(expect.arrayContaining(['ROLLED_FORWARD', 'SOFT_DEADLINE']));
  });

  it('UA martial law: holidays passed are reported as working days', () => {
    const r = computeDeadline({ rule: 'UA-API-RESPONSE', start: '2025-12-24T11:00:00+02:00' });
    expect(stepsOf(r, 'holidayIsWorkingDay')).toEqual([{ date: '2025-12-25', holiday: 'ua-christmas' }]);
    expect(stepsOf(r, 'skipped')).toEqual([
      { date: '2025-12-27', reason: 'saturday' },
      { date: '2025-12-28', reason: 'sunday' },
    ]);
    expect(r.flags).toContain('MARTIAL_LAW_HOLIDAY_WORKING');
    expect(r.timeZone).toBe('Europe/Kyiv');
  });

  it('UA peacetime: the same holidays are skipped', () => {
    const r = computeDeadline({
      rule: 'UA-API-RESPONSE',
      start: '2025-12-24T11:00:00+02:00',
      uaMartialLawEnd: PEACE,
    });
    expect(stepsOf(r, 'skipped').map((p) => p.reason)).toEqual([
      'holiday:ua-christmas',
      'saturday',
      'sunday',
      'holiday:ua-new-year',
    ]);
    expect(codes(r)).not.toContain('holidayIsWorkingDay');
  });

  it('month clamping is explained', () => {
    const r = computeDeadline({ rule: 'PL-KPA-COMPLAINT', start: '2026-01-31T10:00:00+01:00' });
    expect(stepsOf(r, 'addMonths')).toEqual([{ amount: 1, date: '2026-02-28' }]);
    expect(stepsOf(r, 'clampedToMonthEnd')).toEqual([{ date: '2026-02-28' }]);
    expect(stepsOf(r, 'rolledForward')).toEqual([{ from: '2026-02-28', to: '2026-03-02' }]);
  });

  it('trigger after local midnight uses the local date and flags a holiday receipt for wd rules', () => {
    const r = computeDeadline({ rule: 'PL-PRESS-CORR-PUB-ONLINE', start: '2026-01-05T23:30:00Z' });
    expect(stepsOf(r, 'trigger')[0]).toMatchObject({ localDate: '2026-01-06', localTime: '00:30' });
    expect(stepsOf(r, 'receiptOnDayOff')).toEqual([{ date: '2026-01-06', reason: 'holiday:pl-epiphany' }]);
    expect(r.flags).toContain('RECEIPT_ON_DAY_OFF');
    const utc = computeDeadline({ rule: 'PL-UDIP-PROVIDE', start: '2026-01-05T23:30:00Z', timeZone: 'UTC' });
    expect(utc.dueDate).toBe('2026-01-19');
  });

  it('pre-2017 Saturday end is explained', () => {
    const r = computeDeadline({ rule: 'PL-UDIP-PROVIDE', start: '2017-05-06T10:00:00+02:00' });
    expect(stepsOf(r, 'saturdayNotRolled')).toEqual([{ date: '2017-05-20' }]);
  });

  // prettier-ignore
  it.each([
    ['PL-PRESS-REFUSAL', ['NOT_BINDING_ON_PUBLIC_BODY', 'UNCERTAIN_COUNTING']],
    ['UA-API-URGENT', ['UNCERTAIN_COUNTING']],
    ['PL-KPA-COMPLAINT', ['SOFT_DEADLINE']],
  ] as Array<[RuleId, string[]]>)('%s carries flags %j', (rule, flags) => {
    const r = computeDeadline({ rule, start: '2026-02-02T10:00:00+01:00' });
    expect(r.flags).toEqual(expect.arrayContaining(flags));
  });

  it('Europe/Kiev is accepted and stored as Europe/Kyiv', () => {
    const r = computeDeadline({
      rule: 'UA-API-RESPONSE',
      start: '2026-02-02T10:00:00+02:00',
      timeZone: 'Europe/Kiev',
    });
    expect(r.timeZone).toBe('Europe/Kyiv');
  });
});
