import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactsPage } from './ContactsPage';
import { contact, fail, LISTS, ok, OUTLET, renderInShell } from './test-harness';

const LIST = {
  items: [contact(), OUTLET],
  total: 2,
  tags: ['city hall', 'schools'],
  lists: LISTS,
  pastRetention: 0,
};
const FILE = { fileName: 'contacts.csv', mimeType: 'text/csv', base64: btoa('name\n') };

describe('the contact directory', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists contacts with links and formatted phones, and filters send the right query', async () => {
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.lists': () => ok(LISTS),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Contact list' });
    const [, jan, outlet] = within(table).getAllByRole('row');
    expect(within(jan!).getByRole('link', { name: 'Jan Kowalski' })).toHaveAttribute('href', '#/contacts/c1');
    expect(jan).toHaveTextContent('Journalist');
    expect(jan).toHaveTextContent('Gazeta Miejska');
    expect(jan).toHaveTextContent('jan@gazeta.pl');
    expect(jan).toHaveTextContent('+48 600 123 456');
    expect(jan).toHaveTextContent('city hall');
    expect(outlet).toHaveTextContent('Media outlet');
    expect(outlet).toHaveTextContent('Daily');
    expect(screen.getByText('2 contacts found.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New contact' })).toHaveAttribute('href', '#/contacts/new');
    expect(screen.getByRole('link', { name: 'Find duplicates' })).toHaveAttribute(
      'href',
      '#/contacts/duplicates',
    );

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'kow');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'journalist');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'schools');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Distribution list' }), 'l1');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show erased' }));
    expect(app.inputs('contacts.list').at(-1)).toEqual({
      q: 'kow',
      category: ['journalist'],
      tag: 'schools',
      listId: 'l1',
      includeErased: true,
      pastRetention: false,
      limit: 1000,
    });
  });

  it('warns about records past their retention date and lists only them on request', async () => {
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok({ ...LIST, pastRetention: 2 }),
      'contacts.lists': () => ok(LISTS),
    });
    expect(
      await screen.findByText(
        '2 records are past their retention date: erase their personal data or set a new date.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only past their retention date' }));
    expect(app.inputs('contacts.list').at(-1)).toMatchObject({ pastRetention: true });
  });

  it('exports what the filters show as CSV and vCard', async () => {
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.exportCsv': () => ok(FILE),
      'contacts.exportVcard': () => ok({ ...FILE, fileName: 'contacts.vcf', mimeType: 'text/vcard' }),
    });
    await screen.findByRole('table', { name: 'Contact list' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'outlet');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export vCard' }));
    const query = { q: '', category: ['outlet'], includeErased: false, pastRetention: false, limit: 1000 };
    expect(app.inputs('contacts.exportCsv')).toEqual([{ query }]);
    expect(app.inputs('contacts.exportVcard')).toEqual([{ query }]);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(2);
  });

  it('previews an import with its problems and look-alikes, then imports into a list', async () => {
    const csv = 'name;email\nAnna Nowak;anna@radio.pl\nX;jan@\nJan Kowalski;jan@gazeta.pl\n';
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.importPreview': () =>
        ok({
          format: 'csv',
          rows: [
            { index: 1, name: 'Anna Nowak', valid: true, problems: [], duplicateOf: null },
            {
              index: 2,
              name: 'X',
              valid: false,
              problems: [{ path: 'emails.0.value', message: 'invalidEmail', value: 'jan@' }],
              duplicateOf: null,
            },
            {
              index: 3,
              name: 'Jan Kowalski',
              valid: true,
              problems: [],
              duplicateOf: { id: 'c1', displayName: 'Jan Kowalski' },
            },
          ],
        }),
      'contacts.import': () => ok({ created: 2, skippedDuplicates: 0, invalid: 1 }),
    });
    await screen.findByRole('table', { name: 'Contact list' });
    await userEvent.click(screen.getByRole('button', { name: 'Import…' }));
    await userEvent.upload(
      screen.getByLabelText('File to import (.csv, .vcf)'),
      new File([csv], 'press.csv'),
    );

    const preview = await screen.findByRole('table', { name: 'Rows in the file (CSV)' });
    const [, anna, bad, jan] = within(preview).getAllByRole('row');
    expect(anna).toHaveTextContent('OK');
    expect(bad).toHaveTextContent(/^2XE-mails: .*name@example\.pl.* \(jan@\)$/);
    expect(within(jan!).getByRole('link', { name: 'Jan Kowalski' })).toHaveAttribute('href', '#/contacts/c1');
    expect(jan).toHaveTextContent('looks like Jan Kowalski');
    expect(app.inputs('contacts.importPreview')).toEqual([{ fileName: 'press.csv', base64: btoa(csv) }]);

    const skip = screen.getByRole('checkbox', { name: 'Skip rows that look like existing contacts' });
    expect(skip).toBeChecked();
    expect(screen.getByRole('button', { name: 'Import 1 contact' })).toBeEnabled();
    await userEvent.click(skip);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Add the imported contacts to a list' }),
      'l1',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    expect(
      await screen.findByText('Created: 2. Skipped as duplicates: 0. Invalid rows: 1.'),
    ).toBeInTheDocument();
    expect(app.inputs('contacts.import')).toEqual([
      { fileName: 'press.csv', base64: btoa(csv), skipDuplicates: false, listId: 'l1' },
    ]);
    expect(screen.queryByRole('table', { name: 'Rows in the file (CSV)' })).not.toBeInTheDocument();
  });

  it('lets the person say which column holds what, previews again and imports with it', async () => {
    const csv = 'Kto;Poczta\nAnna Nowak;anna@radio.pl\n';
    const row = { index: 2, name: 'Anna Nowak', valid: true, problems: [], duplicateOf: null };
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.importPreview': (input) =>
        ok({
          format: 'csv',
          columns: ['Kto', 'Poczta'],
          mapping: (input as { mapping?: object }).mapping ?? { fullName: 'Kto' },
          rows: [row],
        }),
      'contacts.import': () => ok({ created: 1, skippedDuplicates: 0, invalid: 0 }),
    });
    await screen.findByRole('table', { name: 'Contact list' });
    await userEvent.click(screen.getByRole('button', { name: 'Import…' }));
    await userEvent.upload(
      screen.getByLabelText('File to import (.csv, .vcf)'),
      new File([csv], 'press.csv', { type: 'text/csv' }),
    );
    const email = await screen.findByRole('combobox', { name: 'Column for “E-mail”' });
    expect(screen.getByRole('combobox', { name: 'Column for “Full name”' })).toHaveValue('Kto');
    expect(email).toHaveValue('');
    await userEvent.selectOptions(email, 'Poczta');
    expect(app.inputs('contacts.importPreview').at(-1)).toMatchObject({
      mapping: { fullName: 'Kto', email: 'Poczta' },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1 contact' }));
    expect(app.inputs('contacts.import')).toEqual([
      {
        fileName: 'press.csv',
        base64: btoa(csv),
        skipDuplicates: true,
        mapping: { fullName: 'Kto', email: 'Poczta' },
      },
    ]);
  });

  it('adds, renames and removes distribution lists', async () => {
    let lists = [...LISTS];
    const app = renderInShell(<ContactsPage />, {
      'contacts.list': () => ok({ ...LIST, lists }),
      'contacts.lists': () => ok(lists),
      'contacts.saveList': (input) => {
        const { id, name, description } = input as { id?: string; name: string; description: string };
        const saved = { ...LISTS[0]!, id: id ?? 'l2', name, description, memberCount: id ? 12 : 0 };
        lists = [...lists.filter((l) => l.id !== saved.id), saved];
        return ok(saved);
      },
      'contacts.removeList': (input) => {
        lists = lists.filter((l) => l.id !== (input as { id: string }).id);
        return ok({ removed: true });
      },
    });
    const section = within(await screen.findByRole('region', { name: 'Distribution lists' }));
    const table = await section.findByRole('table', { name: 'Distribution lists' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Local pressDailies and radio12');

    const add = section.getByRole('form', { name: 'Add a list' });
    await userEvent.type(within(add).getByRole('textbox', { name: 'List name' }), 'Schools');
    await userEvent.click(within(add).getByRole('button', { name: 'Add a list' }));
    expect(await section.findByRole('cell', { name: 'Schools' })).toBeInTheDocument();

    await userEvent.click(section.getByRole('button', { name: 'Rename Local press' }));
    const rename = section.getByRole('form', { name: 'Rename the list Local press' });
    const name = within(rename).getByRole('textbox', { name: 'List name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Regional press');
    await userEvent.click(within(rename).getByRole('button', { name: 'Save the list' }));
    expect(await section.findByRole('cell', { name: 'Regional press' })).toBeInTheDocument();

    await userEvent.click(section.getByRole('button', { name: 'Remove Schools' }));
    expect(await section.findByRole('button', { name: 'Remove Regional press' })).toBeInTheDocument();
    expect(section.queryByRole('cell', { name: 'Schools' })).not.toBeInTheDocument();
    expect(app.inputs('contacts.saveList')).toEqual([
      { name: 'Schools', description: '' },
      { id: 'l1', name: 'Regional press', description: 'Dailies and radio' },
    ]);
    expect(app.inputs('contacts.removeList')).toEqual([{ id: 'l2' }]);
  });

  it('says next to the file input why a file cannot be imported', async () => {
    renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.importPreview': () => fail('VALIDATION', [{ path: 'file', message: 'emptyFile' }]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Import…' }));
    const input = screen.getByLabelText('File to import (.csv, .vcf)');
    await userEvent.upload(input, new File(['x'], 'empty.csv'));
    // validation.emptyFile, a base string (core/i18n/en.ts).
    await vi.waitFor(() => expect(input).toHaveAccessibleDescription('The file is empty.'));
    expect(screen.queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
  });

  it('shows a failed export as a message', async () => {
    renderInShell(<ContactsPage />, {
      'contacts.list': () => ok(LIST),
      'contacts.exportCsv': () => fail('INTERNAL'),
    });
    await screen.findByRole('table', { name: 'Contact list' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
