import { describe, expect, it } from 'vitest';
import { measure, percentile, summarize } from './measure';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('interpolates between the nearest ranks', () => {
    expect(percentile(oneToHundred, 50)).toBeCloseTo(50.5);
    expect(percentile(oneToHundred, 95)).toBeCloseTo(95.05);
    expect(percentile([10, 20], 50)).toBe(15);
  });

  it('returns the extremes at 0 and 100, and the only sample of one', () => {
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses no samples and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1, 2], 101)).toThrow();
    expect(() => percentile([1, 2], Number.NaN)).toThrow();
  });
});

describe('summarize', () => {
  it('sorts unsorted samples and leaves the input alone', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ n: 5, p50: 3, p95: 4.8, min: 1, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('measure', () => {
  it('runs the warm-up and then times every iteration', () => {
    let calls = 0;
    const stats = measure(() => calls++, { warmup: 3, iterations: 10 });
    expect(calls).toBe(13);
    expect(stats.n).toBe(10);
    expect(stats.min).toBeGreaterThanOrEqual(0);
    expect(stats.p50).toBeLessThanOrEqual(stats.p95);
  });
});
