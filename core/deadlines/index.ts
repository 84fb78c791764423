/**
 * Public API of the statutory deadline engine (PL/UA). Pure TypeScript: no Node, no Electron.
 * See README.md in this folder for semantics, rules, explanation step codes and decisions.
 */
export type {
  Jurisdiction,
  RuleId,
  Unit,
  Confidence,
  Citation,
  RollForward,
  RuleMeta,
  ComputeOptions,
  ExplanationStep,
  DeadlineFlag,
  DeadlineResult,
  HolidayDef,
  CalendarOptions,
  DayInfo,
} from './types';
export { RULE_IDS } from './types';
export { DeadlineError, type DeadlineErrorCode } from './errors';
export { listRules, getRule } from './rules';
export { computeDeadline } from './compute';
export { isDayOff, dayInfo, workingDaysBetween, COVERAGE } from './calendar';
export { localDateOf, DEFAULT_TIME_ZONES, normalizeTimeZone } from './local-date';
export { westernEaster, orthodoxEaster } from './easter';
export { PL_HOLIDAYS } from './holidays-pl';
export { UA_HOLIDAYS, UA_MARTIAL_LAW_SUSPENSION_FROM } from './holidays-ua';
