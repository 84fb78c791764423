/**
 * computeDeadline: from a rule and a trigger instant to the instant the term expires, with a
 * machine-readable explanation. Semantics are documented in README.md (same folder).
 */
import { dayInfoResolved, resolveMartialLawEnd } from './calendar';
import { addWorkingDays, rollForward, workingDaysInHalfOpen, type CountEvent } from './counting';
import { DeadlineError } from './errors';
import {
  DEFAULT_TIME_ZONES,
  addDays,
  addMonthsClamped,
  diffDays,
  endOfLocalDay,
  formatLocalIso,
  formatOffset,
  isLocalDate,
  localParts,
  normalizeTimeZone,
  parseInstant,
  toUtcIso,
} from './local-date';
import { ruleOrThrow } from './rules';
import type { ComputeOptions, DeadlineFlag, DeadlineResult, ExplanationStep, RuleMeta } from './types';

const HOUR_MS = 3_600_000;

interface Pause {
  index: number;
  fromMs: number;
  toMs: number | null;
}

interface Ctx {
  startMs: number;
  timeZone: string;
  trigger: string;
  martialLawEnd: string | null;
  pauses: Pause[];
}

interface Core {
  steps: ExplanationStep[];
  flags: DeadlineFlag[];
  /** Due instant counting the closed pauses before any open one. */
  dueMs: number;
  /** Last local day (date rules), null for hour rules. */
  dueDate: string | null;
  /** Start of an open pause, if any. */
  suspendedFromMs: number | null;
}

const step = (code: string, params: Record<string, string | number> = {}): ExplanationStep => ({
  code,
  params,
});

function eventSteps(events: CountEvent[]): ExplanationStep[] {
  return events.map((e) =>
    e.kind === 'skipped'
      ? step('skipped', { date: e.date, reason: e.reason })
      : step('holidayIsWorkingDay', { date: e.date, holiday: e.holiday }),
  );
}

function normalizePauses(raw: ComputeOptions['pauses'], startMs: number): Pause[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new DeadlineError('INVALID_PAUSE', { reason: 'notArray' });
  const pauses = raw.map((p, index): Pause => {
    const fromMs = parseInstant(p?.from);
    if (fromMs === null)
      throw new DeadlineError('INVALID_PAUSE', { index: String(index), reason: 'invalidFrom' });
    let toMs: number | null = null;
    if (p.to !== null && p.to !== undefined) {
      toMs = parseInstant(p.to);
      if (toMs === null)
        throw new DeadlineError('INVALID_PAUSE', { index: String(index), reason: 'invalidTo' });
      if (toMs < fromMs)
        throw new DeadlineError('INVALID_PAUSE', { index: String(index), reason: 'toBeforeFrom' });
    }
    if (fromMs < startMs)
      throw new DeadlineError('INVALID_PAUSE', { index: String(index), reason: 'beforeStart' });
    return { index, fromMs, toMs };
  });
  pauses.sort((a, b) => a.fromMs - b.fromMs);
  for (let i = 1; i < pauses.length; i++) {
    const prev = pauses[i - 1]!;
    const cur = pauses[i]!;
    if (prev.toMs === null || cur.fromMs < prev.toMs) {
      throw new DeadlineError('INVALID_PAUSE', { index: String(cur.index), reason: 'overlap' });
    }
  }
  return pauses;
}

function afterDue(p: Pause): DeadlineError {
  return new DeadlineError('INVALID_PAUSE', { index: String(p.index), reason: 'afterDue' });
}

function computeHours(rule: RuleMeta, ctx: Ctx): Core {
  const steps: ExplanationStep[] = [];
  const flags: DeadlineFlag[] = [];
  let dueMs = ctx.startMs + rule.amount * HOUR_MS;
  steps.push(step('addHours', { amount: rule.amount, dueLocal: formatLocalIso(dueMs, ctx.timeZone) }));
  const before = localParts(ctx.startMs, ctx.timeZone).offsetMinutes;
  const after = localParts(dueMs, ctx.timeZone).offsetMinutes;
  if (before !== after)
    steps.push(step('clockChange', { from: formatOffset(before), to: formatOffset(after) }));
  let suspendedFromMs: number | null = null;
  let shifted = false;
  for (const p of ctx.pauses) {
    if (p.fromMs > dueMs) throw afterDue(p);
    if (p.toMs === null) {
      suspendedFromMs = p.fromMs;
      break;
    }
    dueMs += p.toMs - p.fromMs;
    shifted = true;
    steps.push(
      step('pausedHours', {
        from: formatLocalIso(p.fromMs, ctx.timeZone),
        to: formatLocalIso(p.toMs, ctx.timeZone),
        minutes: Math.round((p.toMs - p.fromMs) / 60_000),
      }),
    );
  }
  if (shifted) {
    steps.push(step('pauseShiftHours', { dueLocal: formatLocalIso(dueMs, ctx.timeZone) }));
    flags.push('PAUSED');
  }
  return { steps, flags, dueMs, dueDate: null, suspendedFromMs };
}

function computeDates(rule: RuleMeta, ctx: Ctx): Core {
  const { trigger, martialLawEnd, timeZone } = ctx;
  const j = rule.jurisdiction;
  const steps: ExplanationStep[] = [];
  const flags: DeadlineFlag[] = [];

  // 1. The raw end of the term.
  let end: string;
  if (rule.unit === 'days') {
    end = addDays(trigger, rule.amount);
    steps.push(step('addDays', { amount: rule.amount, date: end }));
  } else if (rule.unit === 'months') {
    const m = addMonthsClamped(trigger, rule.amount);
    end = m.date;
    steps.push(step('addMonths', { amount: rule.amount, date: end }));
    if (m.clamped) steps.push(step('clampedToMonthEnd', { date: end }));
  } else {
    const w = addWorkingDays(trigger, rule.amount, j, martialLawEnd);
    end = w.date;
    steps.push(step('addWorkingDays', { amount: rule.amount, date: end }));
    steps.push(...eventSteps(w.events));
    if (w.events.some((e) => e.kind === 'holidayIsWorkingDay')) flags.push('MARTIAL_LAW_HOLIDAY_WORKING');
  }

  // 2. Closed pauses shift the raw end; an open pause suspends the clock.
  const dueOf = (rawEnd: string): number =>
    endOfLocalDay(rollForward(rawEnd, rule.rollForward, j, martialLawEnd).date, timeZone);
  let suspendedFromMs: number | null = null;
  let shifted = false;
  for (const p of ctx.pauses) {
    if (p.fromMs > dueOf(end)) throw afterDue(p);
    if (p.toMs === null) {
      suspendedFromMs = p.fromMs;
      break;
    }
    const fromDate = localParts(p.fromMs, timeZone).date;
    const toDate = localParts(p.toMs, timeZone).date;
    const from = formatLocalIso(p.fromMs, timeZone);
    const to = formatLocalIso(p.toMs, timeZone);
    if (rule.unit === 'workingDays') {
      const n = workingDaysInHalfOpen(fromDate, toDate, j, martialLawEnd);
      steps.push(step('pausedWorkingDays', { from, to, workingDays: n }));
      if (n > 0) end = addWorkingDays(end, n, j, martialLawEnd).date;
    } else {
      const n = diffDays(fromDate, toDate);
      steps.push(step('paused', { from, to, days: n }));
      end = addDays(end, n);
    }
    shifted = true;
  }
  if (shifted) {
    steps.push(step('pauseShift', { date: end }));
    flags.push('PAUSED');
  }

  // 3. End on a day off.
  const roll = rollForward(end, rule.rollForward, j, martialLawEnd);
  steps.push(...eventSteps(roll.events));
  if (roll.events.some((e) => e.kind === 'holidayIsWorkingDay')) flags.push('MARTIAL_LAW_HOLIDAY_WORKING');
  if (roll.saturdayNotRolled) steps.push(step('saturdayNotRolled', { date: roll.date }));
  if (roll.date !== end) {
    steps.push(step('rolledForward', { from: end, to: roll.date }));
    flags.push('ROLLED_FORWARD');
  }
  return { steps, flags, dueMs: endOfLocalDay(roll.date, timeZone), dueDate: roll.date, suspendedFromMs };
}

function computeCore(rule: RuleMeta, ctx: Ctx): Core {
  return rule.unit === 'hours' ? computeHours(rule, ctx) : computeDates(rule, ctx);
}

function pushFlag(flags: DeadlineFlag[], flag: DeadlineFlag): void {
  if (!flags.includes(flag)) flags.push(flag);
}

/** Computes a statutory deadline. Throws DeadlineError (see errors.ts) on bad input. */
export function computeDeadline(opts: ComputeOptions): DeadlineResult {
  const rule = ruleOrThrow(opts?.rule);
  const startMs = parseInstant(opts.start);
  if (startMs === null) throw new DeadlineError('INVALID_START', { start: String(opts.start) });
  const timeZone = normalizeTimeZone(opts.timeZone ?? DEFAULT_TIME_ZONES[rule.jurisdiction]);
  const martialLawEnd = resolveMartialLawEnd({ uaMartialLawEnd: opts.uaMartialLawEnd });
  const start = localParts(startMs, timeZone);
  const trigger = start.date;
  if (trigger < rule.validFrom || (rule.validTo !== null && trigger > rule.validTo)) {
    throw new DeadlineError('RULE_NOT_IN_FORCE', {
      rule: rule.id,
      date: trigger,
      validFrom: rule.validFrom,
      validTo: rule.validTo ?? '',
    });
  }
  if (opts.extension && !rule.capRule) throw new DeadlineError('EXTENSION_NOT_ALLOWED', { rule: rule.id });
  const ctx: Ctx = {
    startMs,
    timeZone,
    trigger,
    martialLawEnd,
    pauses: normalizePauses(opts.pauses, startMs),
  };

  const flags: DeadlineFlag[] = [];
  const steps: ExplanationStep[] = [
    step('article', { act: rule.citation.act, article: rule.citation.article }),
    step('trigger', {
      localDate: trigger,
      localTime: start.time,
      timeZone,
      utcOffset: formatOffset(start.offsetMinutes),
    }),
  ];
  if (rule.unit !== 'hours') {
    const info = dayInfoResolved(trigger, rule.jurisdiction, martialLawEnd);
    if (rule.unit === 'workingDays' && info.off) {
      steps.push(step('receiptOnDayOff', { date: trigger, reason: info.reason ?? 'off' }));
      flags.push('RECEIPT_ON_DAY_OFF');
    }
    steps.push(step('countFrom', { date: addDays(trigger, 1) }));
  }

  const core = computeCore(rule, ctx);
  steps.push(...core.steps);
  for (const f of core.flags) pushFlag(flags, f);

  let dueMs = core.dueMs;
  let dueDate = core.dueDate;
  if (opts.extension) {
    const ext = checkExtension(rule, ctx, core, opts.extension);
    steps.push(step('extended', { ...ext, originalDueDate: core.dueDate ?? '' }));
    pushFlag(flags, 'EXTENDED');
    dueDate = ext.newDueDate;
    dueMs = endOfLocalDay(ext.newDueDate, timeZone);
  }

  const suspended = core.suspendedFromMs !== null;
  if (suspended) {
    steps.push(step('suspended', { from: formatLocalIso(core.suspendedFromMs!, timeZone) }));
    pushFlag(flags, 'SUSPENDED');
  } else if (dueDate !== null) {
    steps.push(step('endsAtMidnight', { date: dueDate }));
  }
  if (rule.soft) {
    steps.push(step('soft'));
    pushFlag(flags, 'SOFT_DEADLINE');
  }
  if (rule.bindsPublicBody === false) pushFlag(flags, 'NOT_BINDING_ON_PUBLIC_BODY');
  if (rule.confidence === 'U') pushFlag(flags, 'UNCERTAIN_RULE');
  if (rule.uncertainCounting) pushFlag(flags, 'UNCERTAIN_COUNTING');

  return {
    rule: rule.id,
    dueAt: suspended ? null : toUtcIso(dueMs),
    dueDate: suspended ? null : dueDate,
    timeZone,
    citation: { ...rule.citation },
    confidence: rule.confidence,
    explanation: steps,
    suspended,
    flags,
  };
}

function checkExtension(
  rule: RuleMeta,
  ctx: Ctx,
  base: Core,
  extension: NonNullable<ComputeOptions['extension']>,
): { newDueDate: string; cap: string; noticeAt: string } {
  const { newDueDate, noticeAt } = extension;
  if (!isLocalDate(newDueDate)) {
    throw new DeadlineError('INVALID_DATE', { field: 'extension.newDueDate', value: String(newDueDate) });
  }
  const noticeMs = parseInstant(noticeAt);
  if (noticeMs === null || noticeMs < ctx.startMs) {
    throw new DeadlineError('INVALID_DATE', { field: 'extension.noticeAt', value: String(noticeAt) });
  }
  const capRule = ruleOrThrow(rule.capRule);
  const cap = computeCore(capRule, ctx);
  const baseDue = base.dueDate ?? '';
  const capDue = cap.dueDate ?? '';
  if (newDueDate <= baseDue) {
    throw new DeadlineError('EXTENSION_NOT_LATER', { newDueDate, dueDate: baseDue });
  }
  if (newDueDate > capDue) {
    throw new DeadlineError('EXTENSION_BEYOND_CAP', { newDueDate, cap: capDue, capRule: capRule.id });
  }
  if (noticeMs > base.dueMs) {
    throw new DeadlineError('EXTENSION_NOTICE_LATE', {
      noticeAt: formatLocalIso(noticeMs, ctx.timeZone),
      dueAt: toUtcIso(base.dueMs),
    });
  }
  return { newDueDate, cap: capDue, noticeAt: formatLocalIso(noticeMs, ctx.timeZone) };
}
