import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../core/settings/schema';
import { PatronageSettings } from './PatronageSettings';
import { renderInShell } from './test-harness';

describe('the patronage settings section', () => {
  it('saves changed numbers, a relabelled and a custom criterion, keeping the other settings', async () => {
    const fake = renderInShell(<PatronageSettings />);
    const section = screen.getByRole('region', { name: 'Honorary patronage' });
    const lead = within(section).getByRole('spinbutton', {
      name: 'Applications at least this many days before the event',
    });
    expect(lead).toHaveValue(30);
    await userEvent.clear(lead);
    await userEvent.type(lead, '45');
    const report = within(section).getByRole('spinbutton', { name: 'Report: days after the event' });
    await userEvent.clear(report);
    await userEvent.type(report, '14');

    const first = within(section).getByRole('textbox', { name: 'Label of criterion 1' });
    expect(first).toHaveValue('');
    expect(first).toHaveAttribute('placeholder', 'The event serves residents (public benefit)');
    await userEvent.click(within(section).getByRole('button', { name: 'Remove criterion 5' }));
    await userEvent.type(
      within(section).getByRole('textbox', { name: 'New criterion' }),
      'Safety plan agreed',
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Add criterion' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Move criterion 5 up' }));
    await userEvent.type(
      within(section).getByRole('textbox', { name: 'Label of criterion 2' }),
      'Non-profit',
    );

    await userEvent.click(within(section).getByRole('button', { name: 'Save patronage settings' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Patronage settings saved.');
    const [saved] = fake.inputs('settings.update') as Settings[];
    expect(saved!.patronage).toEqual({
      leadDays: 45,
      logoApprovalDaysBefore: 7,
      reportDaysAfter: 14,
      criteria: [
        { id: 'publicBenefit', label: '' },
        { id: 'nonCommercial', label: 'Non-profit' },
        { id: 'cityPromotion', label: '' },
        { id: 'custom1', label: 'Safety plan agreed' },
        { id: 'applicantReliable', label: '' },
      ],
    });
    expect(saved!.userName).toBe('Ewa');
    expect(saved!.office.timeZone).toBe('Europe/Warsaw');
  });

  it('shows a translated error on a criterion without a label and saves nothing', async () => {
    const fake = renderInShell(<PatronageSettings />);
    await userEvent.type(screen.getByRole('textbox', { name: 'New criterion' }), 'Temporary');
    await userEvent.click(screen.getByRole('button', { name: 'Add criterion' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Label of criterion 6' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save patronage settings' }));
    expect(await screen.findByRole('textbox', { name: 'Label of criterion 6' })).toHaveAccessibleDescription(
      'Required.',
    );
    expect(fake.inputs('settings.update')).toEqual([]);
  });
});
