import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calendarItem, deadline } from './test-data';
import { defaultSettings } from '../../core/settings/schema';
import { ok, renderCalendar, showAgenda } from './test-harness';

describe('the calendar page', () => {
  it('asks for the visible week of the office zone and shows a 09:00 Warsaw event at 09:00', async () => {
    const app = renderCalendar({ list: () => ({ items: [calendarItem()] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    expect(await screen.findByText('Budget meeting')).toBeInTheDocument();
    // Monday 23 November 2026, 00:00 in Warsaw (UTC+1), whatever zone this machine is in.
    expect(app.inputs('calendar.list')[0]).toMatchObject({
      from: '2026-11-22T23:00:00.000Z',
      to: '2026-11-29T23:00:00.000Z',
      calendarIds: ['mayor', 'press'],
      deadlines: false,
    });
    const entry = screen.getByText('Budget meeting').closest('.cal-entry') as HTMLElement;
    expect(entry).toHaveTextContent(/^09:00/);
  });

  it('flags items in conflict and counts them above the calendar', async () => {
    renderCalendar({
      list: () => ({
        items: [
          calendarItem({ conflict: true }),
          calendarItem({ eventId: 'ev-2', title: 'Press briefing', conflict: true }),
          calendarItem({
            eventId: 'ev-3',
            title: 'Lunch',
            start: '2026-11-24T11:00:00.000Z',
            end: '2026-11-24T12:00:00.000Z',
          }),
        ],
      }),
    });
    await waitFor(() =>
      expect(screen.getByText('2 conflicts in this view')).toHaveAttribute('role', 'status'),
    );
    await showAgenda();
    const flags = await screen.findAllByRole('img', { name: 'Conflict: overlaps another event' });
    expect(flags).toHaveLength(2);
    expect(flags[0]?.closest('.fc-event')).toHaveClass('has-conflict');
    expect(screen.getByText('Lunch').closest('.fc-event')).not.toHaveClass('has-conflict');
  });

  it('strikes cancelled items through and says so to screen readers', async () => {
    renderCalendar({ list: () => ({ items: [calendarItem({ status: 'cancelled' })] }) });
    const title = await screen.findByText('Budget meeting');
    expect(title.tagName).toBe('S');
    expect(title.closest('.cal-entry')).toHaveTextContent('Budget meeting (cancelled)');
  });

  it('shows someone’s private item as "Busy" and does not open it', async () => {
    const app = renderCalendar({
      list: () => ({ items: [calendarItem({ busy: true, title: '', private: true })] }),
    });
    const busy = await screen.findByText('Busy');
    await userEvent.click(busy);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app.inputs('calendar.get')).toEqual([]);
  });

  it('asks for deadlines when the switch is on, labels them by kind and opens the inquiry', async () => {
    const app = renderCalendar({
      list: (input) => ({
        items: [],
        deadlines: input.deadlines
          ? [deadline({ overdue: true }), deadline({ kind: 'decision', id: 'd-1', title: 'Fix the road' })]
          : [],
      }),
    });
    const toggle = await screen.findByRole('switch', { name: 'Show deadlines' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(app.inputs('calendar.list').at(-1)).toMatchObject({ deadlines: true }));
    await showAgenda();
    const inquiry = (await screen.findByText('BP.1431.7.2026: Budget')).closest('.cal-entry') as HTMLElement;
    expect(inquiry).toHaveTextContent('Inquiry deadline: BP.1431.7.2026: Budget (overdue)');
    expect(inquiry.closest('.fc-event')).toHaveClass('is-overdue');
    expect(screen.getByText('Fix the road').closest('.cal-entry')).toHaveTextContent(
      'Decision deadline: Fix the road',
    );
    await userEvent.click(inquiry);
    await waitFor(() => expect(window.location.hash).toBe('#/inquiries/inq-1'));
  });

  it('sends only the ticked calendars and hides the others’ items', async () => {
    const app = renderCalendar({
      list: () => ({
        items: [calendarItem(), calendarItem({ eventId: 'ev-2', calendarId: 'press', title: 'Briefing' })],
      }),
    });
    expect(await screen.findByText('Briefing')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Press office' }));
    await waitFor(() => expect(screen.queryByText('Briefing')).not.toBeInTheDocument());
    expect(app.inputs('calendar.list').at(-1)).toMatchObject({ calendarIds: ['mayor'] });
    expect(screen.getByText('Budget meeting')).toBeInTheDocument();
  });

  it('reloads when events, inquiries or decisions change elsewhere, not for other tables', async () => {
    const app = renderCalendar();
    await waitFor(() => expect(app.inputs('calendar.list')).toHaveLength(1));
    app.emit('sync_log');
    app.emit('decisions');
    await waitFor(() => expect(app.inputs('calendar.list')).toHaveLength(2));
    app.emit('calendar_events');
    await waitFor(() => expect(app.inputs('calendar.list')).toHaveLength(3));
  });

  it('asks for the month grid’s range and lists the items in the agenda view', async () => {
    const app = renderCalendar({ list: () => ({ items: [calendarItem()] }) });
    await screen.findByText('Budget meeting');
    await userEvent.click(screen.getByRole('button', { name: 'Month' }));
    await waitFor(() =>
      expect(app.inputs('calendar.list').at(-1)).toMatchObject({
        // The month grid of November 2026 runs Monday 26 October – Sunday 6 December.
        from: '2026-10-25T23:00:00.000Z',
        to: '2026-12-06T23:00:00.000Z',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Agenda' }));
    expect(await screen.findByText('Budget meeting')).toBeInTheDocument();
    expect(
      within(document.querySelector('.fc-list') as HTMLElement).getByText('Budget meeting'),
    ).toBeInTheDocument();
  });

  it('speaks Polish with the week starting on Monday', async () => {
    renderCalendar({
      answers: {
        'settings.get': () => ok({ ...defaultSettings('Ewa') }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kalendarz' })).toBeInTheDocument();
    for (const view of ['Dzień', 'Tydzień', 'Miesiąc', 'Lista']) {
      expect(screen.getByRole('button', { name: view })).toBeInTheDocument();
    }
    await waitFor(() => expect(document.querySelector('.fc-col-header-cell')).toHaveClass('fc-day-mon'));
    expect(screen.getByRole('switch', { name: 'Pokaż terminy' })).toBeInTheDocument();
  });

  it('starts the English week on Monday too (en-GB)', async () => {
    renderCalendar();
    await waitFor(() => expect(document.querySelector('.fc-col-header-cell')).toHaveClass('fc-day-mon'));
  });

  it('goes to the next week with a named button and asks for that week', async () => {
    const app = renderCalendar();
    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(app.inputs('calendar.list').at(-1)).toMatchObject({
        from: '2026-11-29T23:00:00.000Z',
        to: '2026-12-06T23:00:00.000Z',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() =>
      expect(app.inputs('calendar.list').at(-1)).toMatchObject({ from: '2026-11-22T23:00:00.000Z' }),
    );
  });
});
