/**
 * Public types of the deadline engine. Pure data, no behaviour.
 * Statutory background: /shared/domain/legal-deadlines.md (the domain reference).
 */

export type Jurisdiction = 'PL' | 'UA';

/** Every rule the engine knows. The order is the order of `listRules()`. */
export const RULE_IDS = [
  'PL-UDIP-PROVIDE',
  'PL-UDIP-EXTEND',
  'PL-KPA-COMPLAINT',
  'PL-KPA-CERT',
  'PL-USG-INTERPELLATION',
  'PL-PETITION',
  'PL-PRESS-REFUSAL',
  'PL-PRESS-AUTH-DAILY',
  'PL-PRESS-AUTH-PERIODICAL',
  'PL-PRESS-CORR-SEND',
  'PL-PRESS-CORR-PUB-ONLINE',
  'PL-PRESS-CORR-PUB-DAILY',
  'PL-PRESS-CORR-REFUSAL',
  'UA-API-RESPONSE',
  'UA-API-URGENT',
  'UA-API-EXTEND',
  'UA-APPEAL-RESPONSE',
  'UA-APPEAL-SHORT',
  'UA-APPEAL-MAX',
  'UA-MEDIA-REFUTE-FILE',
  'UA-MP-APPEAL',
  'UA-MP-APPEAL-MAX',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Unit = 'hours' | 'days' | 'workingDays' | 'months';

export type Confidence = 'H' | 'M' | 'U';

export interface Citation {
  act: string;
  article: string;
}

/**
 * What happens when the last day of a day/month term is a day off.
 * - `PL-KPA-57-4`: KPA art. 57 § 4 — next day that is neither Saturday nor a statutory day off
 *   (Saturday only for term ends from 2017-06-01; Sunday and holidays always).
 * - `PL-KC-115`: KC art. 115 — the same, Saturday counted from 2017-01-01 (civil-law press terms, by analogy).
 * - `UA-CC-254-5`: ЦК ст. 254 ч. 5 — first working day (Sat/Sun; holidays and transferred days off only
 *   outside the martial-law suspension).
 */
export type RollForward = 'none' | 'PL-KPA-57-4' | 'PL-KC-115' | 'UA-CC-254-5';

export interface RuleMeta {
  id: RuleId;
  jurisdiction: Jurisdiction;
  unit: Unit;
  amount: number;
  citation: Citation;
  /** First local trigger date for which the rule (as encoded) applies, YYYY-MM-DD. */
  validFrom: string;
  /** Last local trigger date, or null while in force. */
  validTo: string | null;
  confidence: Confidence;
  rollForward: RollForward;
  /** The cap rule an extension of this rule may not exceed. */
  capRule?: RuleId;
  /** 'niezwłocznie' / 'bez zbędnej zwłoki' / 'невідкладно': the amount is only the statutory maximum. */
  soft?: boolean;
  /** false when the obligation cannot bind a city hall (PL-PRESS-REFUSAL); the UI warns. */
  bindsPublicBody?: boolean;
  /** true when the rule itself is sure but how it is counted is not (start point, roll-forward). */
  uncertainCounting?: boolean;
  /** Short English notes, flags such as 'U: …' first. */
  notes: string[];
}

export interface ComputeOptions {
  rule: RuleId;
  /** ISO 8601 instant WITH an offset or Z. */
  start: string;
  /** Office time zone (IANA). Default Europe/Warsaw for PL rules, Europe/Kyiv for UA rules. */
  timeZone?: string;
  /** YYYY-MM-DD, last day of martial law in Ukraine; null/undefined = still in force. */
  uaMartialLawEnd?: string | null;
  /** Only for rules with a capRule. */
  extension?: { newDueDate: string; noticeAt: string };
  /** Periods in which the clock stood (ISO instants); `to: null` = still paused. */
  pauses?: Array<{ from: string; to: string | null }>;
}

export interface ExplanationStep {
  code: string;
  params: Record<string, string | number>;
}

export type DeadlineFlag =
  | 'RECEIPT_ON_DAY_OFF'
  | 'SOFT_DEADLINE'
  | 'NOT_BINDING_ON_PUBLIC_BODY'
  | 'UNCERTAIN_RULE'
  | 'UNCERTAIN_COUNTING'
  | 'ROLLED_FORWARD'
  | 'MARTIAL_LAW_HOLIDAY_WORKING'
  | 'PAUSED'
  | 'SUSPENDED'
  | 'EXTENDED';

export interface DeadlineResult {
  rule: RuleId;
  /** ISO UTC instant (Z) at which the term expires; null while suspended. */
  dueAt: string | null;
  /** Last local day of a day/month/working-day term; null for hour rules and while suspended. */
  dueDate: string | null;
  timeZone: string;
  citation: Citation;
  confidence: Confidence;
  explanation: ExplanationStep[];
  suspended: boolean;
  flags: DeadlineFlag[];
}

/** A statutory public holiday with its legal source and validity. */
export interface HolidayDef {
  /** Stable key, used in reasons: 'holiday:<key>'. */
  key: string;
  jurisdiction: Jurisdiction;
  names: { pl: string; uk: string; en: string };
  date: { kind: 'fixed'; month: number; day: number } | { kind: 'easter'; offset: number };
  source: Citation;
  /** First date on which the entry applies (YYYY-MM-DD). */
  validFrom: string;
  /** Last date on which it applies, or null. */
  validTo: string | null;
  confidence: Confidence;
  notes: string[];
}

export interface CalendarOptions {
  uaMartialLawEnd?: string | null;
}

export interface DayInfo {
  off: boolean;
  /** 'saturday' | 'sunday' | 'holiday:<key>' | 'transfer:<key>' | null for a working day. */
  reason: string | null;
  /** UA only: key of a holiday that falls on this date but is a working day under martial law. */
  suspendedHoliday: string | null;
}
