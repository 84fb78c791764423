import { useCallback, useEffect, useState } from 'react';
import { AppError } from '../../core/errors';
import { onEvent } from '../api/client';

interface State<T> {
  data: T | null;
  error: AppError | null;
  loading: boolean;
}

/** Loads data through the API and reloads it when main-side services report a change of `table`. */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[], table?: string) {
  const [state, setState] = useState<State<T>>({ data: null, error: null, loading: true });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) =>
        setState({
          data: null,
          error: error instanceof AppError ? error : new AppError('INTERNAL'),
          loading: false,
        }),
    );
  }, [run]);
  useEffect(reload, [reload]);
  useEffect(() => {
    if (!table) return;
    return onEvent((event) => {
      if (event.type === 'data.changed' && event.table === table) reload();
    });
  }, [table, reload]);
  return { ...state, reload };
}
