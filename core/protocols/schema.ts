/**
 * Protocols of meetings (seed 004 item 7): drafted, then approved. Approval locks the text; a later
 * change needs a new version with the reason, and every approved version is kept as a snapshot.
 */
import { z } from 'zod';
import { partialUpdate } from '../api/partial';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');
const ById = z.string().min(1, 'required').max(64, 'tooLong');
const lines = z.array(z.string().trim().min(1, 'required').max(500, 'tooLong')).max(200, 'tooMany');

export const PROTOCOL_STATUSES = ['draft', 'approved'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

export const ProtocolSchema = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  eventId: z.string().nullable(),
  title: z.string(),
  date: z.string(),
  place: z.string(),
  chair: z.string(),
  attendees: z.array(z.string()),
  agenda: z.array(z.string()),
  minutes: z.string(),
  status: z.enum(PROTOCOL_STATUSES),
  version: z.number(),
  revisionReason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Protocol = z.infer<typeof ProtocolSchema>;

const ProtocolFields = z.object({
  title: required(500),
  date: LocalDate,
  place: text(300).default(''),
  chair: text(200).default(''),
  attendees: lines.default([]),
  agenda: lines.default([]),
  minutes: text(100_000).default(''),
});
export const ProtocolCreateSchema = ProtocolFields.extend({
  meetingId: z.string().max(64, 'tooLong').nullable().default(null),
  eventId: z.string().max(64, 'tooLong').nullable().default(null),
});
export type ProtocolCreate = z.output<typeof ProtocolCreateSchema>;
export const ProtocolUpdateSchema = partialUpdate(ProtocolFields).extend({ id: ById });
export type ProtocolUpdate = z.output<typeof ProtocolUpdateSchema>;
export const ProtocolApproveSchema = z.object({ id: ById });
export const ProtocolNewVersionSchema = z.object({ id: ById, reason: required(2000) });

/** An approved version as it was signed, decisions included; never changed afterwards. */
export const ProtocolVersionSchema = z.object({
  id: z.string(),
  protocolId: z.string(),
  version: z.number(),
  reason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  snapshot: z.object({
    title: z.string(),
    date: z.string(),
    place: z.string(),
    chair: z.string(),
    attendees: z.array(z.string()),
    agenda: z.array(z.string()),
    minutes: z.string(),
    decisions: z.array(
      z.object({
        title: z.string(),
        departmentId: z.string().nullable(),
        responsiblePersonId: z.string().nullable(),
        dueDate: z.string(),
      }),
    ),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProtocolVersion = z.infer<typeof ProtocolVersionSchema>;
export type ProtocolSnapshot = ProtocolVersion['snapshot'];
