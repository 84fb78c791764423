import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PatronagePage } from './PatronagePage';
import { NOW, ok, patronage, renderInShell } from './test-harness';

const LATE_OVERDUE = patronage({
  id: 'pa2',
  applicantName: 'Stowarzyszenie Kultury',
  eventTitle: 'Jazz Night',
  status: 'granted',
  leadTime: { late: true, daysBefore: 12, latestOnTimeDate: '2026-10-02' },
  obligations: [
    { kind: 'logoApproval', dueDate: '2026-10-25', status: 'done', daysLeft: null },
    { kind: 'report', dueDate: '2026-11-20', status: 'overdue', daysLeft: -3 },
  ],
  missingReports: [{ id: 'pa0', eventTitle: 'Spring Fair', dueDate: '2026-06-30' }],
  allowedActions: [],
});

describe('the patronage list', () => {
  beforeEach(() => {
    // jsdom has no object URLs; saveFile only needs one to exist.
    URL.createObjectURL = vi.fn(() => 'blob:test');
  });

  it('shows each application with its late and missing-report flags and overdue obligations', async () => {
    renderInShell(<PatronagePage />, {
      'patronage.list': () => ok({ now: NOW, items: [patronage(), LATE_OVERDUE] }),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Patronage' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'New application' })).toHaveAttribute('href', '#/patronage/new');
    const table = await screen.findByRole('table', { name: 'Patronage applications' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'Fundacja Rozwoju Sportu' })).toHaveAttribute(
      'href',
      '#/patronage/pa1',
    );
    // 10:00 UTC on 14 March is 10:00 in Warsaw (UTC+1 in winter).
    expect(first).toHaveTextContent('14 Mar 2027, 10:00');
    expect(first).not.toHaveTextContent('Late');
    expect(first).not.toHaveTextContent('Missing reports');
    expect(second).toHaveTextContent('Granted');
    expect(second).toHaveTextContent('Late: filed 12 days before');
    expect(second).toHaveTextContent('Missing reports from earlier patronages');
    expect(second).toHaveTextContent('Logo approval: due Sun, 25 Oct 2026, done');
    const overdue = within(second!).getByText(/Report: due .* overdue/);
    expect(overdue).toHaveTextContent('Report: due Fri, 20 Nov 2026, overdue');
    expect(overdue).toHaveClass('overdue');
  });

  it('filters by search, status and overdue obligations and exports with the same filter', async () => {
    const fake = renderInShell(<PatronagePage />, {
      'patronage.list': () => ok({ now: NOW, items: [] }),
      'patronage.exportXlsx': () =>
        ok({ fileName: 'patronage.xlsx', mimeType: 'application/vnd.ms-excel', base64: 'UEs=' }),
    });
    expect(await screen.findByText('No applications match the filter.')).toBeVisible();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'Run');
    const status = screen.getByRole('group', { name: 'Status' });
    await userEvent.click(within(status).getByRole('checkbox', { name: 'Granted' }));
    await userEvent.click(within(status).getByRole('checkbox', { name: 'Under review' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only overdue obligations' }));
    const filter = { q: 'Run', status: ['under_review', 'granted'], overdueOnly: true };
    expect(fake.inputs('patronage.list').at(-1)).toEqual(filter);

    await userEvent.click(screen.getByRole('button', { name: 'Export register (.xlsx)' }));
    expect(fake.inputs('patronage.exportXlsx')).toEqual([filter]);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });
});
