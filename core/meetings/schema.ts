/**
 * Meetings of the mayor with residents (seed 003 item 10, seed 004 item 7): the application to meet,
 * its lifecycle, and the record of the meeting once it was held. Messages are i18n keys.
 */
import { z } from 'zod';
import { partialUpdate } from '../api/partial';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const Instant = z.iso.datetime({ offset: true, error: 'invalidDateTime' });
const ById = z.string().min(1, 'required').max(64, 'tooLong');

export const APPLICANT_KINDS = ['person', 'organisation'] as const;
export const APPLICATION_STATUSES = ['received', 'scheduled', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const MeetingApplicationSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  applicantKind: z.enum(APPLICANT_KINDS),
  applicantName: z.string(),
  organisation: z.string(),
  contact: z.string(),
  topic: z.string(),
  preferredDates: z.string(),
  participantsCount: z.number(),
  status: z.enum(APPLICATION_STATUSES),
  declineReason: z.string().nullable(),
  eventId: z.string().nullable(),
  scheduledStart: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingApplication = z.infer<typeof MeetingApplicationSchema>;

const ApplicationFields = z.object({
  receivedAt: Instant,
  applicantKind: z.enum(APPLICANT_KINDS, 'invalidChoice'),
  applicantName: required(200),
  organisation: text(300).default(''),
  contact: required(300),
  topic: required(1000),
  /** As the applicant wrote them, e.g. "Tuesday afternoons in May". */
  preferredDates: text(500).default(''),
  participantsCount: z.number().int('invalid').min(1, 'invalid').max(10_000, 'invalid').default(1),
  notes: text(5000).default(''),
});
export const ApplicationCreateSchema = ApplicationFields;
export type ApplicationCreate = z.output<typeof ApplicationCreateSchema>;
export const ApplicationUpdateSchema = partialUpdate(ApplicationFields).extend({ id: ById });
export type ApplicationUpdate = z.output<typeof ApplicationUpdateSchema>;

/** Scheduling creates the calendar event of a "meeting with residents" in the chosen calendar. */
export const ApplicationScheduleSchema = z
  .object({
    id: ById,
    calendarId: required(40),
    start: Instant,
    end: Instant,
    location: text(300).default(''),
    acceptConflicts: z.boolean().default(false),
  })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { message: 'endBeforeStart', path: ['end'] });
export const ApplicationDeclineSchema = z.object({ id: ById, reason: required(2000) });
export const ApplicationListQuerySchema = z.object({
  status: z.array(z.enum(APPLICATION_STATUSES, 'invalidChoice')).max(4, 'tooMany').default([]),
  q: text(200).default(''),
});

/** Which moves an application may make: scheduled can be moved back to received when the event is cancelled. */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ['scheduled', 'declined', 'withdrawn'],
  scheduled: ['withdrawn', 'received'],
  declined: [],
  withdrawn: [],
};
export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return NEXT[from].includes(to);
}

export const AgendaItemSchema = z.object({
  title: required(500),
  notes: text(2000).default(''),
});

/** The record of a held meeting, linked to its calendar event. */
export const MeetingRecordSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  applicationId: z.string().nullable(),
  title: z.string(),
  attendeesPeople: z.array(z.string()),
  attendeesOrganisations: z.array(z.string()),
  attendeesCount: z.number(),
  agenda: z.array(z.object({ title: z.string(), notes: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

const nameList = z.array(z.string().trim().min(1, 'required').max(300, 'tooLong')).max(500, 'tooMany');
export const MeetingRecordSaveSchema = z.object({
  eventId: ById,
  title: required(500),
  attendeesPeople: nameList.default([]),
  attendeesOrganisations: nameList.default([]),
  attendeesCount: z.number().int('invalid').min(0, 'invalid').max(100_000, 'invalid').default(0),
  agenda: z.array(AgendaItemSchema).max(100, 'tooMany').default([]),
});
export type MeetingRecordSave = z.output<typeof MeetingRecordSaveSchema>;
