/** iCalendar (.ics, RFC 5545) export and import of calendar events. */
export { eventsToIcs, DEFAULT_PRODUCT_ID, UID_DOMAIN, type IcsExportOptions } from './write';
export {
  icsToEvents,
  type IcsImportOptions,
  type IcsImportResult,
  type ImportedEvent,
  type SkipReason,
} from './read';
export { DEFAULT_PARTICIPANT_LABELS, type ParticipantLabels } from './description';
