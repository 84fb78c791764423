import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, openTab, renderLetters } from './test-harness';

const LIST = { id: 'l1', name: 'Jubilaci', description: '', memberCount: 1, createdAt: '', updatedAt: '' };
const HALINA = {
  contactId: 'c7',
  name: 'Halina Nowakowska',
  address: 'ul. Polna 12\n27-400 Ostrowiec',
  salutation: 'Szanowna Pani',
  fields: { givenName: 'Halina', familyName: 'Nowakowska', gender: 'female', organisation: '' },
};

describe('letters to recipients from the contact directory', () => {
  afterEach(() => vi.restoreAllMocks());

  it('adds a distribution list, suggests the salutation and links each register entry to its contact', async () => {
    const app = renderLetters({
      'contacts.lists': () => ok([LIST]),
      'contacts.recipients': () => ok([HALINA]),
    });
    const panel = await openTab('Produce');
    await userEvent.selectOptions(
      panel.getByRole('combobox', { name: 'Template' }),
      'builtin:congratulations_birthday:pl',
    );
    await userEvent.click(panel.getByRole('radio', { name: 'The contact directory' }));
    const list = await panel.findByRole('combobox', { name: 'Recipients from a distribution list' });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Jubilaci (1)' })).toBeInTheDocument());
    await userEvent.selectOptions(list, 'l1');
    await userEvent.click(panel.getByRole('button', { name: 'Add the list' }));
    expect(app.inputs('contacts.recipients')).toEqual([{ listId: 'l1' }]);
    expect(await panel.findByRole('listitem')).toHaveTextContent('Halina Nowakowska');
    const salutation = panel.getByRole('textbox', { name: 'Salutation for Halina Nowakowska' });
    await waitFor(() => expect(salutation).toHaveValue('Szanowna Pani Halino'));

    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    await waitFor(() => expect(app.inputs('letters.produce')).toHaveLength(1));
    expect(app.inputs('letters.produce')[0]).toMatchObject({
      recipientSource: 'contacts',
      recipients: [{ name: 'Halina Nowakowska', contactId: 'c7', address: HALINA.address }],
    });
  });
});
