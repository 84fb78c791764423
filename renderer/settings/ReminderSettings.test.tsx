import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

describe('reminder lead times in the settings', () => {
  it('saves the lead times typed for a module and flags what cannot be read', async () => {
    window.location.hash = '#/settings';
    const fake = fakeTransport();
    setTransport(fake.transport);
    render(<App />);
    const inquiries = await screen.findByRole('textbox', { name: 'Journalists’ inquiries' });
    expect(inquiries).toHaveValue('1d, 2h');
    await userEvent.clear(inquiries);
    await userEvent.type(inquiries, 'tomorrow');
    expect(inquiries).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(inquiries);
    await userEvent.type(inquiries, '3d, 4h');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect((fake.settings() as Settings).reminders.inquiries).toEqual([4320, 240]);
  });
});
