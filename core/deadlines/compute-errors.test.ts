import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute';
import { DeadlineError } from './errors';
import type { ComputeOptions, RuleId } from './types';

function errorOf(opts: ComputeOptions): DeadlineError {
  try {
    computeDeadline(opts);
  } catch (e) {
    if (e instanceof DeadlineError) return e;
    throw e;
  }
  throw new Error('expected a DeadlineError');
}

describe('input and validity errors', () => {
  // prettier-ignore
  it.each([
    ['unknown rule', { rule: 'PL-NOPE' as RuleId, start: '2026-01-05T10:00:00Z' }, 'UNKNOWN_RULE'],
    ['zone-less start', { rule: 'PL-UDIP-PROVIDE', start: '2026-01-05T10:00:00' }, 'INVALID_START'],
    ['date-only start', { rule: 'PL-UDIP-PROVIDE', start: '2026-01-05' }, 'INVALID_START'],
    ['impossible date', { rule: 'PL-UDIP-PROVIDE', start: '2026-02-30T10:00:00Z' }, 'INVALID_START'],
    ['unknown zone', { rule: 'PL-UDIP-PROVIDE', start: '2026-01-05T10:00:00Z', timeZone: 'Mars/Olympus_Mons' }, 'INVALID_TIME_ZONE'],
    ['bad martial-law end', { rule: 'UA-API-RESPONSE', start: '2026-01-05T10:00:00Z', uaMartialLawEnd: '2026/05/04' }, 'INVALID_DATE'],
    ['UDIP before 2002', { rule: 'PL-UDIP-PROVIDE', start: '2001-12-31T10:00:00+01:00' }, 'RULE_NOT_IN_FORCE'],
    ['art. 14a before 11.12.2017', { rule: 'PL-PRESS-AUTH-DAILY', start: '2017-12-10T10:00:00+01:00' }, 'RULE_NOT_IN_FORCE'],
    ['«Про медіа» before 31.03.2023', { rule: 'UA-MEDIA-REFUTE-FILE', start: '2023-03-30T10:00:00+03:00' }, 'RULE_NOT_IN_FORCE'],
    ['validity uses the office-local date (UTC office: 22:30Z is still 30.03)', { rule: 'UA-MEDIA-REFUTE-FILE', start: '2023-03-30T22:30:00Z', timeZone: 'UTC' }, 'RULE_NOT_IN_FORCE'],
  ] as Array<[string, ComputeOptions, string]>)('%s → %s', (_label, opts, code) => {
    expect(errorOf(opts).code).toBe(code);
  });

  // prettier-ignore
  it.each([
    ['UA-MEDIA-REFUTE-FILE', '2023-03-31T00:00:00+03:00', '2023-04-20'],
    ['UA-MEDIA-REFUTE-FILE', '2023-03-30T22:30:00Z', '2023-04-20'], // 01:30 on 31.03 in Kyiv
    ['PL-PRESS-AUTH-DAILY', '2017-12-11T10:00:00+01:00', null],
  ] as Array<[RuleId, string, string | null]>)('%s from %s is in force', (rule, start, dueDate) => {
    expect(computeDeadline({ rule, start }).dueDate).toBe(dueDate);
  });

  it('RULE_NOT_IN_FORCE carries the validity window', () => {
    const e = errorOf({ rule: 'UA-MEDIA-REFUTE-FILE', start: '2023-03-30T10:00:00+03:00' });
    expect(e.params).toEqual({
      rule: 'UA-MEDIA-REFUTE-FILE',
      date: '2023-03-30',
      validFrom: '2023-03-31',
      validTo: '',
    });
  });
});
