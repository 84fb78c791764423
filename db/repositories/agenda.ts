import type { Decision, DecisionNote } from '../../core/decisions/schema';
import type { MeetingApplication, MeetingRecord } from '../../core/meetings/schema';
import type { Protocol, ProtocolVersion } from '../../core/protocols/schema';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';
import { SyncedRecords } from './synced-records';

/** Meetings with residents, protocols and decisions: one repository object per synced table. */
export class AgendaRepository {
  readonly applications: SyncedRecords<MeetingApplication>;
  readonly meetings: SyncedRecords<MeetingRecord>;
  readonly protocols: SyncedRecords<Protocol>;
  readonly versions: SyncedRecords<ProtocolVersion>;
  readonly decisions: SyncedRecords<Decision>;
  readonly notes: SyncedRecords<DecisionNote>;

  constructor(
    private readonly db: Db,
    writes: WritePath,
  ) {
    this.applications = new SyncedRecords(db, writes, 'meeting_applications', applicationMapper);
    this.meetings = new SyncedRecords(db, writes, 'meeting_records', meetingMapper);
    this.protocols = new SyncedRecords(db, writes, 'protocols', protocolMapper);
    this.versions = new SyncedRecords(db, writes, 'protocol_versions', versionMapper);
    this.decisions = new SyncedRecords(db, writes, 'decisions', decisionMapper);
    this.notes = new SyncedRecords(db, writes, 'decision_notes', noteMapper);
  }

  /** Runs `work` in one immediate transaction: all of it is written and logged, or nothing. */
  transaction<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }
}

// `scheduledStart` is not stored: the service fills it from the linked event.
const applicationFields = recordMapper<Omit<MeetingApplication, 'scheduledStart'>>({
  receivedAt: ['received_at', 'text'],
  applicantKind: ['applicant_kind', 'text'],
  applicantName: ['applicant_name', 'text'],
  organisation: ['organisation', 'text'],
  contact: ['contact', 'text'],
  topic: ['topic', 'text'],
  preferredDates: ['preferred_dates', 'text'],
  participantsCount: ['participants_count', 'int'],
  status: ['status', 'text'],
  declineReason: ['decline_reason', 'text'],
  eventId: ['event_id', 'text'],
  notes: ['notes', 'text'],
});
const applicationMapper = {
  toRow: (patch: Partial<MeetingApplication>) => {
    const { scheduledStart: _ignored, ...rest } = patch;
    return applicationFields.toRow(rest);
  },
  columnOf: (field: string) => applicationFields.columnOf(field),
  fromRow: (row: Record<string, unknown>): MeetingApplication => ({
    ...applicationFields.fromRow(row),
    scheduledStart: null,
  }),
};

const meetingMapper = recordMapper<MeetingRecord>({
  eventId: ['event_id', 'text'],
  applicationId: ['application_id', 'text'],
  title: ['title', 'text'],
  attendeesPeople: ['attendees_people', 'json'],
  attendeesOrganisations: ['attendees_organisations', 'json'],
  attendeesCount: ['attendees_count', 'int'],
  agenda: ['agenda', 'json'],
});

const protocolMapper = recordMapper<Protocol>({
  meetingId: ['meeting_id', 'text'],
  eventId: ['event_id', 'text'],
  title: ['title', 'text'],
  date: ['date', 'text'],
  place: ['place', 'text'],
  chair: ['chair', 'text'],
  attendees: ['attendees', 'json'],
  agenda: ['agenda', 'json'],
  minutes: ['minutes', 'text'],
  status: ['status', 'text'],
  version: ['version', 'int'],
  revisionReason: ['revision_reason', 'text'],
  approvedAt: ['approved_at', 'text'],
  approvedBy: ['approved_by', 'text'],
});

const versionMapper = recordMapper<ProtocolVersion>({
  protocolId: ['protocol_id', 'text'],
  version: ['version', 'int'],
  reason: ['reason', 'text'],
  approvedAt: ['approved_at', 'text'],
  approvedBy: ['approved_by', 'text'],
  snapshot: ['snapshot', 'json'],
});

const decisionMapper = recordMapper<Decision>({
  protocolId: ['protocol_id', 'text'],
  ordinal: ['ordinal', 'int'],
  title: ['title', 'text'],
  departmentId: ['department_id', 'text'],
  responsiblePersonId: ['responsible_person_id', 'text'],
  dueDate: ['due_date', 'text'],
  status: ['status', 'text'],
  progress: ['progress', 'int'],
  doneAt: ['done_at', 'text'],
  cancelReason: ['cancel_reason', 'text'],
});

// A note's timestamp is `at`; created/updated come from the row.
const noteMapper = recordMapper<DecisionNote>({
  decisionId: ['decision_id', 'text'],
  at: ['at', 'text'],
  author: ['author', 'text'],
  text: ['text', 'text'],
  status: ['status', 'text'],
  progress: ['progress', 'int'],
});
