/**
 * The instants an event can touch at all: what the repository stores beside each event so that a
 * month view reads only the rows that may overlap it. A single event spans its own start..end; a
 * series spans its first start to its last end when the rule is bounded and short enough to walk,
 * otherwise it is open-ended (null) and is expanded for every view that starts after its first day.
 */
import { parseRrule } from './rrule-text';
import { expand } from './recurrence';
import { instantOfWall, parseWall } from './local-time';
import { parseInstant } from '../deadlines/local-date';
import type { CalendarEvent } from './types';
export { MAX_EVENT_SPAN_MS } from './types';

const FAR_FUTURE_MS = Date.UTC(2200, 0, 1);

export function boundaryMs(value: string, allDay: boolean, timeZone: string): number | null {
  if (!allDay) return parseInstant(value);
  const wall = parseWall(value);
  return wall?.dateOnly ? instantOfWall(wall.wall, timeZone) : null;
}

export function eventSpan(event: CalendarEvent): { startMs: number; endMs: number | null } {
  const startMs = boundaryMs(event.start, event.allDay, event.timeZone) ?? 0;
  const ownEnd = boundaryMs(event.end, event.allDay, event.timeZone) ?? startMs;
  if (event.rrule === null) return { startMs, endMs: ownEnd };
  const parsed = parseRrule(event.rrule);
  if (!parsed || (!parsed.until && parsed.options.count == null)) return { startMs, endMs: null };
  const expansion = expand({ ...event, status: 'planned', exdates: [] }, startMs, FAR_FUTURE_MS);
  const last = expansion.occurrences.at(-1);
  if (expansion.truncated || !last) return { startMs, endMs: expansion.truncated ? null : ownEnd };
  return { startMs, endMs: last.endMs };
}
