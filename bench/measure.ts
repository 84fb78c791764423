import { performance } from 'node:perf_hooks';

/** Timing helpers: run a function many times and summarise the durations. */
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
}

/**
 * The p-th percentile (0–100) of already sorted samples, interpolating linearly between the two
 * nearest ranks (the method of numpy's default and of most spreadsheets).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `fn` `warmup` times untimed, then `iterations` times timed with performance.now() (ms). */
export function measure(fn: () => unknown, options: MeasureOptions): Stats {
  for (let i = 0; i < options.warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** Times one call; returns its result and the milliseconds it took. */
export function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}
