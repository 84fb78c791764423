import type { PullResponse, PushRequest, PushResponse } from '../../../core/sync/protocol';
import type { SyncTransport } from '../engine';
import { SyncError } from '../errors';

/** A small deterministic PRNG (mulberry32), so that a failing property run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Fate = 'ok' | 'drop' | 'lose-response' | 'duplicate' | 'delay';

/**
 * The network between workstations and the server, misbehaving on purpose: a request may be dropped,
 * delivered with its answer lost, delivered twice, or held back and delivered later (after newer ones:
 * reordering). Each workstation can also be offline.
 */
export class FaultyNetwork {
  /** Pushes held back, delivered by deliver(). */
  readonly delayed: (() => Promise<unknown>)[] = [];
  faultRate: number;
  readonly stats: Record<Fate, number> = { ok: 0, drop: 0, 'lose-response': 0, duplicate: 0, delay: 0 };

  constructor(
    private readonly random: () => number,
    faultRate: number,
  ) {
    this.faultRate = faultRate;
  }

  wrap(inner: SyncTransport): SyncTransport & { online: boolean } {
    const fate = (push: boolean) => this.fate(push);
    const delayed = this.delayed;
    return {
      online: true,
      async push(req: PushRequest): Promise<PushResponse> {
        if (!this.online) throw new SyncError('OFFLINE');
        const copy = JSON.parse(JSON.stringify(req)) as PushRequest;
        switch (fate(true)) {
          case 'drop':
            throw new SyncError('OFFLINE');
          case 'lose-response':
            await inner.push(copy);
            throw new SyncError('TIMEOUT');
          case 'duplicate':
            await inner.push(copy);
            return inner.push(copy);
          case 'delay':
            delayed.push(() => inner.push(copy));
            throw new SyncError('TIMEOUT');
          default:
            return inner.push(copy);
        }
      },
      async pull(since: number, limit: number): Promise<PullResponse> {
        if (!this.online) throw new SyncError('OFFLINE');
        switch (fate(false)) {
          case 'drop':
            throw new SyncError('OFFLINE');
          case 'lose-response':
            await inner.pull(since, limit);
            throw new SyncError('TIMEOUT');
          case 'duplicate':
            await inner.pull(since, limit);
            return inner.pull(since, limit);
          default:
            return inner.pull(since, limit);
        }
      },
    };
  }

  /** Delivers some held-back requests (all when `all`), in random order. */
  async deliver(all = false): Promise<void> {
    const chosen: (() => Promise<unknown>)[] = [];
    for (let i = this.delayed.length - 1; i >= 0; i--) {
      if (all || this.random() < 0.5) chosen.push(...this.delayed.splice(i, 1));
    }
    for (let i = chosen.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j] as () => Promise<unknown>, chosen[i] as () => Promise<unknown>];
    }
    for (const send of chosen) await send().catch(() => undefined);
  }

  private fate(push: boolean): Fate {
    let fate: Fate = 'ok';
    if (this.random() < this.faultRate) {
      const faults: Fate[] = push
        ? ['drop', 'lose-response', 'duplicate', 'delay']
        : ['drop', 'lose-response', 'duplicate'];
      fate = faults[Math.floor(this.random() * faults.length)] as Fate;
    }
    this.stats[fate]++;
    return fate;
  }
}
