import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/setup';
import { MoveConflictDialog } from './MoveConflictDialog';

const conflicts = [
  {
    start: '2026-11-24T09:00:00.000Z',
    other: {
      eventId: 'a',
      title: '',
      busy: true,
      start: '2026-11-24T09:00:00.000Z',
      end: '2026-11-24T10:00:00.000Z',
      allDay: false,
    },
  },
  {
    start: '2026-11-24T09:00:00.000Z',
    other: {
      eventId: 'b',
      title: 'City days',
      busy: false,
      start: '2026-11-24',
      end: '2026-11-26',
      allDay: true,
    },
  },
];

describe('a drag onto a taken time', () => {
  beforeAll(() => initI18n('en'));

  it('lists what it overlaps (someone’s private item as Busy) and offers both ways out', async () => {
    const onMoveAnyway = vi.fn();
    const onCancel = vi.fn();
    render(
      <MoveConflictDialog
        conflicts={conflicts}
        timeZone="Europe/Kyiv"
        onMoveAnyway={onMoveAnyway}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'The new time overlaps other events' });
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    // 09:00 UTC is 11:00 in Kyiv; the all-day event shows its first and last day.
    expect(lines).toEqual([
      'Overlaps: Busy Tue 24 Nov, 11:00–12:00',
      'Overlaps: City days Tue, 24 Nov 2026 – Wed, 25 Nov 2026',
    ]);
    expect(dialog).toContainElement(screen.getByRole('button', { name: 'Move anyway' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move anyway' }));
    expect(onMoveAnyway).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
