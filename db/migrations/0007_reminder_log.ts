import type { Migration } from './types';

/** Reminders this workstation has shown, so none fires twice (also across restarts). Local, not synced. */
export const migration0007: Migration = {
  version: 7,
  name: 'reminders already shown on this workstation',
  up: `
    CREATE TABLE reminder_log (
      key TEXT PRIMARY KEY,
      fired_at TEXT NOT NULL
    ) STRICT;
  `,
};
