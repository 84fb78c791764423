import {
  computeDeadline,
  DeadlineError,
  DEFAULT_TIME_ZONES,
  getRule,
  type Citation,
  type Confidence,
  type ExplanationStep,
} from '../deadlines';
import { AppError } from '../errors';
import {
  statutoryRuleFor,
  type Authorization,
  type AuthorizationRuleId,
  type AuthorizationStatus,
} from './schema';

/**
 * The authorization clock. Statutory terms come from the deadline engine (core/deadlines:
 * PL-PRESS-AUTH-DAILY / -PERIODICAL — exact hours on UTC instants, DST-safe); agreed terms are the
 * instant the parties agreed. Nothing here counts hours itself.
 */

export interface OfficeClock {
  /** IANA zone of the office; default Europe/Warsaw (PL) / Europe/Kyiv (UA). */
  timeZone?: string;
  /** YYYY-MM-DD; passed to the engine (it does not change hour terms). */
  uaMartialLawEnd?: string | null;
}

/** Prawo prasowe, as the engine names it ("Prawo prasowe (26.01.1984)"). */
export const PRESS_LAW_ACT = getRule('PL-PRESS-AUTH-DAILY').citation.act;
/** ust. 6: new questions, new information or answers, or a changed order are not authorization. */
export const ART_14A_6: Citation = { act: PRESS_LAW_ACT, article: 'art. 14a ust. 6' };
/** ust. 7: no authorization, or a refusal, within the term → authorized without reservations. */
export const ART_14A_7: Citation = { act: PRESS_LAW_ACT, article: 'art. 14a ust. 7' };
/** ust. 4 in fine: "chyba że strony umówią się inaczej" — the agreed term replaces 6 h / 24 h. */
export const ART_14A_4_AGREED: Citation = { act: PRESS_LAW_ACT, article: 'art. 14a ust. 4 in fine (ust. 7)' };

export interface AuthorizationDeadline {
  /** ISO UTC instant (…Z) at which the term is over; from this instant on the text is deemed authorized. */
  dueAt: string;
  /** Engine rule id for statutory terms; null for agreed ones. */
  rule: AuthorizationRuleId | null;
  /** null for a UA agreed term: no statute governs it (README, "UA"). */
  citation: Citation | null;
  confidence: Confidence;
  /** 'statute': PL 6 h / 24 h; 'agreement': the parties' deadline. */
  basis: 'statute' | 'agreement';
  /** The rule was assumed from the outlet type (online/radio/tv/agency without a periodicity). */
  outletAssumed: boolean;
  /** The engine's explanation steps (statutory terms only; [] for agreed). */
  explanation: ExplanationStep[];
}

type Clocked = Pick<
  Authorization,
  'jurisdiction' | 'deadlineKind' | 'agreedDueAt' | 'handedOverAt' | 'outletType' | 'outletPeriodicity'
>;

const lower = (a: Confidence, b: Confidence): Confidence =>
  a === 'U' || b === 'U' ? 'U' : a === 'M' || b === 'M' ? 'M' : 'H';

export function officeZone(jurisdiction: 'PL' | 'UA', office: OfficeClock = {}): string {
  return office.timeZone ?? DEFAULT_TIME_ZONES[jurisdiction];
}

function toInstant(value: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AppError('VALIDATION', {}, [{ path: field, message: 'invalidDateTime' }]);
  return new Date(ms).toISOString();
}

export function authorizationDeadline(record: Clocked, office: OfficeClock = {}): AuthorizationDeadline {
  if (record.deadlineKind === 'agreed') {
    if (!record.agreedDueAt) {
      throw new AppError('VALIDATION', {}, [{ path: 'agreedDueAt', message: 'required' }]);
    }
    const pl = record.jurisdiction === 'PL';
    return {
      dueAt: toInstant(record.agreedDueAt, 'agreedDueAt'),
      rule: null,
      citation: pl ? ART_14A_4_AGREED : null,
      // PL: that ust. 7 also applies to an agreed term is an inference from "w terminach określonych w ust. 4".
      // UA: the effect of silence rests on the parties' agreement only.
      confidence: 'M',
      basis: 'agreement',
      outletAssumed: false,
      explanation: [],
    };
  }
  if (record.jurisdiction !== 'PL') {
    throw new AppError('VALIDATION', {}, [{ path: 'deadlineKind', message: 'uaAgreedDeadlineOnly' }]);
  }
  const outlet = statutoryRuleFor(record.outletType, record.outletPeriodicity);
  try {
    const result = computeDeadline({
      rule: outlet.rule,
      start: record.handedOverAt,
      timeZone: officeZone('PL', office),
      uaMartialLawEnd: office.uaMartialLawEnd ?? null,
    });
    // Hour rules are never suspended here (no pauses are passed), so dueAt is always set.
    return {
      dueAt: result.dueAt as string,
      rule: outlet.rule,
      citation: result.citation,
      confidence: lower(result.confidence, outlet.confidence),
      basis: 'statute',
      outletAssumed: outlet.assumed,
      explanation: result.explanation,
    };
  } catch (error) {
    if (error instanceof DeadlineError)
      throw new AppError('DEADLINE', { reason: error.code, ...error.params });
    throw error;
  }
}

type WithStatus = Clocked & Pick<Authorization, 'status'>;

function nowMs(now: string): number {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new AppError('VALIDATION', {}, [{ path: 'now', message: 'invalidDateTime' }]);
  return ms;
}

/**
 * The status to show at `now`. A request still awaiting an answer becomes `deemed_authorized` AT the due
 * instant (inclusive): art. 14a ust. 4 gives "nie później jednak niż w ciągu 6/24 godzin" from the handover
 * (ust. 5), so the term is the interval [handedOverAt, dueAt) and at dueAt it has run out; ust. 7 then deems
 * the quote authorized without reservations. One millisecond earlier it is still awaiting.
 */
export function effectiveStatus(
  record: WithStatus,
  now: string,
  office: OfficeClock = {},
): AuthorizationStatus {
  if (record.status !== 'awaiting') return record.status;
  return nowMs(now) >= Date.parse(authorizationDeadline(record, office).dueAt)
    ? 'deemed_authorized'
    : 'awaiting';
}

export interface Remaining {
  dueAt: string;
  /** Milliseconds left until dueAt, never negative. */
  ms: number;
  /** now ≥ dueAt (the same inclusive boundary as effectiveStatus). */
  overdue: boolean;
  /** The countdown runs: still awaiting and not yet overdue. */
  running: boolean;
}

/** For the countdown. */
export function remaining(record: WithStatus, now: string, office: OfficeClock = {}): Remaining {
  const { dueAt } = authorizationDeadline(record, office);
  const left = Date.parse(dueAt) - nowMs(now);
  const overdue = left <= 0;
  return { dueAt, ms: Math.max(0, left), overdue, running: record.status === 'awaiting' && !overdue };
}

export type LegalEffect =
  | { kind: 'pending'; citation: null }
  | { kind: 'authorized' | 'authorizedWithChanges'; citation: null }
  /** Art. 14a ust. 7: silence or refusal within the term (PL), or silence past an agreed term (UA). */
  | { kind: 'authorizedWithoutReservations'; citation: Citation | null }
  /** UA only: a refusal; no statute gives it another effect. */
  | { kind: 'refused'; citation: null };

/**
 * What the record means legally at `now`. PL art. 14a ust. 7 reads "W przypadku niedokonania lub odmowy
 * dokonania autoryzacji w terminach określonych w ust. 4 uznaje się, że dosłownie cytowana wypowiedź została
 * autoryzowana bez zastrzeżeń": a refusal does not stop publication, so a PL `refused` record is
 * legally authorized without reservations. The UI should say so before the office sends a refusal.
 */
export function legalEffect(record: WithStatus, now: string, office: OfficeClock = {}): LegalEffect {
  const status = effectiveStatus(record, now, office);
  switch (status) {
    case 'awaiting':
      return { kind: 'pending', citation: null };
    case 'authorized':
      return { kind: 'authorized', citation: null };
    case 'authorized_with_changes':
      return { kind: 'authorizedWithChanges', citation: null };
    case 'deemed_authorized':
      return {
        kind: 'authorizedWithoutReservations',
        citation: record.jurisdiction === 'PL' ? ART_14A_7 : null,
      };
    case 'refused':
      return record.jurisdiction === 'PL'
        ? { kind: 'authorizedWithoutReservations', citation: ART_14A_7 }
        : { kind: 'refused', citation: null };
  }
}
