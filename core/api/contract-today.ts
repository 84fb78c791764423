/** The Today screen and reminders part of the one API contract (spread into contract.ts). */
import { z } from 'zod';
import { DueItemSchema } from '../reminders/types';

const ClockSchema = z.object({
  dueInstant: z.number(),
  remainingMs: z.number(),
  overdueBy: z.object({ days: z.number(), hours: z.number() }).nullable(),
  remaining: z.object({ days: z.number(), hours: z.number(), minutes: z.number() }),
});
export const DueEntrySchema = z.intersection(DueItemSchema, ClockSchema);
export type DueEntry = z.infer<typeof DueEntrySchema>;

const ReminderStateSchema = z.object({
  pending: z.array(
    z.object({
      key: z.string(),
      module: z.string(),
      kind: z.string(),
      title: z.string(),
      dueInstant: z.string(),
      leadMinutes: z.number().nullable(),
      link: z.object({ route: z.string(), id: z.string().optional() }),
    }),
  ),
  badge: z.number(),
});

export const todayContract = {
  'today.list': {
    input: z.object({ horizonDays: z.number().int().min(0, 'invalid').max(60, 'invalid').default(7) }),
    output: z.object({
      now: z.string(),
      overdue: z.array(DueEntrySchema),
      today: z.array(DueEntrySchema),
      upcoming: z.array(DueEntrySchema),
      /** Overdue + due today: the number on the tray icon / window title. */
      badge: z.number(),
    }),
  },
  /** Reminders raised and not yet acknowledged (also those missed while the app was closed). */
  'reminders.state': { input: z.object({}).strict(), output: ReminderStateSchema },
  'reminders.acknowledge': { input: z.object({}).strict(), output: ReminderStateSchema },
} as const;
