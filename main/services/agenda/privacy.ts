import type { AppContext } from '../context';

/**
 * Who may read private calendar items: the secretariat and administrators. Others (press, viewers)
 * see them only as "busy". A workstation not signed in to a city server is one person's own: it sees all.
 */
export function canSeePrivate(ctx: AppContext): boolean {
  const role = ctx.sync.role();
  return role === null || role === 'admin' || role === 'secretariat';
}
