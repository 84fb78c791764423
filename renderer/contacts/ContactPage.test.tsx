import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactView } from '../../core/api/contract-contacts';
import { ContactPage } from './ContactPage';
import { contact, fail, LISTS, ok, OUTLET, renderInShell } from './test-harness';

const HISTORY = [
  {
    module: 'inquiries',
    id: 'i1',
    regNo: 'BP.1431.7.2026',
    date: '2026-11-20T13:30:00.000Z',
    title: 'Tram line',
  },
  { module: 'authorizations', id: 'au1', date: '2026-11-21T08:00:00.000Z', title: 'Interview on trams' },
  { module: 'letters', id: 'le1', regNo: 'BP.0121.5.2026', date: '2026-10-02', title: 'Invitation' },
  { module: 'patronage', id: 'p1', date: '2026-09-15', title: 'City run', role: 'applicant' },
];
const DUPLICATE = {
  id: 'c2',
  displayName: 'Jan Kowalsky',
  score: 0.9,
  reasons: [{ kind: 'email' as const, value: 'jan@gazeta.pl' }],
};

function get(c: ContactView, extra: object = {}) {
  return ok({ contact: c, people: [], history: HISTORY, duplicates: [DUPLICATE], canEdit: true, ...extra });
}

describe('one contact', () => {
  beforeEach(() => {
    window.location.hash = '#/contacts/c1';
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the data, the history by module with links and office-zone dates, and duplicates', async () => {
    renderInShell(<ContactPage id="c1" />, {
      'contacts.get': () => get(contact({ lists: ['l1'] })),
      'contacts.lists': () => ok(LISTS),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jan Kowalski' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gazeta Miejska' })).toHaveAttribute('href', '#/contacts/o1');
    expect(screen.getByRole('link', { name: '+48 600 123 456' })).toHaveAttribute('href', 'tel:+48600123456');
    expect(screen.getByText('(mobile)', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText('Local press')).toBeInTheDocument();
    expect(screen.getByText('Public source: Imprint of Gazeta Miejska')).toBeInTheDocument();

    const history = within(screen.getByRole('region', { name: 'History' }));
    const inquiries = within(history.getByRole('region', { name: 'Inquiries' }));
    expect(inquiries.getByRole('link', { name: 'BP.1431.7.2026 — Tram line' })).toHaveAttribute(
      'href',
      '#/inquiries/i1',
    );
    // 13:30 UTC is 14:30 in Warsaw.
    expect(inquiries.getByRole('listitem')).toHaveTextContent('20 Nov 2026, 14:30');
    expect(history.getByRole('link', { name: 'Interview on trams' })).toHaveAttribute(
      'href',
      '#/authorizations/au1',
    );
    expect(history.getByRole('link', { name: 'BP.0121.5.2026 — Invitation' })).toHaveAttribute(
      'href',
      '#/letters',
    );
    const patronage = within(history.getByRole('region', { name: 'Patronage' }));
    expect(patronage.getByRole('link', { name: 'City run' })).toHaveAttribute('href', '#/patronage/p1');
    expect(patronage.getByRole('listitem')).toHaveTextContent('Tue, 15 Sep 2026 City run (applicant)');

    const duplicates = within(screen.getByRole('region', { name: 'Possible duplicates' }));
    expect(duplicates.getByRole('listitem')).toHaveTextContent('Jan Kowalsky: same e-mail: jan@gazeta.pl');
    expect(duplicates.getByRole('link', { name: 'Merge…' })).toHaveAttribute('href', '#/contacts/duplicates');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '#/contacts/c1/edit');
  });

  it('erases the personal data after a confirmation that explains what is kept', async () => {
    let current = contact();
    const app = renderInShell(<ContactPage id="c1" />, {
      'contacts.get': () => get(current),
      'contacts.erase': () => {
        current = contact({
          givenName: '',
          familyName: '[usunięto]',
          emails: [],
          phones: [],
          displayName: '[usunięto]',
          erasedAt: '2026-11-23T09:00:00.000Z',
        });
        return ok(current);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Erase personal data' }));
    const dialog = within(screen.getByRole('alertdialog', { name: 'Erase this person’s data?' }));
    expect(
      dialog.getByText(/registers — inquiries, letters, authorizations, patronage — refer to it/),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(app.inputs('contacts.erase')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Erase personal data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Erase the data' }));
    expect(await screen.findByRole('heading', { level: 1, name: '[usunięto]' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('The personal data was erased.');
    expect(
      screen.getByText(
        'The personal data was erased on 23 Nov 2026, 10:00; the record is kept for the registers.',
      ),
    ).toBeInTheDocument();
    expect(app.inputs('contacts.erase')).toEqual([{ id: 'c1' }]);
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('says why a contact that registers refer to cannot be deleted', async () => {
    const app = renderInShell(<ContactPage id="c1" />, {
      'contacts.get': () => get(contact()),
      'contacts.remove': () => fail('NOT_ALLOWED', [], { reason: 'contactReferenced' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the contact' }));
    // notAllowed.contactReferenced, a base string (core/i18n/en.ts).
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /refer to this contact, so it cannot be deleted/,
    );
    expect(app.inputs('contacts.remove')).toEqual([{ id: 'c1' }]);
    expect(window.location.hash).toBe('#/contacts/c1');
  });

  it('deletes an unreferenced contact and goes back to the list', async () => {
    renderInShell(<ContactPage id="c1" />, {
      'contacts.get': () => get(contact()),
      'contacts.remove': () => ok({ removed: true }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the contact' }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/contacts'));
  });

  it('exports the personal data as a file, and offers no changes without the right to edit', async () => {
    const app = renderInShell(<ContactPage id="o1" />, {
      'contacts.get': () => get(OUTLET, { canEdit: false, people: [contact()], history: [], duplicates: [] }),
      'contacts.exportPersonData': () =>
        ok({ fileName: 'contact.json', mimeType: 'application/json', base64: btoa('{}') }),
    });
    const people = within(await screen.findByRole('region', { name: 'People' }));
    expect(people.getByRole('link', { name: 'Jan Kowalski' })).toHaveAttribute('href', '#/contacts/c1');
    expect(screen.getByText('No records refer to this contact yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export personal data' }));
    expect(app.inputs('contacts.exportPersonData')).toEqual([{ id: 'o1' }]);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });
});
