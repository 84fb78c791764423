import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../api/client';
import { App } from './App';
import { fakeTransport } from '../testing/fake-transport';

const reminder = {
  key: 'e1@2026-11-23T10:00:00#60',
  eventId: 'e1',
  title: 'Sesja Rady Miasta',
  start: '2026-11-23T09:00:00.000Z',
  allDay: false,
  minutesBefore: 60,
};

describe('calendar reminders under the header', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/inquiries';
  });

  it('shows a due reminder in the office’s time until it is dismissed, and not again after that', async () => {
    const fake = fakeTransport({ 'calendar.dueReminders': () => ({ ok: true, data: [reminder] }) });
    setTransport(fake.transport);
    const { unmount } = render(<App />);
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(region.textContent).toContain('Sesja Rady Miasta');
    expect(region.textContent).toContain('10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss the reminder: Sesja Rady Miasta' }));
    expect(screen.queryByRole('region', { name: 'Reminders' })).toBeNull();
    unmount();

    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    expect(fake.call).toHaveBeenCalledWith('calendar.dueReminders', {});
    expect(screen.queryByRole('region', { name: 'Reminders' })).toBeNull();
  });
});
