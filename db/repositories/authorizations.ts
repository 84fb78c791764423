import type { Authorization } from '../../core/authorizations';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';
import { SyncedRecords } from './synced-records';

const authorizationMapper = recordMapper<Authorization>({
  journalistName: ['journalist_name', 'text'],
  outletName: ['outlet_name', 'text'],
  outletType: ['outlet_type', 'text'],
  outletPeriodicity: ['outlet_periodicity', 'text'],
  contactId: ['contact_id', 'text'],
  interviewee: ['interviewee', 'text'],
  topic: ['topic', 'text'],
  jurisdiction: ['jurisdiction', 'text'],
  deadlineKind: ['deadline_kind', 'text'],
  agreedDueAt: ['agreed_due_at', 'text'],
  handedOverAt: ['handed_over_at', 'text'],
  receivedText: ['received_text', 'text'],
  authorizedText: ['authorized_text', 'text'],
  status: ['status', 'text'],
  decidedAt: ['decided_at', 'text'],
  refusalReason: ['refusal_reason', 'text'],
  replyText: ['reply_text', 'text'],
  lateAnswerText: ['late_answer_text', 'text'],
  lateAnswerAt: ['late_answer_at', 'text'],
  attachments: ['attachments', 'json'],
});

/** Interview authorizations; writes through the write path inside `transaction`. */
export class AuthorizationRepository {
  readonly records: SyncedRecords<Authorization>;

  constructor(
    private readonly db: Db,
    writes: WritePath,
  ) {
    this.records = new SyncedRecords(db, writes, 'authorizations', authorizationMapper);
  }

  transaction<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }
}
