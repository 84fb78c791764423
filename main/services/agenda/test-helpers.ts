import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/api/contract';
import type { tempApp } from '../../testing/temp-app';

export type App = ReturnType<typeof tempApp>;

/** Calls through the dispatcher (the contract validates input and output) and unwraps the result. */
export async function api<M extends MethodName>(
  app: App,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code}`), { data: result.error });
  return result.data as MethodOutput<M>;
}

/** The error a call answers with (and that it did fail). */
export async function apiError(app: App, method: MethodName, input: unknown) {
  const result = await app.dispatch(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  return (
    result as {
      ok: false;
      error: { code: string; params: Record<string, unknown>; issues: { path: string; message: string }[] };
    }
  ).error;
}

export const rows = (app: App, table: string): number =>
  (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export const event = (patch: Record<string, unknown> = {}) => ({
  calendarId: 'mayor',
  type: 'meeting' as const,
  title: 'Narada z naczelnikami',
  allDay: false,
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-02T10:00:00+01:00',
  timeZone: 'Europe/Warsaw' as const,
  rrule: null,
  exdates: [],
  status: 'confirmed' as const,
  private: false,
  ...patch,
});
