/**
 * What this workstation's account may do. The role comes from the city-server sign-in; a workstation
 * not signed in is one person's own and may do everything.
 */
import { AppError } from '../../core/errors';
import { canWrite, ROLES, type Role } from '../../core/sync/permissions';
import type { SyncedTableName } from '../../core/sync/schema';
import type { AppContext } from './context';

export function roleOf(ctx: AppContext): Role | null {
  const role = ctx.sync.role();
  return role !== null && (ROLES as readonly string[]).includes(role) ? (role as Role) : null;
}

export function mayWrite(ctx: AppContext, table: SyncedTableName): boolean {
  const role = roleOf(ctx);
  return role === null || canWrite(role, table);
}

/** Refuses a write the city server would reject anyway, before anything is stored. */
export function assertMayWrite(ctx: AppContext, table: SyncedTableName): void {
  if (!mayWrite(ctx, table)) throw new AppError('NOT_ALLOWED', { reason: 'readOnlyRole' });
}
