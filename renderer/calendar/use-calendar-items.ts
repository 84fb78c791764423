import { useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import { call, onEvent } from '../api/client';

/** The calendar shows events and the deadlines of inquiries and decisions: any of them may change. */
const TABLES = ['calendar_events', 'inquiries', 'decisions'];

/**
 * The items of the visible range. Reloads when the query changes and whenever main-side services
 * report a change of one of TABLES (another window, sync, a save from a dialog). A slower answer to
 * an older query never overwrites a newer one.
 */
export function useCalendarItems(query: MethodInput<'calendar.list'> | null) {
  const [data, setData] = useState<MethodOutput<'calendar.list'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [version, setVersion] = useState(0);
  const key = query ? JSON.stringify(query) : null;

  useEffect(() => {
    if (!key) return;
    let live = true;
    call('calendar.list', JSON.parse(key) as MethodInput<'calendar.list'>).then(
      (answer) => {
        if (!live) return;
        setData(answer);
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof AppError ? e : new AppError('INTERNAL')),
    );
    return () => {
      live = false;
    };
  }, [key, version]);

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'data.changed' && TABLES.includes(event.table)) setVersion((v) => v + 1);
      }),
    [],
  );

  return { data, error, reload: () => setVersion((v) => v + 1) };
}
