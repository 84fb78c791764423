/**
 * Failed-login limiter: at most `maxFailures` failures per key within `windowMs` (sliding window), in
 * memory. A blocked key is refused before the password is even checked.
 */
export class FailureRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: { maxFailures: number; windowMs: number; now: () => number }) {}

  /** 0 when the key may try now, else how long until it may (ms). */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    const oldest = recent[recent.length - this.options.maxFailures] as number;
    return Math.max(1, oldest + this.options.windowMs - this.options.now());
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.options.now());
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.prune();
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}
