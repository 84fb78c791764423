import type { IpcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../core/api/channels';
import { isMethodName, type AppEvent, type CallResult } from '../core/api/contract';

export interface PressdeskBridge {
  call(method: string, input: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Only methods of the contract pass; the renderer never sees ipcRenderer. */
export function exposePressdeskApi(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): PressdeskBridge {
  return {
    call(method, input) {
      if (!isMethodName(method)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_METHOD', params: { method }, issues: [] },
        });
      }
      return ipc.invoke(CALL_CHANNEL, method, input) as Promise<CallResult<unknown>>;
    },
    onEvent(listener) {
      const wrapped = (_event: unknown, payload: AppEvent) => listener(payload);
      ipc.on(EVENT_CHANNEL, wrapped);
      return () => ipc.removeListener(EVENT_CHANNEL, wrapped);
    },
  };
}
