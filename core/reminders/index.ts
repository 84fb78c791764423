/**
 * Public API of "everything due": the Today screen's grouping, the per-module lead times and the
 * reminder engine (de-duplication, catch-up). Pure TypeScript: the clock is always injected.
 */
export {
  DUE_MODULES,
  DUE_KINDS,
  DueItemSchema,
  type DueModule,
  type DueItem,
  type Clock,
  type Entry,
  type DueGroups,
} from './types';
export {
  groupDue,
  clockOf,
  dueInstantOf,
  compareEntries,
  DEFAULT_HORIZON_DAYS,
  MAX_HORIZON_DAYS,
} from './today';
export {
  ReminderSettingsSchema,
  LeadTimesSchema,
  DEFAULT_LEAD_MINUTES,
  MAX_LEAD_MINUTES,
  MAX_LEADS_PER_MODULE,
  REMINDER_MODULES,
  defaultReminderSettings,
  type ReminderModule,
  type ReminderSettings,
  type ReminderSettingsInput,
} from './lead-times';
export {
  remindersToFire,
  reminderKey,
  withFired,
  badgeCount,
  LIVE_WINDOW_MINUTES,
  type Reminder,
  type ReminderRun,
  type ReminderResult,
} from './engine';
export { inquiryDueItems, decisionDueItem, patronageDueItems } from './sources';
