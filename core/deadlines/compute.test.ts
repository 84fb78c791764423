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

describe('worked examples and day/month/working-day terms', () => {
  // prettier-ignore
  it.each([
    // [label, rule, start, uaMartialLawEnd, dueDate, dueAt]
    ['KPA 57 § 1: Wed 3 Nov 2021 + 14 d', 'PL-UDIP-PROVIDE', '2021-11-03T09:15:00+01:00', null, '2021-11-17', '2021-11-17T23:00:00.000Z'],
    ['interpellation: same 14 days', 'PL-USG-INTERPELLATION', '2021-11-03T09:15:00+01:00', null, '2021-11-17', '2021-11-17T23:00:00.000Z'],
    ['UDIP Wed 10.12.2025 → Wigilia rolls to Mon 29.12.2025', 'PL-UDIP-PROVIDE', '2025-12-10T12:00:00+01:00', null, '2025-12-29', '2025-12-29T23:00:00.000Z'],
    ['UDIP 10.12.2024 → Tue 24.12.2024 (no Wigilia yet)', 'PL-UDIP-PROVIDE', '2024-12-10T12:00:00+01:00', null, '2024-12-24', '2024-12-24T23:00:00.000Z'],
    ['UA 24.12.2025 5 wd under martial law → Wed 31.12.2025', 'UA-API-RESPONSE', '2025-12-24T11:00:00+02:00', null, '2025-12-31', '2025-12-31T22:00:00.000Z'],
    ['UA 24.12.2025 5 wd, peacetime list → Fri 02.01.2026', 'UA-API-RESPONSE', '2025-12-24T11:00:00+02:00', PEACE, '2026-01-02', '2026-01-02T22:00:00.000Z'],
    ['KPA 1 month from 31 Jan 2026 → 28 Feb (Sat) → Mon 2 Mar', 'PL-KPA-COMPLAINT', '2026-01-31T10:00:00+01:00', null, '2026-03-02', '2026-03-02T23:00:00.000Z'],
    ['KPA 1 month from 31 Jan 2028 → Tue 29 Feb 2028', 'PL-KPA-COMPLAINT', '2028-01-31T10:00:00+01:00', null, '2028-02-29', '2028-02-29T23:00:00.000Z'],
    ['UDIP 2-month cap from 31.12.2025 → Mon 02.03.2026', 'PL-UDIP-EXTEND', '2025-12-31T10:00:00+01:00', null, '2026-03-02', '2026-03-02T23:00:00.000Z'],
    ['3 months from 30 Jun → 30 Sep', 'PL-PETITION', '2026-06-30T10:00:00+02:00', null, '2026-09-30', '2026-09-30T22:00:00.000Z'],
    ['petition 3 months from 30 Nov → 28 Feb (clamped)', 'PL-PETITION', '2026-11-30T10:00:00+01:00', null, '2027-02-28', '2027-02-28T23:00:00.000Z'],
    ['UA appeal 1 month from 31 Jan 2026 → 28 Feb (Sat) → Mon 2 Mar', 'UA-APPEAL-RESPONSE', '2026-01-31T10:00:00+02:00', null, '2026-03-02', '2026-03-02T22:00:00.000Z'],
    ['UA appeal 1 month from 31 Jan 2028 → 29 Feb', 'UA-APPEAL-RESPONSE', '2028-01-31T10:00:00+02:00', null, '2028-02-29', '2028-02-29T22:00:00.000Z'],
    ['Easter Monday end rolls to Tuesday', 'PL-UDIP-PROVIDE', '2026-03-23T10:00:00+01:00', null, '2026-04-07', '2026-04-07T22:00:00.000Z'],
    ['Corpus Christi end rolls to Friday', 'PL-UDIP-PROVIDE', '2026-05-21T10:00:00+02:00', null, '2026-06-05', '2026-06-05T22:00:00.000Z'],
    ['3 wd over Corpus Christi', 'PL-PRESS-CORR-PUB-ONLINE', '2026-06-03T10:00:00+02:00', null, '2026-06-09', '2026-06-09T22:00:00.000Z'],
    ['3 wd over Christmas 2025 (Wigilia a holiday)', 'PL-PRESS-CORR-PUB-ONLINE', '2025-12-23T10:00:00+01:00', null, '2025-12-31', '2025-12-31T23:00:00.000Z'],
    ['3 wd over Christmas 2024 (Wigilia a working day)', 'PL-PRESS-CORR-PUB-ONLINE', '2024-12-23T10:00:00+01:00', null, '2024-12-30', '2024-12-30T23:00:00.000Z'],
    ['DST spring inside a day term: dueAt in CEST', 'PL-UDIP-PROVIDE', '2026-03-20T16:00:00+01:00', null, '2026-04-03', '2026-04-03T22:00:00.000Z'],
    ['DST autumn inside a day term: dueAt in CET', 'PL-UDIP-PROVIDE', '2026-10-20T16:00:00+02:00', null, '2026-11-03', '2026-11-03T23:00:00.000Z'],
    ['day term ending on the spring DST Sunday (no roll, Kyiv)', 'UA-MEDIA-REFUTE-FILE', '2026-03-09T10:00:00+02:00', null, '2026-03-29', '2026-03-29T21:00:00.000Z'],
    ['day term ending on the autumn DST Sunday (no roll)', 'PL-PRESS-CORR-PUB-DAILY', '2026-10-18T10:00:00+02:00', null, '2026-10-25', '2026-10-25T23:00:00.000Z'],
    ['trigger just after local midnight: 6 Jan (holiday) is day 0', 'PL-UDIP-PROVIDE', '2026-01-05T23:30:00Z', null, '2026-01-20', '2026-01-20T23:00:00.000Z'],
    ['the same instant, 3 wd from a holiday receipt', 'PL-PRESS-CORR-PUB-ONLINE', '2026-01-05T23:30:00Z', null, '2026-01-09', '2026-01-09T23:00:00.000Z'],
    ['UA receipt on Saturday: earlier reading (Fri)', 'UA-API-RESPONSE', '2026-01-10T10:00:00+02:00', null, '2026-01-16', '2026-01-16T22:00:00.000Z'],
    ['UA 15 days ending Saturday rolls to Monday', 'UA-APPEAL-SHORT', '2026-01-02T10:00:00+02:00', null, '2026-01-19', '2026-01-19T22:00:00.000Z'],
    ['UA 15 days ending on Christmas under martial law: no roll', 'UA-APPEAL-SHORT', '2025-12-10T10:00:00+02:00', null, '2025-12-25', '2025-12-25T22:00:00.000Z'],
    ['UA 15 days ending on Christmas in peacetime: rolls', 'UA-APPEAL-SHORT', '2025-12-10T10:00:00+02:00', PEACE, '2025-12-26', '2025-12-26T22:00:00.000Z'],
    ['UA 45 days cap', 'UA-APPEAL-MAX', '2026-01-05T10:00:00+02:00', null, '2026-02-19', '2026-02-19T22:00:00.000Z'],
    ['UA 20 wd cap from 24.12.2025', 'UA-API-EXTEND', '2025-12-24T11:00:00+02:00', null, '2026-01-21', '2026-01-21T22:00:00.000Z'],
    ['KPA before 1.06.2017: Saturday end does not roll', 'PL-UDIP-PROVIDE', '2017-05-06T10:00:00+02:00', null, '2017-05-20', '2017-05-20T22:00:00.000Z'],
    ['KPA from 1.06.2017: Saturday end rolls to Monday', 'PL-UDIP-PROVIDE', '2017-06-03T10:00:00+02:00', null, '2017-06-19', '2017-06-19T22:00:00.000Z'],
    ['KC 115 from 1.01.2017: Saturday end rolls (May 2017)', 'PL-PRESS-REFUSAL', '2017-05-17T10:00:00+02:00', null, '2017-05-22', '2017-05-22T22:00:00.000Z'],
    ['KC 115 before 2017: Saturday end does not roll', 'PL-PRESS-REFUSAL', '2016-12-28T10:00:00+01:00', null, '2016-12-31', '2016-12-31T23:00:00.000Z'],
    ['correction 21 days ending Sunday rolls (KC 115)', 'PL-PRESS-CORR-SEND', '2026-02-01T10:00:00+01:00', null, '2026-02-23', '2026-02-23T23:00:00.000Z'],
    ['MP appeal 10 days, no roll', 'UA-MP-APPEAL', '2026-01-01T10:00:00+02:00', null, '2026-01-11', '2026-01-11T22:00:00.000Z'],
  ] as Array<[string, RuleId, string, string | null, string, string]>)(
    '%s',
    (_label, rule, start, end, dueDate, dueAt) => {
      const r = computeDeadline({ rule, start, uaMartialLawEnd: end });
      expect(r.dueDate).toBe(dueDate);
      expect(r.dueAt).toBe(dueAt);
      expect(r.suspended).toBe(false);
      expect(codes(r).at(-1) === 'soft' ? codes(r).at(-2) : codes(r).at(-1)).toBe('endsAtMidnight');
    },
  );
});

describe('hour terms: exact elapsed time across DST', () => {
  // prettier-ignore
  it.each([
    ['24 h from Sat 28.03.2026 20:00 CET', 'PL-PRESS-AUTH-PERIODICAL', '2026-03-28T20:00:00+01:00', undefined, '2026-03-29T19:00:00.000Z', '2026-03-29T21:00:00+02:00', true],
    ['24 h from 24.10.2026 20:00 CEST', 'PL-PRESS-AUTH-PERIODICAL', '2026-10-24T20:00:00+02:00', undefined, '2026-10-25T18:00:00.000Z', '2026-10-25T19:00:00+01:00', true],
    ['24 h, Kyiv office, spring', 'PL-PRESS-AUTH-PERIODICAL', '2026-03-28T20:00:00+02:00', 'Europe/Kyiv', '2026-03-29T18:00:00.000Z', '2026-03-29T21:00:00+03:00', true],
    ['24 h, Kyiv office, autumn', 'PL-PRESS-AUTH-PERIODICAL', '2026-10-24T20:00:00+03:00', 'Europe/Kyiv', '2026-10-25T17:00:00.000Z', '2026-10-25T19:00:00+02:00', true],
    ['UA 48 h over the spring switch', 'UA-API-URGENT', '2026-03-28T20:00:00+02:00', undefined, '2026-03-30T18:00:00.000Z', '2026-03-30T21:00:00+03:00', true],
    ['UA 48 h over the autumn switch', 'UA-API-URGENT', '2026-10-24T20:00:00+03:00', undefined, '2026-10-26T17:00:00.000Z', '2026-10-26T19:00:00+02:00', true],
    ['6 h over midnight, weekend and no DST', 'PL-PRESS-AUTH-DAILY', '2026-01-03T21:00:00+01:00', undefined, '2026-01-04T02:00:00.000Z', '2026-01-04T03:00:00+01:00', false],
    ['6 h across the spring gap (02:00 → 03:00)', 'PL-PRESS-AUTH-DAILY', '2026-03-29T00:00:00+01:00', undefined, '2026-03-29T05:00:00.000Z', '2026-03-29T07:00:00+02:00', true],
  ] as Array<[string, RuleId, string, string | undefined, string, string, boolean]>)(
    '%s',
    (_label, rule, start, timeZone, dueAt, dueLocal, clockChange) => {
      const r = computeDeadline({ rule, start, timeZone });
      expect(r.dueAt).toBe(dueAt);
      expect(r.dueDate).toBeNull();
      expect(stepsOf(r, 'addHours')[0]?.dueLocal).toBe(dueLocal);
      expect(codes(r).includes('clockChange')).toBe(clockChange);
      expect(codes(r)).not.toContain('countFrom');
    },
  );
});
