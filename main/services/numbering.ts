/**
 * Collision-free registration numbers across workstations: blocks of numbers reserved per workstation
 * on the city server (see README, "Registration numbers"). Before a record is registered, `prepareNumber`
 * makes sure a number is at hand (reserving a block when the pool is empty, topping it up in the
 * background when it runs low); inside the record's transaction `takeNumber` takes it.
 */
import { AppError } from '../../core/errors';
import { MAX_NUMBER_BLOCK } from '../../core/sync/protocol';
import { NumberPools } from '../../db/numbering';
import { SyncError } from '../sync/errors';
import type { AppContext } from './context';

/** Numbers reserved at a time; enough for days of work offline. */
export const NUMBER_BLOCK = 50;
/** Below this many left, another block is reserved in the background. */
export const LOW_WATER = 10;

const pools = new WeakMap<AppContext['db'], NumberPools>();
function poolsOf(ctx: AppContext): NumberPools {
  let found = pools.get(ctx.db);
  if (!found) pools.set(ctx.db, (found = new NumberPools(ctx.db)));
  return found;
}

const signedIn = (ctx: AppContext) => ctx.sync.role() !== null;

/** One reservation at a time per series: concurrent registrations wait for the same block. */
const inFlight = new WeakMap<AppContext['db'], Map<string, Promise<void>>>();

function reserve(ctx: AppContext, series: string, year: number, count = NUMBER_BLOCK): Promise<void> {
  let pending = inFlight.get(ctx.db);
  if (!pending) inFlight.set(ctx.db, (pending = new Map()));
  const key = `${series}|${year}`;
  const running = pending.get(key);
  if (running) return running;
  const started = reserveBlock(ctx, series, year, count).finally(() => pending.delete(key));
  pending.set(key, started);
  return started;
}

async function reserveBlock(ctx: AppContext, series: string, year: number, count: number): Promise<void> {
  const numbers = poolsOf(ctx);
  const block = await ctx.sync.reserveNumbers({
    series,
    year,
    count,
    usedUpTo: numbers.lastLocal(series, year),
  });
  ctx.db.transaction(() => numbers.add(block, ctx.clock()))();
}

/** Makes sure `takeNumber` will find `count` numbers; refuses clearly when none can be had (offline, none left). */
export async function prepareNumber(ctx: AppContext, series: string, year: number, count = 1): Promise<void> {
  if (!signedIn(ctx)) return;
  let left = poolsOf(ctx).remaining(series, year);
  try {
    // A batch may need more than one block; each reservation is at most MAX_NUMBER_BLOCK.
    while (left < count) {
      await reserve(ctx, series, year, Math.min(MAX_NUMBER_BLOCK, Math.max(NUMBER_BLOCK, count - left)));
      left = poolsOf(ctx).remaining(series, year);
    }
  } catch (error) {
    // An account that may not write (a viewer) gets no numbers: say that, not "offline".
    const forbidden = error instanceof SyncError && error.code === 'FORBIDDEN';
    throw new AppError('NOT_ALLOWED', { reason: forbidden ? 'numbersForbidden' : 'noNumbers' });
  }
  if (left - count < LOW_WATER) {
    void reserve(ctx, series, year).catch(() => undefined);
  }
}

/** Takes the next number inside the caller's transaction. */
export function takeNumber(ctx: AppContext, series: string, year: number): number {
  const numbers = poolsOf(ctx);
  if (!signedIn(ctx)) return numbers.nextLocal(series, year);
  const taken = numbers.take(series, year);
  if (taken === null) throw new AppError('NOT_ALLOWED', { reason: 'noNumbers' });
  return taken;
}

/** After each sync: keep every series this workstation numbers in stocked for offline work. */
export async function topUpNumbers(ctx: AppContext): Promise<void> {
  const year = Number(ctx.clock().toISOString().slice(0, 4));
  const series = new Set(
    poolsOf(ctx)
      .known()
      .filter((k) => k.year === year)
      .map((k) => k.series),
  );
  series.add('inquiries');
  for (const name of series) {
    if (poolsOf(ctx).remaining(name, year) < LOW_WATER) await reserve(ctx, name, year);
  }
}
