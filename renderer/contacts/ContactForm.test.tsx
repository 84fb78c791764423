import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContactForm } from './ContactForm';
import { contact, fail, LISTS, ok, OUTLET, renderInShell } from './test-harness';

const ORGS = { items: [OUTLET], total: 1, tags: [], lists: LISTS };

describe('the contact form', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('creates a journalist with the right payload and opens the record', async () => {
    const app = renderInShell(<ContactForm />, {
      'contacts.list': () => ok(ORGS),
      'contacts.lists': () => ok(LISTS),
      'contacts.create': () => ok(contact({ id: 'new1' })),
    });
    const form = within(screen.getByRole('form', { name: 'New contact' }));
    expect(form.getByRole('radio', { name: 'Person' })).toBeChecked();
    const outletType = form.getByRole('combobox', { name: 'Outlet type' });
    expect(outletType).toHaveAccessibleDescription(
      'The outlet type decides the authorization clock: a daily has 6 hours, a periodical 24 hours.',
    );
    await userEvent.selectOptions(outletType, 'periodical');
    await userEvent.type(form.getByRole('textbox', { name: 'Title' }), 'dr');
    await userEvent.type(form.getByRole('textbox', { name: 'Given name' }), 'Olena');
    await userEvent.type(form.getByRole('textbox', { name: 'Family name' }), 'Shevchenko');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Gender' }), 'female');
    await userEvent.selectOptions(
      await form.findByRole('combobox', { name: 'Linked organisation' }),
      await form.findByRole('option', { name: 'Gazeta Miejska' }),
    );
    await userEvent.type(form.getByRole('textbox', { name: 'Position' }), 'editor');
    await userEvent.click(form.getByRole('button', { name: 'Add an e-mail' }));
    await userEvent.type(form.getByRole('textbox', { name: 'E-mail 1' }), 'olena@gazeta.pl');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Label of E-mail 1' }), 'work');
    await userEvent.click(form.getByRole('button', { name: 'Add a phone' }));
    await userEvent.click(form.getByRole('button', { name: 'Add a phone' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Phone 1' }), '600 123 456');
    await userEvent.click(form.getByRole('button', { name: 'Add an address' }));
    const address = within(form.getByRole('group', { name: 'Address 1' }));
    await userEvent.type(address.getByRole('textbox', { name: 'Street' }), 'ul. Długa 1');
    await userEvent.type(address.getByRole('textbox', { name: 'City' }), 'Lublin');
    await userEvent.type(form.getByRole('textbox', { name: 'Tags' }), 'culture, city hall ,');
    await userEvent.click(await form.findByRole('checkbox', { name: 'Local press' }));
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Source of the data' }), 'consent');
    await userEvent.click(form.getByRole('checkbox', { name: 'The person gave consent' }));
    await userEvent.type(form.getByLabelText('Consent given at'), '2026-11-20T14:30');
    await userEvent.type(form.getByRole('textbox', { name: 'Scope of the consent' }), 'press releases');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Visible to' }), 'press');
    await userEvent.type(form.getByLabelText('Keep until'), '2030-12-31');
    await userEvent.click(form.getByRole('button', { name: 'Save the contact' }));

    expect(app.inputs('contacts.create')).toEqual([
      {
        kind: 'person',
        category: 'journalist',
        outletType: 'periodical',
        title: 'dr',
        givenName: 'Olena',
        patronymic: '',
        familyName: 'Shevchenko',
        gender: 'female',
        organisationName: '',
        organisationId: 'o1',
        position: 'editor',
        emails: [{ value: 'olena@gazeta.pl', label: 'work' }],
        // The second phone row was left empty: it is not sent.
        phones: [{ value: '600 123 456', label: '' }],
        addresses: [{ street: 'ul. Długa 1', postalCode: '', city: 'Lublin', country: '' }],
        tags: ['culture', 'city hall'],
        lists: ['l1'],
        notes: '',
        source: { kind: 'consent', text: '' },
        // 14:30 in Warsaw is 13:30 UTC in November.
        consent: { given: true, at: '2026-11-20T13:30:00.000Z', scope: 'press releases', withdrawnAt: null },
        visibility: 'press',
        retentionUntil: '2030-12-31',
      },
    ]);
    expect(window.location.hash).toBe('#/contacts/new1');
  });

  it('shows the translated field error the services answer with, next to the field', async () => {
    renderInShell(<ContactForm />, {
      'contacts.list': () => ok(ORGS),
      'contacts.create': () => fail('VALIDATION', [{ path: 'emails.0.value', message: 'invalidEmail' }]),
    });
    const form = within(screen.getByRole('form', { name: 'New contact' }));
    await userEvent.type(form.getByRole('textbox', { name: 'Family name' }), 'Nowak');
    await userEvent.click(form.getByRole('button', { name: 'Add an e-mail' }));
    await userEvent.type(form.getByRole('textbox', { name: 'E-mail 1' }), 'anna@nowhere.example');
    await userEvent.click(form.getByRole('button', { name: 'Save the contact' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    const email = form.getByRole('textbox', { name: 'E-mail 1' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // validation.invalidEmail, a base string (core/i18n/en.ts).
    expect(email).toHaveAccessibleDescription(/name@example\.pl/);
    expect(window.location.hash).toBe('');
  });

  it('offers only the categories of the kind, and the outlet type only where it applies', async () => {
    const app = renderInShell(<ContactForm />, {
      'contacts.list': () => ok(ORGS),
      'contacts.create': () => ok(OUTLET),
    });
    const form = within(screen.getByRole('form', { name: 'New contact' }));
    const category = form.getByRole('combobox', { name: 'Category' });
    const names = () =>
      within(category)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(names()).toEqual(['Journalist', 'Resident', 'Official', 'Other']);
    await userEvent.selectOptions(category, 'resident');
    expect(form.queryByRole('combobox', { name: 'Outlet type' })).not.toBeInTheDocument();

    await userEvent.click(form.getByRole('radio', { name: 'Organisation' }));
    expect(names()).toEqual(['Media outlet', 'Organisation', 'Other']);
    expect(form.queryByRole('textbox', { name: 'Family name' })).not.toBeInTheDocument();
    await userEvent.selectOptions(category, 'outlet');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Outlet type' }), 'daily');
    await userEvent.type(form.getByRole('textbox', { name: 'Organisation name' }), 'Gazeta Miejska');
    await userEvent.click(form.getByRole('button', { name: 'Save the contact' }));
    expect(app.inputs('contacts.create')).toMatchObject([
      { kind: 'organisation', category: 'outlet', outletType: 'daily', organisationName: 'Gazeta Miejska' },
    ]);
  });

  it('edits a contact and sends only the changed fields', async () => {
    const stored = contact({
      consent: { given: true, at: '2026-03-01T10:15:42.000Z', scope: 'newsletters', withdrawnAt: null },
      lists: ['l1'],
    });
    const app = renderInShell(<ContactForm id="c1" />, {
      'contacts.get': () => ok({ contact: stored, people: [], history: [], duplicates: [], canEdit: true }),
      'contacts.list': () => ok(ORGS),
      'contacts.lists': () => ok(LISTS),
      'contacts.update': () => ok(stored),
    });
    const form = within(await screen.findByRole('form', { name: 'Edit: Jan Kowalski' }));
    expect(form.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('+48600123456');
    const position = form.getByRole('textbox', { name: 'Position' });
    await userEvent.clear(position);
    await userEvent.type(position, 'editor-in-chief');
    await userEvent.click(form.getByRole('button', { name: 'Remove E-mail 1' }));
    await userEvent.click(form.getByRole('button', { name: 'Save the contact' }));
    expect(app.inputs('contacts.update')).toEqual([{ id: 'c1', position: 'editor-in-chief', emails: [] }]);
    expect(window.location.hash).toBe('#/contacts/c1');
  });
});
