import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

describe('calendars in the settings', () => {
  it('starts from the mayor’s and the press office’s calendars and saves a named deputy', async () => {
    window.location.hash = '#/settings';
    const fake = fakeTransport();
    setTransport(fake.transport);
    render(<App />);
    await screen.findByRole('group', { name: 'Calendars' });
    expect((screen.getByLabelText('Kind of calendar 1') as HTMLSelectElement).value).toBe('mayor');
    expect((screen.getByLabelText('Kind of calendar 2') as HTMLSelectElement).value).toBe('press');

    await userEvent.click(screen.getByRole('button', { name: 'Add a calendar' }));
    await userEvent.type(screen.getByLabelText('Name of calendar 3'), 'Zastępca Prezydenta Ewa Zielińska');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    const saved = fake.settings() as Settings;
    expect(saved.office.calendars).toEqual([
      { id: 'mayor', name: '', kind: 'mayor' },
      { id: 'press', name: '', kind: 'press' },
      { id: 'calendar-3', name: 'Zastępca Prezydenta Ewa Zielińska', kind: 'deputy' },
    ]);
  });
});
