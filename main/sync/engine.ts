import { ClockDriftError, decodeHlc } from '../../core/sync/hlc';
import {
  MAX_CLOCK_DRIFT_MS,
  MAX_PULL_LIMIT,
  MAX_PUSH_BATCH,
  changeKey,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type RejectionCode,
} from '../../core/sync/protocol';
import { SCHEMA_VERSION } from '../../db/migrations';
import type { PendingBlob, SyncStore } from '../../db/sync-store';
import { SyncError, reachedServer, toSyncError, type SyncErrorCode, type SyncErrorParams } from './errors';

/** How the engine reaches the server. The HTTP transport and the in-process test server implement it. */
export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(since: number, limit: number): Promise<PullResponse>;
}

/** Optional: uploads queued attachments before the changes that refer to them are pushed. */
export interface BlobUploader {
  uploadBlob(blob: PendingBlob, onProgress: (uploaded: number) => void): Promise<void>;
}

export interface SyncStatus {
  /** The server answered the last attempt (even with an error of its own). */
  online: boolean;
  syncing: boolean;
  /** When the last sync completed without error (ISO). */
  lastSyncAt: string | null;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  lastError: { code: SyncErrorCode; params: SyncErrorParams } | null;
  /** Changes the server refused that the user has not acknowledged yet. */
  rejected: number;
  /** Open conflicts on legal fields, for review. */
  conflicts: number;
}

export interface SyncEngineOptions {
  store: SyncStore;
  /** null until the user has logged in to a server. */
  transport: SyncTransport | null;
  /** This workstation's device id (deviceIdOf(db)). */
  deviceId: string;
  clock: () => Date;
  /** This workstation's data schema (default: db/migrations SCHEMA_VERSION), sent with every push so that
   * the server can tell an outdated workstation to update. */
  schemaVersion?: number;
  pushBatch?: number;
  pullLimit?: number;
  maxClockDriftMs?: number;
  blobs?: BlobUploader | null;
  /** Remote or restored values changed these rows (emit data.changed for the UI). */
  onApplied?: (changed: Record<string, string[]>) => void;
}

/** Refusals that say nothing about the change itself: it stays pending and is sent again later. */
const TRANSIENT_REJECTIONS: ReadonlySet<RejectionCode> = new Set(['CLOCK_DRIFT', 'DEVICE_MISMATCH']);

/**
 * One workstation's sync: pushes local changes in batches, then pulls remote ones page by page.
 * Runs one at a time; every step is durable, so a sync cut at any point resumes where it stopped.
 */
export class SyncEngine {
  private transport: SyncTransport | null;
  private blobs: BlobUploader | null;
  private running: Promise<SyncStatus> | null = null;
  private online = false;
  private syncing = false;
  private lastError: SyncStatus['lastError'] = null;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly pushBatch: number;
  private readonly pullLimit: number;
  private readonly maxDriftMs: number;

  constructor(private readonly options: SyncEngineOptions) {
    this.transport = options.transport;
    this.blobs = options.blobs ?? null;
    this.pushBatch = Math.min(options.pushBatch ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
    this.pullLimit = Math.min(options.pullLimit ?? MAX_PULL_LIMIT, MAX_PULL_LIMIT);
    this.maxDriftMs = options.maxClockDriftMs ?? MAX_CLOCK_DRIFT_MS;
  }

  /** After login (or logout: null). Takes effect at the next sync. */
  setTransport(transport: SyncTransport | null, blobs: BlobUploader | null = null): void {
    this.transport = transport;
    this.blobs = blobs;
    this.online = false;
    this.lastError = null;
    this.notify();
  }

  status(): SyncStatus {
    const { store } = this.options;
    return {
      online: this.online,
      syncing: this.syncing,
      lastSyncAt: store.lastSyncAt(),
      pending: store.pendingCount(),
      lastError: this.lastError,
      rejected: store.rejectedCount(),
      conflicts: store.openConflictCount(),
    };
  }

  /** Status changes (start/end of a sync, errors). Returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pushes everything pending, then pulls until the server has nothing more. Never throws. */
  syncOnce(): Promise<SyncStatus> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(): Promise<SyncStatus> {
    const transport = this.transport;
    if (!transport) {
      this.lastError = { code: 'NOT_LOGGED_IN', params: {} };
      this.notify();
      return this.status();
    }
    this.syncing = true;
    this.notify();
    try {
      const deferred: SyncError[] = [];
      await this.uploadBlobs(deferred);
      await this.pushAll(transport, deferred);
      this.online = true;
      await this.pullAll(transport);
      const first = deferred[0];
      if (first) throw first;
      this.options.store.setLastSyncAt(this.options.clock().toISOString());
      this.lastError = null;
    } catch (error) {
      const e = toSyncError(error);
      this.lastError = e.toData();
      this.online = reachedServer(e.code);
    } finally {
      this.syncing = false;
    }
    const status = this.status();
    this.notify(status);
    return status;
  }

  private async uploadBlobs(deferred: SyncError[]): Promise<void> {
    const blobs = this.blobs;
    if (!blobs) return;
    const { store, clock } = this.options;
    for (const blob of store.pendingBlobs()) {
      try {
        await blobs.uploadBlob(blob, (uploaded) => store.setBlobProgress(blob.sha256, uploaded));
        store.markBlobUploaded(blob.sha256, clock().toISOString());
      } catch (error) {
        const e = toSyncError(error);
        if (!reachedServer(e.code)) throw e;
        deferred.push(e); // one bad attachment must not hold back the office's data
      }
    }
  }

  private async pushAll(transport: SyncTransport, deferred: SyncError[]): Promise<void> {
    const { store, clock, deviceId } = this.options;
    for (;;) {
      const changes = store.pendingChanges(this.pushBatch);
      if (changes.length === 0) return;
      const response = await transport.push({
        schemaVersion: this.options.schemaVersion ?? SCHEMA_VERSION,
        changes,
      });
      this.online = true;
      const sent = new Set(changes.map(changeKey));
      const accepted = response.accepted.filter((k) => sent.has(k));
      const final = response.rejected.filter((r) => sent.has(r.key) && !TRANSIENT_REJECTIONS.has(r.code));
      const transient = response.rejected.filter((r) => sent.has(r.key) && TRANSIENT_REJECTIONS.has(r.code));
      const now = clock();
      const { changed } = store.recordPushResult({ accepted, rejected: final }, now.toISOString());
      this.applied(changed);
      try {
        store.receiveClock(response.serverHlc, now.getTime(), deviceId, this.maxDriftMs);
      } catch (error) {
        if (!(error instanceof ClockDriftError)) throw error;
        deferred.push(
          new SyncError('CLOCK_DRIFT', { seconds: Math.round(error.driftMs / 1000), source: 'server' }),
        );
      }
      const first = transient[0];
      if (first) {
        // Sent again at the next sync; pushing now would only repeat the refusal.
        const params: SyncErrorParams = first.code === 'CLOCK_DRIFT' ? { source: 'local' } : {};
        deferred.push(new SyncError(first.code as SyncErrorCode, { ...params, message: first.message }));
        return;
      }
      if (accepted.length + final.length === 0) throw new SyncError('NO_PROGRESS', { step: 'push' });
    }
  }

  private async pullAll(transport: SyncTransport): Promise<void> {
    const { store, clock, deviceId } = this.options;
    for (;;) {
      const since = store.cursor();
      const page = await transport.pull(since, this.pullLimit);
      const nowMs = clock().getTime();
      let changes = [...page.changes].sort((a, b) => a.serverSeq - b.serverSeq);
      let cursor = page.cursor;
      // A peer whose clock runs too far ahead: apply what came before it, stop the cursor there.
      const bad = changes.findIndex((c) => decodeHlc(c.hlc).wallMs - nowMs > this.maxDriftMs);
      let driftMs = 0;
      if (bad >= 0) {
        driftMs = decodeHlc((changes[bad] as { hlc: string }).hlc).wallMs - nowMs;
        changes = changes.slice(0, bad);
        cursor = changes.at(-1)?.serverSeq ?? since;
      }
      const result = store.applyRemote({
        since,
        changes,
        cursor,
        nowMs,
        deviceId,
        maxDriftMs: this.maxDriftMs,
      });
      this.applied(result.changed);
      if (bad >= 0)
        throw new SyncError('CLOCK_DRIFT', { seconds: Math.round(driftMs / 1000), source: 'peer' });
      if (result.stale) continue; // another writer moved the cursor meanwhile: ask again from there
      if (!page.hasMore) return;
      if (cursor <= since) throw new SyncError('NO_PROGRESS', { step: 'pull' });
    }
  }

  private applied(changed: Record<string, string[]>): void {
    if (Object.keys(changed).length > 0) this.options.onApplied?.(changed);
  }

  private notify(status: SyncStatus = this.status()): void {
    for (const listener of this.listeners) listener(status);
  }
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** Regular sync (default 60 s). */
  intervalMs?: number;
  /** Delay after a local change (default 2 s); further changes within it push it back, up to maxDelayMs. */
  debounceMs?: number;
  /** A burst of local changes is synced at the latest this long after the first (default 15 s). */
  maxDelayMs?: number;
  timers?: Timers;
  now?: () => number;
}

/**
 * When to sync: on an interval, at once on reconnect, and shortly after local changes. Pure timers;
 * the run itself is the engine's. A run asked for while one is going runs again right after it.
 */
export class SyncScheduler {
  private readonly intervalMs: number;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly timers: Timers;
  private readonly now: () => number;
  private intervalTimer: unknown = null;
  private soonTimer: unknown = null;
  private firstChangeAt: number | null = null;
  private running = false;
  private again = false;
  private started = false;

  constructor(
    private readonly run: () => Promise<SyncStatus>,
    options: SchedulerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.debounceMs = options.debounceMs ?? 2_000;
    this.maxDelayMs = options.maxDelayMs ?? 15_000;
    this.timers = options.timers ?? realTimers;
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.soon(0);
  }

  stop(): void {
    this.started = false;
    this.clear();
  }

  /** A local change was written. */
  localChange(): void {
    if (!this.started) return;
    const now = this.now();
    this.firstChangeAt ??= now;
    const latest = this.firstChangeAt + this.maxDelayMs;
    this.soon(Math.max(0, Math.min(this.debounceMs, latest - now)));
  }

  /** The network came back (or the user pressed "sync now"). */
  online(): void {
    if (this.started) this.soon(0);
  }

  private soon(ms: number): void {
    if (this.soonTimer !== null) this.timers.clearTimeout(this.soonTimer);
    this.soonTimer = this.timers.setTimeout(() => {
      this.soonTimer = null;
      void this.fire();
    }, ms);
  }

  private async fire(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.firstChangeAt = null;
    if (this.intervalTimer !== null) this.timers.clearTimeout(this.intervalTimer);
    this.intervalTimer = null;
    let wait = this.intervalMs;
    try {
      const status = await this.run();
      const retry = status.lastError?.code === 'RATE_LIMITED' ? status.lastError.params.retryAfterSeconds : 0;
      if (typeof retry === 'number') wait = Math.max(wait, retry * 1000);
    } catch {
      // the engine reports its own errors in its status
    } finally {
      this.running = false;
    }
    if (!this.started) return;
    if (this.again) {
      this.again = false;
      this.soon(0);
      return;
    }
    this.intervalTimer = this.timers.setTimeout(() => {
      this.intervalTimer = null;
      void this.fire();
    }, wait);
  }

  private clear(): void {
    if (this.soonTimer !== null) this.timers.clearTimeout(this.soonTimer);
    if (this.intervalTimer !== null) this.timers.clearTimeout(this.intervalTimer);
    this.soonTimer = null;
    this.intervalTimer = null;
  }
}
