/**
 * Long jobs the renderer started (batches of letters): each has the id the renderer chose, an abort
 * signal for "Cancel", and progress sent as events through the same channel as data changes.
 */
import type { AppContext } from '../context';

const running = new Map<string, AbortController>();

export interface Job {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
  finish: () => void;
}

export function startJob(ctx: AppContext, jobId: string): Job {
  running.get(jobId)?.abort();
  const controller = new AbortController();
  running.set(jobId, controller);
  let last = -1;
  return {
    signal: controller.signal,
    progress: (done, total) => {
      // At most ~100 events per job, whatever its size.
      const step = Math.max(1, Math.floor(total / 100));
      if (done !== total && done - last < step) return;
      last = done;
      ctx.emit({ type: 'job.progress', jobId, done, total });
    },
    finish: () => {
      if (running.get(jobId) === controller) running.delete(jobId);
    },
  };
}

export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}
