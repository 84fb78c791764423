import { describe, expect, it, vi } from 'vitest';
import { httpTransport, takeTokenFromUrl } from './transport';

describe('browser-mode transport', () => {
  it('takes the launch token from the URL, keeps it for the tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=secret123#/inquiries');
    expect(takeTokenFromUrl(window.location, window.sessionStorage, window.history)).toBe('secret123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/inquiries');
    expect(takeTokenFromUrl(window.location, window.sessionStorage, window.history)).toBe('secret123');
  });

  it('sends the token and the input to /api/<method>', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: 7 })));
    const result = await httpTransport('tok', fetchImpl as unknown as typeof fetch).call('inquiries.list', {
      q: 'łódź',
    });
    expect(result).toEqual({ ok: true, data: 7 });
    expect(fetchImpl).toHaveBeenCalledWith('/api/inquiries.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: '{"q":"łódź"}',
    });
  });

  it('turns a dead server into a translatable network error', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(
      await httpTransport('t', fetchImpl as unknown as typeof fetch).call('system.info', {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', params: { reason: 'network' } },
    });
  });
});
