import { SYNCED_SCHEMA, type SyncModule, type SyncedTableName } from './schema';

/**
 * Who may write what, enforced by the server on every pushed change (the UI only mirrors it):
 * secretariat — calendar, meetings, protocols, decisions, patronage, letters;
 * press — inquiries, authorizations, media, letters; admin — everything including shared settings;
 * viewer — reads only. Nobody but the server writes server-made records (conflicts).
 */
export const ROLES = ['admin', 'secretariat', 'press', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const WRITES: Record<Role, readonly SyncModule[]> = {
  admin: [
    'inquiries',
    'authorizations',
    'media',
    'calendar',
    'meetings',
    'protocols',
    'decisions',
    'patronage',
    'letters',
    'contacts',
    'office-settings',
  ],
  secretariat: ['calendar', 'meetings', 'protocols', 'decisions', 'patronage', 'letters', 'contacts'],
  press: ['inquiries', 'authorizations', 'media', 'letters', 'contacts'],
  viewer: [],
};

export function canWrite(role: Role, table: SyncedTableName): boolean {
  return WRITES[role].includes(SYNCED_SCHEMA[table].module);
}
