/**
 * Which deadline reminders to show now. Pure: the caller injects the clock, the keys already shown
 * (`fired`, persisted main-side) and when it last ran; it adds the keys of everything returned to
 * `fired` once shown (see `withFired`).
 *
 * Rules:
 * - One reminder per (deadline, lead time). Its key holds the due instant, so a moved deadline (an
 *   extended inquiry) gets fresh reminders, and the old deadline's keys simply never come back.
 * - A reminder is due from `at` = due − lead. It is returned once: never while its key is in `fired`.
 * - Only the latest due reminder of a deadline counts: once "2 h before" is due, "1 day before" is
 *   superseded (shown or not), so a deadline never produces two reminders in one run.
 * - Live or catch-up: a reminder fires as a notification only if its `at` lies after the previous
 *   run and within the live window before now (a few minutes: one tick of the service). Anything
 *   older was due while the app was closed or asleep (or before the record reached this
 *   workstation): it goes to `catchUp`, shown once at start as one grouped list, never as a burst.
 * - A deadline already overdue by more than its module's largest lead time whose last reminder was
 *   never shown (first run, long closure, a record that arrived late) gets one collapsed "overdue"
 *   reminder instead of its stale "due in …" reminders.
 * - Calendar items are skipped: an event's own reminders cover it (core/calendar/reminders.ts).
 */
import { parseInstant, normalizeTimeZone, toUtcIso } from '../deadlines/local-date';
import { DeadlineError } from '../deadlines/errors';
import type { ReminderModule, ReminderSettings } from './lead-times';
import { dueInstantOf } from './today';
import type { DueGroups, DueItem } from './types';

const MINUTE_MS = 60_000;

/** A reminder older than this (and not after the previous run) counts as missed: catch-up. */
export const LIVE_WINDOW_MINUTES = 5;

export interface Reminder {
  /** `${module}:${recordId}:${kind}:${dueInstantIso}:${leadMinutes}` or `…:${dueInstantIso}:overdue`. */
  key: string;
  item: DueItem;
  /** Minutes before the deadline; null for the collapsed overdue reminder. */
  leadMinutes: number | null;
  /** ISO UTC instant from which the reminder is due (due − lead; the due instant for "overdue"). */
  at: string;
  /** ISO UTC instant of the deadline itself. */
  dueInstant: string;
}

export interface ReminderRun {
  items: readonly DueItem[];
  settings: ReminderSettings;
  /** Office zone: day-precision deadlines end at its local midnight. */
  timeZone: string;
  now: Date;
  fired: ReadonlySet<string>;
  /** ISO instant of the previous run (persisted across restarts), null on the very first run. */
  lastRunAt: string | null;
  /** Defaults to LIVE_WINDOW_MINUTES; keep it above the service's tick interval. */
  liveWindowMinutes?: number;
}

export interface ReminderResult {
  /** Show now as desktop notifications. */
  fire: Reminder[];
  /** Missed while the app was closed: show once, grouped (e.g. on the Today screen at start). */
  catchUp: Reminder[];
}

export function reminderKey(item: DueItem, dueInstant: number, lead: number | 'overdue'): string {
  return `${item.module}:${item.recordId}:${item.kind}:${toUtcIso(dueInstant)}:${lead}`;
}

export function remindersToFire(run: ReminderRun): ReminderResult {
  const nowMs = run.now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('remindersToFire: invalid now');
  const lastRunMs = run.lastRunAt === null ? null : parseInstant(run.lastRunAt);
  if (run.lastRunAt !== null && lastRunMs === null) {
    throw new DeadlineError('INVALID_DATE', { field: 'lastRunAt', value: String(run.lastRunAt) });
  }
  const windowMs = (run.liveWindowMinutes ?? LIVE_WINDOW_MINUTES) * MINUTE_MS;
  const zone = normalizeTimeZone(run.timeZone);

  const isLive = (atMs: number) => (lastRunMs === null || atMs > lastRunMs) && nowMs - atMs <= windowMs;
  const result: ReminderResult = { fire: [], catchUp: [] };
  const seen = new Set<string>();
  const emit = (reminder: Reminder, atMs: number) => {
    if (run.fired.has(reminder.key) || seen.has(reminder.key)) return;
    seen.add(reminder.key);
    (isLive(atMs) ? result.fire : result.catchUp).push(reminder);
  };

  for (const item of run.items) {
    if (item.module === 'calendar') continue;
    const leads = leadsOf(run.settings, item.module);
    const largest = leads[0];
    if (largest === undefined) continue;
    const due = dueInstantOf(item, zone);
    const dueInstant = toUtcIso(due);

    // The latest reminder already due (smallest lead with due − lead ≤ now) supersedes earlier ones.
    const lead = leads.filter((m) => due - m * MINUTE_MS <= nowMs).at(-1);
    if (lead === undefined) continue;
    const atMs = due - lead * MINUTE_MS;
    const key = reminderKey(item, due, lead);

    if (nowMs - due > largest * MINUTE_MS && !run.fired.has(key) && !isLive(atMs)) {
      // Long overdue and its last reminder never shown: one "overdue" reminder instead of stale ones.
      const overdueKey = reminderKey(item, due, 'overdue');
      emit({ key: overdueKey, item, leadMinutes: null, at: dueInstant, dueInstant }, due);
      continue;
    }
    emit({ key, item, leadMinutes: lead, at: toUtcIso(atMs), dueInstant }, atMs);
  }

  // Notifications in the order they came due; the catch-up list by deadline, most urgent first.
  result.fire.sort(
    (a, b) => compareText(a.at, b.at) || compareText(a.dueInstant, b.dueInstant) || compareText(a.key, b.key),
  );
  result.catchUp.sort((a, b) => compareText(a.dueInstant, b.dueInstant) || compareText(a.key, b.key));
  return result;
}

/** `fired` plus the keys of everything a run returned (both lists): what to persist once shown. */
export function withFired(fired: ReadonlySet<string>, result: ReminderResult): Set<string> {
  const next = new Set(fired);
  for (const r of [...result.fire, ...result.catchUp]) next.add(r.key);
  return next;
}

/** Tray badge: overdue plus due today. */
export function badgeCount(groups: Pick<DueGroups, 'overdue' | 'today'>): number {
  return groups.overdue.length + groups.today.length;
}

/** Lead times sorted from the largest to the smallest, without repeats (whatever the caller passed). */
function leadsOf(settings: ReminderSettings, module: ReminderModule): number[] {
  const leads = settings[module] ?? [];
  return [...new Set(leads.filter((m) => Number.isFinite(m) && m >= 0))].sort((a, b) => b - a);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
