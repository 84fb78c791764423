import type { AppEvent, CallResult } from '../../core/api/contract';

/** How calls reach the main-side services: Electron IPC through the preload, or HTTP in browser mode. */
export interface Transport {
  call(method: string, input: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

declare global {
  interface Window {
    pressdesk?: Transport;
  }
}

const TOKEN_KEY = 'pressdesk.token';

/** Browser mode: the token comes once in the URL, is kept for this tab only and removed from the address bar. */
export function takeTokenFromUrl(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? '?' + query : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(
  token: string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): Transport {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` };
  return {
    async call(method, input) {
      try {
        const response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as CallResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', params: { reason: 'network' }, issues: [] } };
      }
    },
    onEvent(listener) {
      const controller = new AbortController();
      void streamEvents(fetchImpl, headers, controller.signal, listener);
      return () => controller.abort();
    },
  };
}

async function streamEvents(
  fetchImpl: typeof fetch,
  headers: Record<string, string>,
  signal: AbortSignal,
  listener: (event: AppEvent) => void,
): Promise<void> {
  try {
    const response = await fetchImpl('/api/events', { headers, signal });
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = chunk.split('\n').find((line) => line.startsWith('data: '));
        if (data) listener(JSON.parse(data.slice(6)) as AppEvent);
      }
    }
  } catch {
    // Aborted on unmount, or the server stopped: the UI still works by explicit reloads.
  }
}

export function defaultTransport(): Transport {
  if (window.pressdesk) return window.pressdesk;
  return httpTransport(takeTokenFromUrl(window.location, window.sessionStorage, window.history));
}
