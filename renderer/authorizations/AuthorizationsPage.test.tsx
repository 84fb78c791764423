import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuthorizationsPage } from './AuthorizationsPage';
import { authorization, ok, renderInShell } from './test-harness';

const DEEMED = authorization({
  id: 'au2',
  journalistName: 'Olena Shevchenko',
  effectiveStatus: 'deemed_authorized',
  dueAt: '2026-11-23T08:00:00.000Z',
  citation: { act: 'Prawo prasowe', article: 'art. 14a ust. 7' },
  overdue: true,
  remainingMs: 0,
});

describe('the authorizations list', () => {
  it('shows the countdown of an awaiting request and the deemed one with its article', async () => {
    renderInShell(<AuthorizationsPage />, {
      'authorizations.list': () => ok({ now: '2026-11-23T09:00:00.000Z', items: [authorization(), DEEMED] }),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Authorizations' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Authorization requests' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Awaiting 4 h 12 min left');
    expect(within(first!).getByRole('link', { name: 'Jan Kowalski' })).toHaveAttribute(
      'href',
      '#/authorizations/au1',
    );
    expect(second).toHaveTextContent('deemed authorized (art. 14a ust. 7, Prawo prasowe)');
    expect(second).not.toHaveTextContent('left');
  });

  it('registers a request with an agreed deadline in the office zone', async () => {
    const fake = renderInShell(<AuthorizationsPage />, {
      'authorizations.list': () => ok({ now: '2026-11-23T09:00:00.000Z', items: [] }),
      'authorizations.create': () => ok(authorization()),
    });
    const form = screen.getByRole('form', { name: 'New authorization request' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Journalist' }), 'Jan Kowalski');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Outlet' }), 'Radio Miasto');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Outlet type' }), 'radio');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Periodicity' }), 'periodical');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Interviewee' }), 'Anna Nowak');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Topic' }), 'Trams');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Jurisdiction' }), 'UA');
    expect(within(form).getByRole('combobox', { name: 'Deadline' })).toHaveValue('agreed');
    const due = within(form).getByLabelText('Agreed due date and time');
    await userEvent.type(due, '2026-11-24T12:00');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Received text' }), 'Q: When?');
    await userEvent.click(within(form).getByRole('button', { name: 'Register the request' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The request is registered.');
    expect(fake.inputs('authorizations.create')).toEqual([
      {
        journalistName: 'Jan Kowalski',
        contactId: null,
        outletName: 'Radio Miasto',
        outletType: 'radio',
        outletPeriodicity: 'periodical',
        interviewee: 'Anna Nowak',
        topic: 'Trams',
        jurisdiction: 'UA',
        deadlineKind: 'agreed',
        // 12:00 and the default 10:00 (now) in Warsaw, UTC+1 in November.
        agreedDueAt: '2026-11-24T11:00:00.000Z',
        handedOverAt: '2026-11-23T09:00:00.000Z',
        receivedText: 'Q: When?',
      },
    ]);
  });
});
