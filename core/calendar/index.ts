export {
  EVENT_TYPES,
  EVENT_STATUSES,
  CALENDAR_TIME_ZONES,
  CalendarEventSchema,
  type CalendarEvent,
  type CalendarTimeZone,
  type EventStatus,
  type EventType,
  type Occurrence,
} from './types';
export {
  expand,
  expandOccurrences,
  expandAll,
  MAX_OCCURRENCES,
  MAX_SCANNED,
  type ExpandOptions,
  type Expansion,
  type InstantInput,
} from './recurrence';
export { findConflicts, conflictsWith, type Conflict, type CandidateConflict } from './conflicts';
export { isValidRrule, parseRrule, ALLOWED_FREQS } from './rrule-text';
