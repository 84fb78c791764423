/**
 * Overlapping occurrences for the same person. Intervals are half-open [start, end): a meeting that
 * ends at 10:00 does not clash with one that starts at 10:00. All-day occurrences span their whole
 * local days (startMs/endMs are local midnights). Cancelled occurrences never clash, and a series is
 * not reported against itself (two occurrences of one event). Private events do clash: the person is
 * busy either way.
 *
 * Sort by start, then sweep keeping the occurrences still running: O(n log n + pairs).
 */
import { byStart, expandAll } from './recurrence';
import type { ExpandOptions, InstantInput } from './recurrence';
import type { CalendarEvent, Occurrence } from './types';

export interface Conflict {
  /** The one that starts first (ties: shorter first). */
  first: Occurrence;
  second: Occurrence;
}

export interface CandidateConflict {
  /** An occurrence of the event being saved. */
  candidate: Occurrence;
  /** An occurrence of an already stored event it overlaps. */
  existing: Occurrence;
}

/** Pairs of overlapping occurrences, emitted through `pair` for each (earlier, later). */
function sweep(sorted: readonly Occurrence[], pair: (a: Occurrence, b: Occurrence) => void): void {
  const active = new Map<string, Occurrence[]>(); // per calendarId, still running
  for (const occ of sorted) {
    if (occ.status === 'cancelled' || occ.endMs <= occ.startMs) continue;
    const running = (active.get(occ.calendarId) ?? []).filter((a) => a.endMs > occ.startMs);
    for (const a of running) if (a.eventId !== occ.eventId) pair(a, occ);
    running.push(occ);
    active.set(occ.calendarId, running);
  }
}

/** All overlapping pairs among `occurrences` (any order; several people and events mixed). */
export function findConflicts(occurrences: readonly Occurrence[]): Conflict[] {
  const out: Conflict[] = [];
  sweep([...occurrences].sort(byStart), (first, second) => out.push({ first, second }));
  return out;
}

/**
 * Conflicts the `candidate` (a new event or the moved/edited version of a stored one) would have with
 * `existing` events inside `range`. A stored event with the candidate's id is its old version and is
 * skipped; conflicts among the existing events themselves are not reported.
 */
export function conflictsWith(
  candidate: CalendarEvent,
  existing: readonly CalendarEvent[],
  range: { start: InstantInput; end: InstantInput },
  options?: ExpandOptions,
): CandidateConflict[] {
  if (candidate.status === 'cancelled') return [];
  const own = expandAll([candidate], range.start, range.end, options);
  if (own.length === 0) return [];
  const others = expandAll(
    existing.filter((e) => e.id !== candidate.id && e.calendarId === candidate.calendarId),
    range.start,
    range.end,
    options,
  );
  const out: CandidateConflict[] = [];
  sweep([...own, ...others].sort(byStart), (a, b) => {
    const aMine = a.eventId === candidate.id;
    const bMine = b.eventId === candidate.id;
    if (aMine !== bMine) out.push(aMine ? { candidate: a, existing: b } : { candidate: b, existing: a });
  });
  return out;
}
