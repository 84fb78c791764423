import type { MethodOutput } from '../../core/api/contract';
import { call } from '../api/client';

type Produced = MethodOutput<'letters.produce'>;

/** How the services name a single letter's file: its number with unsafe characters replaced. */
const safe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);

/**
 * The first and last number a finished run registered, from the register: a batch by its id (newest
 * number first), a single letter by its file name among that day's entries. Null when not found.
 */
export async function registeredRange(result: Produced, date: string): Promise<string | null> {
  if (result.cancelled || result.registered === 0) return null;
  try {
    if (result.batchId) {
      const newest = await call('letters.list', { batchId: result.batchId, limit: 1, offset: 0 });
      const last = newest.items[0]?.regNo;
      if (!last) return null;
      if (newest.total <= 1) return last;
      const oldest = await call('letters.list', {
        batchId: result.batchId,
        limit: 1,
        offset: newest.total - 1,
      });
      const first = oldest.items[0]?.regNo;
      return first ? `${first} – ${last}` : last;
    }
    const stem = result.file.fileName.replace(/\.[a-z]+$/i, '');
    const day = await call('letters.list', { from: date, to: date, limit: 500, offset: 0 });
    return day.items.find((letter) => safe(letter.regNo) === stem)?.regNo ?? null;
  } catch {
    return null;
  }
}
