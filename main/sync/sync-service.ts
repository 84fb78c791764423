import { hostname } from 'node:os';
import { AppError } from '../../core/errors';
import { isSyncedField, isSyncedTable } from '../../core/sync/schema';
import type { Db } from '../../db/connection';
import type { ReserveNumbersRequest, ReserveNumbersResponse } from '../../core/sync/protocol';
import { loadCredentials, saveCredentials, type SyncCredentials } from '../../db/sync-credentials';
import {
  DEFAULT_AFTER_APPLY_HOOKS,
  SyncStore,
  type RejectedChange,
  type SyncConflict,
} from '../../db/sync-store';
import type { Row, SqlValue } from '../../db/tables';
import type { WritePath } from '../../db/write-path';
import { SyncEngine, SyncScheduler, type SyncStatus } from './engine';
import { BlobStore, type StoredBlob } from './blob-store';
import { SyncError } from './errors';
import { HttpTransport, login, type FetchLike } from './http-transport';

export interface SyncServiceDeps {
  db: Db;
  deviceId: string;
  clock: () => Date;
  writes: WritePath;
  /** Tell the renderer which tables changed ('sync' for the status itself). */
  emit: (table: string) => void;
  fetch?: FetchLike;
  /** Where files (templates, produced letters) are kept by content: `<dataDir>/blobs`. */
  dataDir: string;
}

export type SyncView = SyncStatus & {
  configured: boolean;
  serverUrl: string | null;
  userName: string | null;
  role: string | null;
};

/**
 * The workstation's sync, as the rest of the app sees it: signing in to the city server, the status for
 * the indicator, "sync now", the scheduler (interval, reconnect, shortly after local changes), and the
 * review of refused changes and conflicts.
 */
export class SyncService {
  readonly store: SyncStore;
  readonly blobs: BlobStore;
  private readonly engine: SyncEngine;
  private readonly scheduler: SyncScheduler;
  private credentials: SyncCredentials | null;
  private readonly afterSyncTasks: (() => Promise<void>)[] = [];

  constructor(private readonly deps: SyncServiceDeps) {
    this.store = new SyncStore(deps.db, { hooks: DEFAULT_AFTER_APPLY_HOOKS });
    this.blobs = new BlobStore(deps.dataDir);
    this.credentials = loadCredentials(deps.db);
    this.engine = new SyncEngine({
      store: this.store,
      transport: this.transportFor(this.credentials),
      blobs: this.transportFor(this.credentials),
      deviceId: deps.deviceId,
      clock: deps.clock,
      onApplied: (changed) => Object.keys(changed).forEach((table) => deps.emit(table)),
    });
    this.engine.subscribe(() => deps.emit('sync'));
    this.scheduler = new SyncScheduler(async () => {
      const status = await this.engine.syncOnce();
      await this.afterSync();
      return status;
    });
  }

  /** Starts background sync (the running app; tests call syncNow instead). */
  start(): void {
    this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
  }

  /** A local edit was saved: sync shortly (debounced). */
  localChange(): void {
    if (this.credentials) this.scheduler.localChange();
  }

  /** The role of the signed-in account, or null when not signed in. No database work (used per call). */
  role(): string | null {
    return this.credentials?.role ?? null;
  }

  view(): SyncView {
    return {
      ...this.engine.status(),
      configured: this.credentials !== null,
      serverUrl: this.credentials?.serverUrl ?? null,
      userName: this.credentials?.userName ?? null,
      role: this.credentials?.role ?? null,
    };
  }

  async login(input: {
    serverUrl: string;
    username: string;
    password: string;
    allowInsecure: boolean;
  }): Promise<SyncView> {
    try {
      const answer = await login(
        input.serverUrl,
        {
          username: input.username,
          password: input.password,
          deviceName: `${hostname()} (PressDesk)`,
          deviceId: this.deps.deviceId,
        },
        { allowInsecure: input.allowInsecure, ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}) },
      );
      this.credentials = {
        serverUrl: input.serverUrl,
        token: answer.token,
        userName: answer.user.name,
        role: answer.user.role,
        allowInsecure: input.allowInsecure,
      };
    } catch (error) {
      throw asAppError(error);
    }
    saveCredentials(this.deps.db, this.credentials);
    const transport = this.transportFor(this.credentials);
    this.engine.setTransport(transport, transport);
    this.scheduler.online();
    return this.syncNow();
  }

  logout(): SyncView {
    this.credentials = null;
    saveCredentials(this.deps.db, null);
    this.engine.setTransport(null);
    this.deps.emit('sync');
    return this.view();
  }

  async syncNow(): Promise<SyncView> {
    await this.engine.syncOnce();
    await this.afterSync();
    return this.view();
  }

  /** Work that needs the server after each sync (e.g. topping up number blocks); never throws. */
  onSynced(task: () => Promise<void>): void {
    this.afterSyncTasks.push(task);
  }

  private async afterSync(): Promise<void> {
    if (!this.credentials || !this.engine.status().online) return;
    for (const task of this.afterSyncTasks) await task().catch(() => undefined);
  }

  /**
   * Keeps a file by its content and, when signed in, queues it for upload with the next sync, so other
   * workstations can fetch it by its sha256 (letter templates, produced documents).
   */
  storeFile(bytes: Uint8Array): StoredBlob {
    const stored = this.blobs.importBytes(bytes);
    if (this.credentials) this.store.queueBlob(stored, this.deps.clock().toISOString());
    return stored;
  }

  /** The local path of a stored file, fetched from the city server when this workstation lacks it. */
  async fileBySha(sha256: string): Promise<string | null> {
    if (this.blobs.has(sha256)) return this.blobs.pathOf(sha256);
    const transport = this.transportFor(this.credentials);
    if (!transport) return null;
    return transport.downloadBlob(sha256, this.blobs);
  }

  /** Reserves a block of registration numbers on the city server (only when signed in). */
  async reserveNumbers(req: ReserveNumbersRequest): Promise<ReserveNumbersResponse> {
    const transport = this.transportFor(this.credentials);
    if (!transport) throw new SyncError('NOT_LOGGED_IN');
    return transport.reserveNumbers(req);
  }

  conflicts(): SyncConflict[] {
    return this.store.openConflicts();
  }

  rejected(): RejectedChange[] {
    return this.store.rejectedChanges();
  }

  acknowledgeRejected(): SyncView {
    this.store.acknowledgeRejected();
    this.deps.emit('sync');
    return this.view();
  }

  /**
   * The person picks one side of a conflict. It is written as a new edit made on top of the newest value,
   * which the server takes as the resolution (it marks the conflict resolved for everyone).
   */
  resolveConflict(id: string, keep: 'winner' | 'loser'): SyncView {
    const conflict = this.store.openConflicts().find((c) => c.id === id);
    if (!conflict) throw new AppError('NOT_FOUND', { id });
    if (!isSyncedTable(conflict.table) || !isSyncedField(conflict.table, conflict.field)) {
      throw new AppError('NOT_FOUND', { id });
    }
    const chosen = (keep === 'winner' ? conflict.winner.value : conflict.loser.value) as SqlValue;
    const table = conflict.table;
    this.deps.db.transaction(() => {
      this.deps.writes.update(table, conflict.rowId, { [conflict.field]: chosen } as Row, { always: true });
      DEFAULT_AFTER_APPLY_HOOKS[table]?.(this.deps.db, [conflict.rowId]);
    })();
    this.deps.emit(table);
    this.localChange();
    return this.view();
  }

  private transportFor(credentials: SyncCredentials | null): HttpTransport | null {
    if (!credentials) return null;
    return new HttpTransport({
      baseUrl: credentials.serverUrl,
      token: credentials.token,
      allowInsecure: credentials.allowInsecure,
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
    });
  }
}

/** Sync failures reach the renderer as a translatable AppError: errors.SYNC + sync.errors.<reason>. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SyncError) return new AppError('SYNC', { reason: error.code, ...error.params });
  return new AppError('INTERNAL');
}
