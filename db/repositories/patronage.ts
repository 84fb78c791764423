import type { PatronageApplication } from '../../core/patronage/schema';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';
import { SyncedRecords } from './synced-records';

const patronageMapper = recordMapper<PatronageApplication>({
  applicantName: ['applicant_name', 'text'],
  applicantOrganisationId: ['applicant_organisation_id', 'text'],
  contactPerson: ['contact_person', 'text'],
  contact: ['contact', 'text'],
  eventTitle: ['event_title', 'text'],
  eventStart: ['event_start', 'text'],
  eventEnd: ['event_end', 'text'],
  eventPlace: ['event_place', 'text'],
  scope: ['scope', 'text'],
  audience: ['audience', 'text'],
  expectedParticipants: ['expected_participants', 'int'],
  requests: ['requests', 'json'],
  description: ['description', 'text'],
  receivedAt: ['received_at', 'text'],
  attachments: ['attachments', 'json'],
  checklist: ['checklist', 'json'],
  status: ['status', 'text'],
  decidedAt: ['decided_at', 'text'],
  decidedBy: ['decided_by', 'text'],
  refusalReason: ['refusal_reason', 'text'],
  withdrawnAt: ['withdrawn_at', 'text'],
  logoApprovedAt: ['logo_approved_at', 'text'],
  reportReceivedAt: ['report_received_at', 'text'],
  reportNote: ['report_note', 'text'],
  reportAttachments: ['report_attachments', 'json'],
  calendarEventId: ['calendar_event_id', 'text'],
  letterIds: ['letter_ids', 'json'],
});

/** The name a file of an application came with (the application's attachments, the report's photos). */
export interface PatronageFile {
  id: string;
  applicationId: string;
  sha256: string;
  name: string;
  mimeType: string;
  createdAt: string;
  updatedAt: string;
}

const fileMapper = recordMapper<PatronageFile>({
  applicationId: ['application_id', 'text'],
  sha256: ['sha256', 'text'],
  name: ['name', 'text'],
  mimeType: ['mime_type', 'text'],
});

/** Honorary patronage applications; writes through the write path inside `transaction`. */
export class PatronageRepository {
  readonly records: SyncedRecords<PatronageApplication>;
  readonly files: SyncedRecords<PatronageFile>;

  constructor(
    private readonly db: Db,
    writes: WritePath,
  ) {
    this.records = new SyncedRecords(db, writes, 'patronage_applications', patronageMapper);
    this.files = new SyncedRecords(db, writes, 'patronage_files', fileMapper);
  }

  transaction<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }
}
