/** The rule registry: lookup and listing over the PL and UA tables. */
import { DeadlineError } from './errors';
import { PL_RULES } from './rules-pl';
import { UA_RULES } from './rules-ua';
import { RULE_IDS, type RuleId, type RuleMeta } from './types';

const REGISTRY = new Map<string, RuleMeta>([...PL_RULES, ...UA_RULES].map((r) => [r.id, r]));

function copy(rule: RuleMeta): RuleMeta {
  return { ...rule, citation: { ...rule.citation }, notes: [...rule.notes] };
}

/** All rules, in RULE_IDS order (copies: mutating them does not affect the engine). */
export function listRules(): RuleMeta[] {
  return RULE_IDS.map((id) => getRule(id));
}

/** One rule; throws DeadlineError('UNKNOWN_RULE') for an id the engine does not know. */
export function getRule(id: RuleId): RuleMeta {
  return copy(ruleOrThrow(id));
}

/** Internal: the shared (not copied) rule object. */
export function ruleOrThrow(id: unknown): RuleMeta {
  const rule = typeof id === 'string' ? REGISTRY.get(id) : undefined;
  if (!rule) throw new DeadlineError('UNKNOWN_RULE', { rule: String(id) });
  return rule;
}
