import { describe, expect, it } from 'vitest';
import { DeadlineError } from './errors';
import { getRule, listRules } from './rules';
import { RULE_IDS, type RuleId } from './types';

describe('rule registry', () => {
  it('lists every id once, in RULE_IDS order', () => {
    expect(listRules().map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s is complete and consistent', (id) => {
    const r = getRule(id);
    expect(r.id).toBe(id);
    expect(r.jurisdiction).toBe(id.slice(0, 2));
    expect(r.citation.act.length).toBeGreaterThan(5);
    expect(r.citation.article.length).toBeGreaterThan(2);
    expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.amount).toBeGreaterThan(0);
    expect(r.notes.length).toBeGreaterThan(0);
    if (r.unit === 'hours' || r.unit === 'workingDays') expect(r.rollForward).toBe('none');
    if (r.jurisdiction === 'UA')
      expect(r.rollForward === 'none' || r.rollForward === 'UA-CC-254-5').toBe(true);
    if (r.jurisdiction === 'PL') expect(r.rollForward).not.toBe('UA-CC-254-5');
    if (r.capRule) {
      const cap = getRule(r.capRule);
      expect(cap.jurisdiction).toBe(r.jurisdiction);
      expect(cap.capRule).toBeUndefined();
    }
  });

  it.each([
    ['PL-UDIP-PROVIDE', 'days', 14, 'PL-UDIP-EXTEND'],
    ['PL-UDIP-EXTEND', 'months', 2, undefined],
    ['PL-KPA-COMPLAINT', 'months', 1, undefined],
    ['PL-USG-INTERPELLATION', 'days', 14, undefined],
    ['PL-PRESS-REFUSAL', 'days', 3, undefined],
    ['PL-PRESS-AUTH-DAILY', 'hours', 6, undefined],
    ['PL-PRESS-AUTH-PERIODICAL', 'hours', 24, undefined],
    ['PL-PRESS-CORR-SEND', 'days', 21, undefined],
    ['PL-PRESS-CORR-PUB-ONLINE', 'workingDays', 3, undefined],
    ['PL-PRESS-CORR-PUB-DAILY', 'days', 7, undefined],
    ['PL-PRESS-CORR-REFUSAL', 'days', 7, undefined],
    ['UA-API-RESPONSE', 'workingDays', 5, 'UA-API-EXTEND'],
    ['UA-API-URGENT', 'hours', 48, undefined],
    ['UA-API-EXTEND', 'workingDays', 20, undefined],
    ['UA-APPEAL-RESPONSE', 'months', 1, 'UA-APPEAL-MAX'],
    ['UA-APPEAL-SHORT', 'days', 15, 'UA-APPEAL-MAX'],
    ['UA-APPEAL-MAX', 'days', 45, undefined],
    ['UA-MEDIA-REFUTE-FILE', 'days', 20, undefined],
  ] as Array<[RuleId, string, number, RuleId | undefined]>)('%s = %i %s', (id, unit, amount, capRule) => {
    const r = getRule(id);
    expect(r.unit).toBe(unit);
    expect(r.amount).toBe(amount);
    expect(r.capRule).toBe(capRule);
  });

  it('PL-PRESS-REFUSAL does not bind a city hall', () => {
    expect(getRule('PL-PRESS-REFUSAL').bindsPublicBody).toBe(false);
  });

  it('UA-MEDIA-REFUTE-FILE is valid from 2023-03-31', () => {
    expect(getRule('UA-MEDIA-REFUTE-FILE').validFrom).toBe('2023-03-31');
  });

  it('unknown ids throw UNKNOWN_RULE', () => {
    expect(() => getRule('XX-NOPE' as RuleId)).toThrow(DeadlineError);
    try {
      getRule('XX-NOPE' as RuleId);
    } catch (e) {
      expect((e as DeadlineError).code).toBe('UNKNOWN_RULE');
    }
  });

  it('returned rules are copies', () => {
    const r = getRule('PL-UDIP-PROVIDE');
    r.notes.push('mutated');
    r.citation.article = 'x';
    expect(getRule('PL-UDIP-PROVIDE').notes).not.toContain('mutated');
    expect(getRule('PL-UDIP-PROVIDE').citation.article).toBe('art. 13 ust. 1');
  });
});
