/** The input of the agenda documents: calendar occurrences as the user sees them, and the shared context. */
import type { EventStatus, EventType } from '../../../core/calendar/types';
import type { Language, OfficeSettings } from '../../../core/settings/schema';

export interface AgendaEntry {
  calendarName: string;
  /** Timed: UTC ISO instant; all-day: local date 'YYYY-MM-DD' (end exclusive). */
  start: string;
  end: string;
  allDay: boolean;
  timeZone: string;
  title: string;
  type: EventType;
  status: EventStatus;
  location: string;
  participantsInternal: string[];
  participantsExternal: string[];
  notes: string;
  private: boolean;
}

export interface AgendaContext {
  office: OfficeSettings;
  language: Language;
  /** ISO instant: "as of" on plans, the date of letters. */
  now: string;
}
