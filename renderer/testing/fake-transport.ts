import { vi } from 'vitest';
import type { AppEvent, CallResult } from '../../core/api/contract';
import { listRules } from '../../core/deadlines';
import { defaultSettings, type Settings } from '../../core/settings/schema';
import type { Transport } from '../api/transport';

export const SYNC_OFF = {
  configured: false,
  serverUrl: null,
  userName: null,
  role: null,
  online: false,
  syncing: false,
  lastSyncAt: null,
  pending: 0,
  rejected: 0,
  conflicts: 0,
  lastError: null,
};

/** A transport that answers like main-side services would, recording every call. */
export function fakeTransport(overrides: Record<string, (input: unknown) => CallResult<unknown>> = {}) {
  let settings: Settings = {
    ...defaultSettings('Ewa'),
    office: { ...defaultSettings('Ewa').office, language: 'en' },
  };
  const listeners = new Set<(e: AppEvent) => void>();
  const now = '2026-11-23T09:00:00.000Z';
  const answers: Record<string, (input: unknown) => CallResult<unknown>> = {
    'settings.get': () => ({ ok: true, data: settings }),
    'settings.update': (input) => {
      settings = input as Settings;
      return { ok: true, data: settings };
    },
    'system.info': () => ({
      ok: true,
      data: { appVersion: 't', mode: 'browser', dataDir: '/tmp', deviceId: 'd', now },
    }),
    'inquiries.list': () => ({ ok: true, data: { now, total: 0, items: [] } }),
    'inquiries.dashboard': () => ({ ok: true, data: { now, overdue: [], dueSoon: [], countsByStatus: {} } }),
    'deadlines.rules': () => ({ ok: true, data: listRules() }),
    'deadlines.preview': () => ({ ok: true, data: { deadline: null, errorCode: null, warnings: [] } }),
    'calendar.dueReminders': () => ({ ok: true, data: [] }),
    'today.list': () => ({ ok: true, data: { now, overdue: [], today: [], upcoming: [], badge: 0 } }),
    'reminders.state': () => ({ ok: true, data: { pending: [], badge: 0 } }),
    'authorizations.list': () => ({ ok: true, data: { now, items: [] } }),
    'contacts.list': () => ({
      ok: true,
      data: { items: [], total: 0, tags: [], lists: [], pastRetention: 0 },
    }),
    'contacts.lists': () => ({ ok: true, data: [] }),
    'patronage.list': () => ({ ok: true, data: { now, items: [] } }),
    'letters.templates': () => ({ ok: true, data: [] }),
    'letters.pdfAvailable': () => ({ ok: true, data: { available: false } }),
    'letters.list': () => ({ ok: true, data: { total: 0, items: [] } }),
    'sync.status': () => ({ ok: true, data: SYNC_OFF }),
    'sync.now': () => ({ ok: true, data: SYNC_OFF }),
    'sync.conflicts': () => ({ ok: true, data: [] }),
    'sync.rejected': () => ({ ok: true, data: [] }),
    ...overrides,
  };
  const call = vi.fn(async (method: string, input: unknown) => {
    const answer = answers[method];
    return answer
      ? answer(input)
      : { ok: false as const, error: { code: 'UNKNOWN_METHOD' as const, params: {}, issues: [] } };
  });
  const transport: Transport = {
    call,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, call, settings: () => settings };
}
