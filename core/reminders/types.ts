/**
 * Everything due, from every module, in one shape: the "Today" screen groups these items and the
 * main-side reminder service turns them into notifications. A deadline is either an exact instant
 * (hour terms, a calendar event, a computed statutory `dueAt`) or a local office day (a decision due
 * on Friday is on time all Friday in the office's zone); exactly one of `dueAt` / `dueDate` is set.
 */
import { z } from 'zod';

export const DUE_MODULES = ['inquiries', 'authorizations', 'decisions', 'patronage', 'calendar'] as const;
export type DueModule = (typeof DUE_MODULES)[number];

/** The kinds the modules use today; `kind` stays an open string so a module can add one. */
export const DUE_KINDS = [
  'answer',
  'extensionNotice',
  'authorization',
  'decision',
  'logoApproval',
  'report',
  'event',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const Instant = z.iso.datetime({ offset: true, error: 'invalidDateTime' });
const LocalDate = z.string().regex(DATE, 'invalidDate');

const base = {
  module: z.enum(DUE_MODULES, 'invalidChoice'),
  kind: z.string().min(1, 'required'),
  recordId: z.string().min(1, 'required'),
  /** Shown as it is; no length limit here (a decision's title may run to 2,000 characters). */
  title: z.string(),
  /** Where the record opens: a renderer route name and the record's id. */
  link: z.object({ route: z.string().min(1, 'required'), id: z.string().optional() }),
  /** The provision the deadline comes from, when it is statutory. */
  citation: z.object({ act: z.string(), article: z.string() }).optional(),
};

export const DueItemSchema = z.union([
  /** An exact deadline: ISO instant with an offset or Z. */
  z.object({ ...base, dueAt: Instant, dueDate: z.null() }),
  /** A day-precision deadline: the office's local day 'YYYY-MM-DD', due until its 24:00. */
  z.object({ ...base, dueAt: z.null(), dueDate: LocalDate }),
]);
export type DueItem = z.infer<typeof DueItemSchema>;

/** The clock of one item at `now`. `days` are 24-hour periods unless said otherwise. */
export interface Clock {
  /** Epoch ms at which the item is due; for a day-precision item the next local midnight. */
  dueInstant: number;
  /** dueInstant − now; negative once overdue. */
  remainingMs: number;
  /**
   * How late, or null when not overdue. Exact items: elapsed whole days and hours. Day-precision
   * items: `days` are office calendar days since the due date (due Friday, now Monday → 3, as the
   * decisions control view counts) and `hours` is 0.
   */
  overdueBy: { days: number; hours: number } | null;
  /** Time left, rounded up to the minute; all zero once overdue. */
  remaining: { days: number; hours: number; minutes: number };
}

export type Entry = DueItem & Clock;

export interface DueGroups {
  /** Most late first. */
  overdue: Entry[];
  /** Due before the end of the office's local today, soonest first. */
  today: Entry[];
  /** Due within the horizon's local days after today, soonest first. */
  upcoming: Entry[];
}
