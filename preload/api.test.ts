import { describe, expect, it, vi } from 'vitest';
import { exposePressdeskApi } from './api';

describe('preload bridge', () => {
  const fakeIpc = () => ({
    invoke: vi.fn(() => Promise.resolve({ ok: true, data: 1 })),
    on: vi.fn(),
    removeListener: vi.fn(),
  });

  it('forwards only methods of the contract', async () => {
    const ipc = fakeIpc();
    const api = exposePressdeskApi(ipc as never);
    expect(await api.call('inquiries.list', {})).toEqual({ ok: true, data: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('pressdesk:call', 'inquiries.list', {});
    expect(await api.call('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('exposes no ipcRenderer, only call and onEvent', () => {
    expect(Object.keys(exposePressdeskApi(fakeIpc() as never)).sort()).toEqual(['call', 'onEvent']);
  });

  it('subscribes to events and unsubscribes', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const off = exposePressdeskApi(ipc as never).onEvent(listener);
    const wrapped = ipc.on.mock.calls[0]![1] as (e: unknown, p: unknown) => void;
    wrapped({}, { type: 'data.changed', table: 'inquiries' });
    expect(listener).toHaveBeenCalledWith({ type: 'data.changed', table: 'inquiries' });
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith('pressdesk:event', wrapped);
  });
});
