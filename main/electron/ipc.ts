import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { AppEvent } from '../../core/api/contract';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../core/api/channels';
import type { Dispatch } from '../api/dispatcher';

/**
 * Electron's transport: one invoke channel into the same dispatcher browser mode uses.
 * Calls from any frame other than our own page are refused.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } };
    }
    return dispatch(method, input);
  });
}

export function forwardEvents(
  onEvent: (listener: (e: AppEvent) => void) => () => void,
  contents: () => WebContents | null,
) {
  return onEvent((event) => contents()?.send(EVENT_CHANNEL, event));
}

/** Only the top frame showing our own index.html may call the services. */
export function senderIsApp(appUrl: string) {
  return (event: IpcMainInvokeEvent): boolean => {
    const url = event.senderFrame?.url ?? '';
    return event.senderFrame?.parent === null && url.startsWith(appUrl);
  };
}
