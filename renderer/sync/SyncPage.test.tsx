import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport, SYNC_OFF } from '../testing/fake-transport';

const SIGNED_IN = {
  ...SYNC_OFF,
  configured: true,
  serverUrl: 'https://pressdesk.um.example',
  userName: 'anna',
  role: 'press',
  online: true,
  pending: 3,
  conflicts: 1,
};

describe('sync page', () => {
  beforeEach(() => {
    window.location.hash = '#/sync';
  });

  it('signs in with the typed address and account, and says plainly when the password is wrong', async () => {
    const fake = fakeTransport({
      'sync.login': () => ({
        ok: false,
        error: { code: 'SYNC', params: { reason: 'UNAUTHORIZED' }, issues: [] },
      }),
    });
    setTransport(fake.transport);
    render(<App />);
    const form = await screen.findByRole('form', { name: 'Sign in' });
    const address = within(form).getByRole('textbox', { name: 'Server address' });
    await userEvent.clear(address);
    await userEvent.type(address, 'https://pressdesk.um.example');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Login' }), 'anna');
    await userEvent.type(within(form).getByLabelText('Password'), 'secret');
    await userEvent.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong login or password');
    expect(fake.call).toHaveBeenCalledWith('sync.login', {
      serverUrl: 'https://pressdesk.um.example',
      username: 'anna',
      password: 'secret',
      allowInsecure: false,
    });
  });

  it('shows the state, pending changes, and lets a person pick a side of a conflict', async () => {
    const fake = fakeTransport({
      'sync.status': () => ({ ok: true, data: SIGNED_IN }),
      'sync.conflicts': () => ({
        ok: true,
        data: [
          {
            id: 'c1',
            table: 'inquiries',
            rowId: 'r1',
            field: 'status',
            winner: { value: 'refused', hlc: 'h2', userName: 'piotr', at: null },
            loser: { value: 'answered', hlc: 'h1', userName: 'anna', at: null },
            detectedAt: '2026-11-23T10:00:00Z',
            label: 'BP.1431.7.2026: Budżet',
          },
        ],
      }),
      'sync.resolveConflict': () => ({ ok: true, data: SIGNED_IN }),
    });
    setTransport(fake.transport);
    render(<App />);
    expect(
      await screen.findByText(/Signed in to https:\/\/pressdesk.um.example as anna \(press office\)/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Changes waiting to be sent: 3/).length).toBeGreaterThan(0);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep anna’s value: Answered' }));
    expect(fake.call).toHaveBeenCalledWith('sync.resolveConflict', { id: 'c1', keep: 'loser' });
    expect(
      await screen.findByText('Your choice was saved and will be sent to the server.'),
    ).toBeInTheDocument();
    const indicator = screen.getByRole('region', { name: 'Sync status' });
    await userEvent.click(within(indicator).getByRole('button', { name: 'Sync now' }));
    expect(fake.call).toHaveBeenCalledWith('sync.now', {});
    fake.call.mockClear();
    window.dispatchEvent(new Event('online'));
    expect(fake.call).toHaveBeenCalledWith('sync.now', {});
  });
});
