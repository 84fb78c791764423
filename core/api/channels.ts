/** Electron IPC channel names, shared by main and preload. */
export const CALL_CHANNEL = 'pressdesk:call';
export const EVENT_CHANNEL = 'pressdesk:event';
