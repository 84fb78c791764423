import type { LoginLimits } from '../auth/session';
import type { BlobStore } from '../blobs/store';
import type { Sql } from '../db/sql';
import type { SchemaVersions } from '../sync/schema-version';

/** What the route handlers share. */
export interface AppContext {
  sql: Sql;
  now: () => Date;
  versions: SchemaVersions;
  limits: LoginLimits;
  blobs: BlobStore;
}
