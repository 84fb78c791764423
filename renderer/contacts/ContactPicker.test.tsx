import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactPicker } from './ContactPicker';
import { contact, ok, OUTLET, renderInShell } from './test-harness';

const ANNA = contact({ id: 'c3', givenName: 'Anna', familyName: 'Kowalczyk', displayName: 'Anna Kowalczyk' });

function renderPicker() {
  const onPick = vi.fn();
  const app = renderInShell(
    <ContactPicker label="Journalist" categories={['journalist']} onPick={onPick} />,
    {
      'contacts.list': (input) => {
        const { q } = input as { q: string };
        return ok({ items: q.startsWith('kow') ? [contact(), ANNA] : [], total: 2, tags: [], lists: [] });
      },
    },
  );
  return { ...app, onPick };
}

describe('the contact picker', () => {
  it('searches as the user types and picks with a click', async () => {
    const { onPick, inputs } = renderPicker();
    const box = screen.getByRole('combobox', { name: 'Journalist' });
    await userEvent.type(box, 'kow');
    const listbox = await screen.findByRole('listbox', { name: 'Journalist' });
    expect(listbox).toBeVisible();
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(inputs('contacts.list').at(-1)).toEqual({ q: 'kow', category: ['journalist'], limit: 10 });
    await userEvent.click(screen.getByRole('option', { name: 'Anna Kowalczyk — Gazeta Miejska' }));
    expect(onPick).toHaveBeenCalledWith(ANNA);
    expect(box).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('moves with the arrows, picks with Enter and closes with Escape', async () => {
    const { onPick } = renderPicker();
    const box = screen.getByRole('combobox', { name: 'Journalist' });
    await userEvent.type(box, 'kow');
    const first = await screen.findByRole('option', { name: 'Jan Kowalski — Gazeta Miejska' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    const second = screen.getByRole('option', { name: 'Anna Kowalczyk — Gazeta Miejska' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second.id);
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(ANNA);
  });

  it('says when nothing is found, and names an organisation by itself', async () => {
    const onPick = vi.fn();
    renderInShell(<ContactPicker label="Outlet" onPick={onPick} />, {
      'contacts.list': (input) =>
        ok({ items: (input as { q: string }).q === 'gaz' ? [OUTLET] : [], total: 1, tags: [], lists: [] }),
    });
    const box = screen.getByRole('combobox', { name: 'Outlet' });
    await userEvent.type(box, 'xyz');
    expect(await screen.findByText('No contacts found.')).toBeInTheDocument();
    await userEvent.clear(box);
    await userEvent.type(box, 'gaz');
    await userEvent.click(await screen.findByRole('option', { name: 'Gazeta Miejska' }));
    expect(onPick).toHaveBeenCalledWith(OUTLET);
  });
});
