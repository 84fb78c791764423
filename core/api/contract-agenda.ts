/**
 * The calendar, meetings, protocols and decisions part of the one API contract (spread into
 * contract.ts). Same rules: every input and output is validated in both transports.
 */
import { z } from 'zod';
import { FileOutSchema as FileOut } from './files';
import {
  CalendarEventDraftSchema,
  CalendarEventRecordSchema,
  CalendarEventUpdateSchema,
  CalendarMoveSchema,
  CalendarRangeSchema,
} from '../calendar/record';
import { EVENT_STATUSES, EVENT_TYPES } from '../calendar/types';
import {
  DecisionCreateSchema,
  DecisionListQuerySchema,
  DecisionNoteSchema,
  DecisionProgressSchema,
  DecisionSchema,
  DecisionUpdateSchema,
  DecisionViewSchema,
} from '../decisions/schema';
import {
  ApplicationCreateSchema,
  ApplicationDeclineSchema,
  ApplicationListQuerySchema,
  ApplicationScheduleSchema,
  ApplicationUpdateSchema,
  MeetingApplicationSchema,
  MeetingRecordSaveSchema,
  MeetingRecordSchema,
} from '../meetings/schema';
import {
  ProtocolApproveSchema,
  ProtocolCreateSchema,
  ProtocolNewVersionSchema,
  ProtocolSchema,
  ProtocolUpdateSchema,
  ProtocolVersionSchema,
} from '../protocols/schema';
import { CalendarOwnerSchema } from '../settings/schema';

const ById = z.object({ id: z.string().min(1, 'required').max(64, 'tooLong') });
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');

/** One occurrence as the views show it. `busy`: a private item the user may not read. */
export const CalendarItemSchema = z.object({
  key: z.string(),
  eventId: z.string(),
  calendarId: z.string(),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string(),
  localStart: z.string(),
  timeZone: z.string(),
  status: z.enum(EVENT_STATUSES),
  type: z.enum(EVENT_TYPES),
  title: z.string(),
  location: z.string(),
  private: z.boolean(),
  busy: z.boolean(),
  recurring: z.boolean(),
  conflict: z.boolean(),
});
export type CalendarItem = z.infer<typeof CalendarItemSchema>;

/** A statutory or follow-up deadline of another module, shown over the calendar on request. */
export const DeadlineOverlaySchema = z.object({
  kind: z.enum(['inquiry', 'decision']),
  id: z.string(),
  title: z.string(),
  /** Local date of the deadline in the office's zone. */
  date: z.string(),
  /** The exact instant when the deadline has one (inquiries), else null. */
  at: z.string().nullable(),
  overdue: z.boolean(),
});
export type DeadlineOverlay = z.infer<typeof DeadlineOverlaySchema>;

export const EventConflictSchema = z.object({
  /** Start of the saved event's occurrence that clashes. */
  start: z.string(),
  other: z.object({
    eventId: z.string(),
    title: z.string(),
    busy: z.boolean(),
    start: z.string(),
    end: z.string(),
    allDay: z.boolean(),
  }),
});
export type EventConflict = z.infer<typeof EventConflictSchema>;

const SaveResult = z.object({
  saved: z.boolean(),
  event: CalendarEventRecordSchema.nullable(),
  conflicts: z.array(EventConflictSchema),
});

const ExportRange = z.object({
  calendarId: z.string().min(1, 'required').max(40, 'tooLong'),
  date: LocalDate,
});

export const agendaContract = {
  'calendar.calendars': { input: z.object({}).strict(), output: z.array(CalendarOwnerSchema) },
  'calendar.list': {
    input: CalendarRangeSchema,
    output: z.object({
      now: z.string(),
      items: z.array(CalendarItemSchema),
      deadlines: z.array(DeadlineOverlaySchema),
      truncated: z.boolean(),
    }),
  },
  'calendar.get': {
    input: ById,
    output: z.object({ event: CalendarEventRecordSchema, busy: z.boolean() }),
  },
  'calendar.create': { input: CalendarEventDraftSchema, output: SaveResult },
  'calendar.update': { input: CalendarEventUpdateSchema, output: SaveResult },
  'calendar.move': { input: CalendarMoveSchema, output: SaveResult },
  'calendar.remove': {
    input: ById.extend({ occurrenceStart: z.string().max(40, 'tooLong').nullable().default(null) }),
    output: z.object({ removed: z.boolean() }),
  },
  /** Reminders due now (from "N minutes before" until the start), for every calendar. */
  'calendar.dueReminders': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        key: z.string(),
        eventId: z.string(),
        title: z.string(),
        start: z.string(),
        allDay: z.boolean(),
        minutesBefore: z.number(),
      }),
    ),
  },
  /** The mayor's daily card (.docx) for one calendar and day. */
  'calendar.dailyCardDocx': { input: ExportRange, output: FileOut },
  /** The week (Monday–Sunday) containing `date`; `public` leaves private items out entirely. */
  'calendar.weeklyPlanDocx': {
    input: ExportRange.extend({ audience: z.enum(['internal', 'public'], 'invalidChoice') }),
    output: FileOut,
  },
  'calendar.exportIcs': {
    input: z.object({
      calendarId: z.string().min(1, 'required').max(40, 'tooLong'),
      from: LocalDate,
      to: LocalDate,
    }),
    output: FileOut,
  },
  'calendar.importIcs': {
    input: z.object({
      calendarId: z.string().min(1, 'required').max(40, 'tooLong'),
      /** The .ics file's text (UTF-8). */
      text: z.string().min(1, 'required').max(5_000_000, 'tooLong'),
    }),
    output: z.object({
      created: z.number(),
      updated: z.number(),
      skipped: z.array(z.object({ uid: z.string().nullable(), reason: z.string() })),
    }),
  },
  'meetings.applications': {
    input: ApplicationListQuerySchema,
    output: z.array(MeetingApplicationSchema),
  },
  'meetings.getApplication': { input: ById, output: MeetingApplicationSchema },
  'meetings.createApplication': { input: ApplicationCreateSchema, output: MeetingApplicationSchema },
  'meetings.updateApplication': { input: ApplicationUpdateSchema, output: MeetingApplicationSchema },
  'meetings.schedule': {
    input: ApplicationScheduleSchema,
    output: z.object({
      scheduled: z.boolean(),
      application: MeetingApplicationSchema,
      conflicts: z.array(EventConflictSchema),
    }),
  },
  'meetings.decline': { input: ApplicationDeclineSchema, output: MeetingApplicationSchema },
  'meetings.withdraw': { input: ById, output: MeetingApplicationSchema },
  'meetings.confirmationDocx': { input: ById, output: FileOut },
  /** The record of the meeting held at an event (null until someone writes it). */
  'meetings.record': {
    input: z.object({ eventId: z.string().min(1, 'required').max(64, 'tooLong') }),
    output: z.object({
      record: MeetingRecordSchema.nullable(),
      event: CalendarEventRecordSchema,
      protocolId: z.string().nullable(),
    }),
  },
  'meetings.saveRecord': { input: MeetingRecordSaveSchema, output: MeetingRecordSchema },
  'protocols.list': {
    input: z.object({}).strict(),
    output: z.array(ProtocolSchema.extend({ decisions: z.number(), openDecisions: z.number() })),
  },
  'protocols.get': {
    input: ById,
    output: z.object({
      now: z.string(),
      protocol: ProtocolSchema,
      decisions: z.array(DecisionViewSchema),
      versions: z.array(ProtocolVersionSchema),
    }),
  },
  'protocols.create': { input: ProtocolCreateSchema, output: ProtocolSchema },
  'protocols.update': { input: ProtocolUpdateSchema, output: ProtocolSchema },
  'protocols.approve': { input: ProtocolApproveSchema, output: ProtocolSchema },
  'protocols.newVersion': { input: ProtocolNewVersionSchema, output: ProtocolSchema },
  'protocols.docx': { input: ById, output: FileOut },
  'decisions.list': {
    input: DecisionListQuerySchema,
    output: z.object({ now: z.string(), items: z.array(DecisionViewSchema) }),
  },
  'decisions.create': { input: DecisionCreateSchema, output: DecisionSchema },
  'decisions.update': { input: DecisionUpdateSchema, output: DecisionSchema },
  'decisions.remove': { input: ById, output: z.object({ removed: z.boolean() }) },
  'decisions.progress': { input: DecisionProgressSchema, output: DecisionSchema },
  'decisions.notes': { input: ById, output: z.array(DecisionNoteSchema) },
  'decisions.exportXlsx': { input: DecisionListQuerySchema, output: FileOut },
} as const;
