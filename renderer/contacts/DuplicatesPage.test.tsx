import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DuplicatesPage } from './DuplicatesPage';
import { contact, fail, ok, renderInShell } from './test-harness';

const JAN = contact();
const JAN_2 = contact({
  id: 'c2',
  familyName: 'Kowalsky',
  displayName: 'Jan Kowalsky',
  position: 'editor',
  phones: [{ value: '+380501234567', label: '' }],
  createdAt: '2025-05-01T10:00:00.000Z',
});
const GROUP = {
  primaryId: 'c1',
  score: 0.9,
  reasons: [{ kind: 'email' as const, value: 'jan@gazeta.pl' }],
  contacts: [JAN, JAN_2],
};

describe('duplicates', () => {
  it('previews the merge with its conflicts, merges into the chosen record and drops the group', async () => {
    let groups = [GROUP];
    const app = renderInShell(<DuplicatesPage />, {
      'contacts.duplicates': () => ok(groups),
      'contacts.mergePreview': () =>
        ok({
          merged: { ...JAN_2, phones: [...JAN_2.phones, ...JAN.phones] },
          conflicts: [{ field: 'position', kept: 'editor', dropped: ['reporter'] }],
        }),
      'contacts.merge': () => {
        groups = [];
        return ok(JAN_2);
      },
    });
    const group = within(await screen.findByRole('region', { name: 'Jan Kowalski / Jan Kowalsky' }));
    expect(group.getByText('same e-mail: jan@gazeta.pl')).toBeInTheDocument();
    expect(group.getByText('+380 50 123 4567')).toBeInTheDocument();
    expect(group.getByRole('radio', { name: 'Keep Jan Kowalski' })).toBeChecked();

    await userEvent.click(group.getByRole('radio', { name: 'Keep Jan Kowalsky' }));
    await userEvent.click(group.getByRole('button', { name: 'Preview merge' }));
    const preview = within(await group.findByRole('region', { name: 'The merged record' }));
    const conflicts = preview.getByRole('table', { name: 'Values that will be dropped' });
    expect(within(conflicts).getAllByRole('row')[1]).toHaveTextContent('Positioneditorreporter');
    expect(preview.getByRole('link', { name: '+48 600 123 456' })).toBeInTheDocument();
    expect(app.inputs('contacts.mergePreview')).toEqual([{ primaryId: 'c2', duplicateIds: ['c1'] }]);

    await userEvent.click(group.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Merged into Jan Kowalsky.');
    expect(app.inputs('contacts.merge')).toEqual([{ primaryId: 'c2', duplicateIds: ['c1'] }]);
    expect(screen.queryByRole('region', { name: 'Jan Kowalski / Jan Kowalsky' })).not.toBeInTheDocument();
    expect(screen.getByText('No possible duplicates were found.')).toBeInTheDocument();
  });

  it('keeps the record it was opened from by default', async () => {
    renderInShell(<DuplicatesPage primary="c2" />, { 'contacts.duplicates': () => ok([GROUP]) });
    expect(await screen.findByRole('radio', { name: 'Keep Jan Kowalsky' })).toBeChecked();
  });

  it('says why a merge was refused', async () => {
    renderInShell(<DuplicatesPage />, {
      'contacts.duplicates': () => ok([GROUP]),
      'contacts.merge': () => fail('VALIDATION', [{ path: 'kind', message: 'mergeKindMismatch' }]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Merge' }));
    // validation.mergeKindMismatch, a base string (core/i18n/en.ts).
    expect(await screen.findByText('A person cannot be merged with an organisation.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Jan Kowalski / Jan Kowalsky' })).toBeInTheDocument();
  });
});
