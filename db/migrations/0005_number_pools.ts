import type { Migration } from './types';

/**
 * Blocks of registration numbers this workstation reserved on the city server, used also offline.
 * Local to the workstation (not synced): the server keeps the authoritative list of blocks.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'number blocks reserved by this workstation',
  up: `
    CREATE TABLE number_pools (
      series TEXT NOT NULL,
      year INTEGER NOT NULL,
      first INTEGER NOT NULL,
      last INTEGER NOT NULL,
      next INTEGER NOT NULL,
      reserved_at TEXT NOT NULL,
      PRIMARY KEY (series, year, first)
    ) STRICT;
  `,
};
