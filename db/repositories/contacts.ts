import type { Contact } from '../../core/contacts/schema';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';
import { SyncedRecords } from './synced-records';

const contactMapper = recordMapper<Contact>({
  kind: ['kind', 'text'],
  category: ['category', 'text'],
  outletType: ['outlet_type', 'text'],
  givenName: ['given_name', 'text'],
  familyName: ['family_name', 'text'],
  patronymic: ['patronymic', 'text'],
  title: ['title', 'text'],
  gender: ['gender', 'text'],
  organisationName: ['organisation_name', 'text'],
  organisationId: ['organisation_id', 'text'],
  position: ['position', 'text'],
  emails: ['emails', 'json'],
  phones: ['phones', 'json'],
  addresses: ['addresses', 'json'],
  tags: ['tags', 'json'],
  lists: ['lists', 'json'],
  notes: ['notes', 'text'],
  source: ['source', 'json'],
  consent: ['consent', 'json'],
  visibility: ['visibility', 'text'],
  retentionUntil: ['retention_until', 'text'],
  erasedAt: ['erased_at', 'text'],
});

/** A named distribution list; its members are the contacts whose `lists` hold its id. */
export interface StoredDistributionList {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

const listMapper = recordMapper<StoredDistributionList>({
  name: ['name', 'text'],
  description: ['description', 'text'],
});

/** The contact directory and its distribution lists; writes through the write path inside `transaction`. */
export class ContactRepository {
  readonly contacts: SyncedRecords<Contact>;
  readonly lists: SyncedRecords<StoredDistributionList>;

  constructor(
    private readonly db: Db,
    writes: WritePath,
  ) {
    this.contacts = new SyncedRecords(db, writes, 'contacts', contactMapper);
    this.lists = new SyncedRecords(db, writes, 'distribution_lists', listMapper);
  }

  /**
   * Moves whenever anything is written on this connection (the app's only one): readers may keep what
   * they built from the directory until it moves.
   */
  version(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  transaction<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }
}
