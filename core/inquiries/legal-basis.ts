import type { RuleId } from '../deadlines';

/** The legal basis an office would pick by default, and the warnings a press officer must see. */
export function defaultRuleFor(jurisdiction: 'PL' | 'UA'): RuleId {
  // PL: a journalist's question to a city hall goes through Prawo prasowe art. 3a → UDIP (14 days).
  // UA: a journalist's request is a public-information request (5 working days), not a citizen's appeal.
  return jurisdiction === 'PL' ? 'PL-UDIP-PROVIDE' : 'UA-API-RESPONSE';
}

export type InquiryWarning = 'uaJournalistAsAppeal' | 'plArt4NotBinding' | 'ruleOfOtherJurisdiction';

export function inquiryWarnings(jurisdiction: 'PL' | 'UA', ruleId: RuleId): InquiryWarning[] {
  const warnings: InquiryWarning[] = [];
  if (!ruleId.startsWith(`${jurisdiction}-`)) warnings.push('ruleOfOtherJurisdiction');
  // IMI: treating a journalist's request as a citizen's appeal (30 days instead of 5 wd) is a common violation.
  if (ruleId.startsWith('UA-APPEAL-')) warnings.push('uaJournalistAsAppeal');
  // Prawo prasowe art. 4 ust. 1 binds companies and NGOs, not a city hall (public-finance sector).
  if (ruleId === 'PL-PRESS-REFUSAL') warnings.push('plArt4NotBinding');
  return warnings;
}

/** Rules that make sense as the legal basis of a journalist's inquiry, per jurisdiction. */
export const INQUIRY_RULES: Record<'PL' | 'UA', RuleId[]> = {
  PL: ['PL-UDIP-PROVIDE', 'PL-KPA-COMPLAINT', 'PL-USG-INTERPELLATION', 'PL-PRESS-REFUSAL'],
  UA: ['UA-API-RESPONSE', 'UA-API-URGENT', 'UA-APPEAL-RESPONSE', 'UA-APPEAL-SHORT'],
};
