/**
 * A calendar event as the secretariat keeps it: the scheduling fields of types.ts plus the details a
 * person reads (location, participants, notes) and reminders. Inputs for create/update and the list
 * query of the calendar views live here too; messages are i18n keys under `validation.`.
 */
import { z } from 'zod';
import { checkEventFields, EventObject } from './types';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const names = z.array(z.string().trim().min(1, 'required').max(200, 'tooLong')).max(100, 'tooMany');

/** Minutes before the start; at most a week. */
export const ReminderSchema = z.number().int('invalid').min(0, 'invalid').max(10_080, 'invalid');

export const EventDetailsObject = z.object({
  location: text(300).default(''),
  participantsInternal: names.default([]),
  participantsExternal: names.default([]),
  notes: text(5000).default(''),
  reminders: z.array(ReminderSchema).max(5, 'tooMany').default([]),
});

export const CalendarEventRecordSchema = EventObject.extend({
  /** Empty for a private item shown as "busy". */
  title: z.string(),
  location: z.string(),
  participantsInternal: z.array(z.string()),
  participantsExternal: z.array(z.string()),
  notes: z.string(),
  reminders: z.array(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CalendarEventRecord = z.infer<typeof CalendarEventRecordSchema>;

/** What a person fills in; the id is given by the repository. */
export const CalendarEventDraftSchema = EventObject.omit({ id: true })
  .extend(EventDetailsObject.shape)
  .extend({
    /** The person saw the listed conflicts and saves anyway. */
    acceptConflicts: z.boolean().default(false),
  })
  .superRefine(checkEventFields);
export type CalendarEventDraft = z.output<typeof CalendarEventDraftSchema>;

export const CalendarEventUpdateSchema = EventObject.extend(EventDetailsObject.shape)
  .extend({ acceptConflicts: z.boolean().default(false) })
  .superRefine(checkEventFields);
export type CalendarEventUpdate = z.output<typeof CalendarEventUpdateSchema>;

/**
 * Drag and resize: new start/end for the event (or for one occurrence of a series, which then becomes
 * its own event and the series skips that date, as desktop calendars do).
 */
export const CalendarMoveSchema = z.object({
  id: z.string().min(1, 'required').max(64, 'tooLong'),
  occurrenceStart: z.string().max(40, 'tooLong').nullable().default(null),
  start: z.string().min(1, 'required').max(40, 'tooLong'),
  end: z.string().min(1, 'required').max(40, 'tooLong'),
  allDay: z.boolean(),
  acceptConflicts: z.boolean().default(false),
});

export const CalendarRangeSchema = z
  .object({
    from: z.iso.datetime({ offset: true, error: 'invalidDateTime' }),
    to: z.iso.datetime({ offset: true, error: 'invalidDateTime' }),
    calendarIds: z.array(z.string().max(40, 'tooLong')).max(50, 'tooMany').default([]),
    /** Statutory deadlines of the other modules as background items. */
    deadlines: z.boolean().default(false),
  })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), { message: 'endBeforeStart', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, {
    message: 'rangeTooLong',
    path: ['to'],
  });
