import { migration0001 } from './0001_init';
import { migration0002 } from './0002_sync';
import { migration0003 } from './0003_search_keys';
import { migration0004 } from './0004_agenda';
import { migration0005 } from './0005_number_pools';
import { migration0006 } from './0006_letters';
import { migration0007 } from './0007_reminder_log';
import { migration0008 } from './0008_pending_index';
import { migration0009 } from './0009_authorizations';
import { migration0010 } from './0010_contacts_patronage';
import { migration0011 } from './0011_patronage_files';
import type { Migration } from './types';

/** Every migration, in order. Add a new numbered file and list it here; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
];
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
