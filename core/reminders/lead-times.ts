/**
 * How long before a deadline the desktop reminds, per module: a list of lead times in minutes before
 * the due instant (0 = at the deadline itself). Calendar events are not here: each event carries its
 * own reminders (core/calendar/reminders.ts).
 */
import { z } from 'zod';

export const REMINDER_MODULES = ['inquiries', 'authorizations', 'decisions', 'patronage'] as const;
export type ReminderModule = (typeof REMINDER_MODULES)[number];

const HOUR = 60;
const DAY = 24 * HOUR;

/** At most 30 days before, at most 6 reminders per module. */
export const MAX_LEAD_MINUTES = 30 * DAY;
export const MAX_LEADS_PER_MODULE = 6;

export const DEFAULT_LEAD_MINUTES: Readonly<Record<ReminderModule, readonly number[]>> = {
  inquiries: [DAY, 2 * HOUR],
  authorizations: [2 * HOUR, 30],
  decisions: [3 * DAY, DAY],
  patronage: [7 * DAY, DAY],
};

/** Whole minutes, 0…30 days; stored sorted from the earliest reminder (largest lead) to the last, without repeats. */
export const LeadTimesSchema = z
  .array(z.number('invalid').int('invalid').min(0, 'invalid').max(MAX_LEAD_MINUTES, 'invalid'))
  .max(MAX_LEADS_PER_MODULE, 'tooMany')
  .transform((leads) => [...new Set(leads)].sort((a, b) => b - a));

const leadsFor = (module: ReminderModule) => LeadTimesSchema.default(() => [...DEFAULT_LEAD_MINUTES[module]]);

export const ReminderSettingsSchema = z.object({
  inquiries: leadsFor('inquiries'),
  authorizations: leadsFor('authorizations'),
  decisions: leadsFor('decisions'),
  patronage: leadsFor('patronage'),
});
export type ReminderSettings = z.output<typeof ReminderSettingsSchema>;
export type ReminderSettingsInput = z.input<typeof ReminderSettingsSchema>;

/** A fresh copy of the defaults. */
export function defaultReminderSettings(): ReminderSettings {
  return ReminderSettingsSchema.parse({});
}
