import type { Migration } from './types';

/**
 * The sync status counts the changes still to send on every refresh of the header indicator; on a
 * workstation with a long unsent history (a standalone office that later signs in) that count scanned
 * every unsent row. This index holds exactly the rows counted. Local table, index only.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'index of changes waiting to be sent',
  up: `
    CREATE INDEX change_log_pending ON change_log (seq) WHERE synced_at IS NULL AND rejected_code IS NULL;
  `,
};
