import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

describe('letter settings', () => {
  it('saves the number pattern and the stationery offsets, and uploads the crest at once', async () => {
    window.location.hash = '#/settings';
    const fake = fakeTransport({ 'letters.setCrest': () => ({ ok: true, data: { crest: true } }) });
    setTransport(fake.transport);
    render(<App />);
    await screen.findByRole('group', { name: 'Letters' });
    const top = screen.getByRole('spinbutton', { name: 'Text starts from the top edge (mm)' });
    expect(top).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /pre-printed stationery/ }));
    await userEvent.clear(top);
    await userEvent.type(top, '52');
    const pattern = screen.getByRole('textbox', { name: 'Number pattern of outgoing letters' });
    await userEvent.clear(pattern);
    await userEvent.type(pattern, 'SEK.0121.{{seq}.{{year}');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    const saved = fake.settings() as Settings;
    expect(saved.office.stationery).toEqual({ enabled: true, topMm: 52, leftMm: 25 });
    expect(saved.office.letterNumberPattern).toBe('SEK.0121.{seq}.{year}');

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'herb.png', {
      type: 'image/png',
    });
    await userEvent.upload(screen.getByLabelText(/City crest/), png);
    await screen.findByText('The crest was saved.');
    await waitFor(() =>
      expect(fake.call).toHaveBeenCalledWith(
        'letters.setCrest',
        expect.objectContaining({ file: expect.objectContaining({ fileName: 'herb.png' }) }),
      ),
    );
  });
});
