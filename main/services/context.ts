import type { AppEvent } from '../../core/api/contract';
import type { Db } from '../../db/connection';
import { AgendaRepository } from '../../db/repositories/agenda';
import { CalendarEventRepository } from '../../db/repositories/calendar-events';
import { AuthorizationRepository } from '../../db/repositories/authorizations';
import { ContactRepository } from '../../db/repositories/contacts';
import { PatronageRepository } from '../../db/repositories/patronage';
import { InquiryRepository } from '../../db/repositories/inquiries';
import { LetterRepository } from '../../db/repositories/letters';
import { deviceIdOf, WritePath, type Clock } from '../../db/write-path';
import { SyncService } from '../sync/sync-service';
import { topUpNumbers } from './numbering';
import { systemOpenPath, type OpenPath } from './open-path';
import { ReminderService } from './reminder-service';
import type { FetchLike } from '../sync/http-transport';
import type { SettingsStore } from '../settings/settings-store';

export type AppMode = 'electron' | 'browser';

/** Everything a handler needs, wired once per process. */
export interface AppContext {
  mode: AppMode;
  appVersion: string;
  dataDir: string;
  db: Db;
  deviceId: string;
  settings: SettingsStore;
  clock: Clock;
  inquiries: InquiryRepository;
  calendar: CalendarEventRepository;
  agenda: AgendaRepository;
  letters: LetterRepository;
  authorizations: AuthorizationRepository;
  contacts: ContactRepository;
  patronage: PatronageRepository;
  writes: WritePath;
  sync: SyncService;
  reminders: ReminderService;
  /** Opens a file in the system's default application. */
  openPath: OpenPath;
  emit: (event: AppEvent) => void;
}

export interface ContextOptions {
  mode: AppMode;
  appVersion: string;
  dataDir: string;
  db: Db;
  settings: SettingsStore;
  clock?: Clock;
  /** For tests: how sync reaches the server. */
  fetch?: FetchLike;
  /** Electron's shell.openPath; by default the system's own opener. */
  openPath?: OpenPath;
}

export function createContext(
  options: ContextOptions,
): AppContext & { onEvent: (listener: (e: AppEvent) => void) => () => void } {
  const clock = options.clock ?? (() => new Date());
  const deviceId = deviceIdOf(options.db);
  const writes = new WritePath(
    options.db,
    () => ({ deviceId, userName: options.settings.get().userName }),
    clock,
  );
  const listeners = new Set<(e: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const sync = new SyncService({
    db: options.db,
    dataDir: options.dataDir,
    deviceId,
    clock,
    writes,
    emit: (table) => emit({ type: 'data.changed', table }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const ctx: AppContext & { onEvent: (listener: (e: AppEvent) => void) => () => void } = {
    ...options,
    clock,
    deviceId,
    writes,
    sync,
    inquiries: new InquiryRepository(options.db, writes),
    calendar: new CalendarEventRepository(options.db, writes),
    agenda: new AgendaRepository(options.db, writes),
    letters: new LetterRepository(options.db, writes),
    authorizations: new AuthorizationRepository(options.db, writes),
    contacts: new ContactRepository(options.db, writes),
    patronage: new PatronageRepository(options.db, writes),
    openPath: options.openPath ?? systemOpenPath,
    // Set right below: the service needs the finished context.
    reminders: null as unknown as ReminderService,
    emit: (event) => {
      emit(event);
      // A local edit: send it to the city server shortly.
      if (event.type === 'data.changed' && event.table !== 'sync' && event.table !== 'settings')
        sync.localChange();
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  ctx.reminders = new ReminderService(ctx);
  // Keep registration numbers in stock for offline work after each sync with the city server.
  sync.onSynced(() => topUpNumbers(ctx));
  return ctx;
}

/**
 * The clock. Tests and demos may pin it with PRESSDESK_NOW (an ISO instant, then it runs on from there)
 * so that "overdue" can be shown without waiting for real days to pass.
 */
export function clockFromEnv(value: string | undefined): Clock {
  if (!value) return () => new Date();
  const pinned = Date.parse(value);
  if (Number.isNaN(pinned)) throw new Error(`PRESSDESK_NOW is not an ISO instant: ${value}`);
  const startedAt = Date.now();
  return () => new Date(pinned + (Date.now() - startedAt));
}
