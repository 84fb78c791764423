import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calendarItem, eventRecord } from './test-data';
import { dialogNamed, ok, renderCalendar, showAgenda } from './test-harness';

const CONFLICT = {
  start: '2026-11-23T09:00:00.000Z',
  other: {
    eventId: 'ev-9',
    title: 'Council committee',
    busy: false,
    start: '2026-11-23T09:30:00.000Z',
    end: '2026-11-23T10:30:00.000Z',
    allDay: false,
  },
};

async function openNewEvent() {
  await userEvent.click(await screen.findByRole('button', { name: 'New event' }));
  return dialogNamed('New event');
}

describe('the event dialog', () => {
  it('lists the conflicts of a new event and "Save anyway" resends it accepting them', async () => {
    let attempts = 0;
    const app = renderCalendar({
      answers: {
        'calendar.create': () =>
          ++attempts === 1
            ? ok({ saved: false, event: null, conflicts: [CONFLICT] })
            : ok({ saved: true, event: eventRecord({ id: 'new-1' }), conflicts: [CONFLICT] }),
      },
    });
    const dialog = await openNewEvent();
    // The clock says 10:00 in Warsaw: the form offers the next full hour.
    expect(dialog.getByLabelText('Start')).toHaveValue('2026-11-23T11:00');
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'Meeting with the press');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));

    const alert = await dialog.findByRole('alert', { name: 'This time overlaps other events' });
    expect(alert).toHaveTextContent('Overlaps: Council committee Mon 23 Nov, 10:30–11:30');
    expect(screen.getByRole('dialog', { name: 'New event' })).toBeInTheDocument();
    expect(app.inputs('calendar.create')).toEqual([
      expect.objectContaining({
        title: 'Meeting with the press',
        calendarId: 'mayor',
        start: '2026-11-23T10:00:00.000Z',
        end: '2026-11-23T11:00:00.000Z',
        timeZone: 'Europe/Warsaw',
        acceptConflicts: false,
      }),
    ]);

    await userEvent.click(dialog.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.inputs('calendar.create')[1]).toMatchObject({
      title: 'Meeting with the press',
      acceptConflicts: true,
    });
  });

  it('"Change time" hides the conflicts and takes the person back to the start time', async () => {
    renderCalendar({
      answers: { 'calendar.create': () => ok({ saved: false, event: null, conflicts: [CONFLICT] }) },
    });
    const dialog = await openNewEvent();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'Briefing');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await userEvent.click(await dialog.findByRole('button', { name: 'Change time' }));
    expect(dialog.queryByRole('alert')).not.toBeInTheDocument();
    expect(dialog.getByLabelText('Start')).toHaveFocus();
    expect(dialog.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('shows the services’ validation messages next to their fields', async () => {
    renderCalendar({
      answers: {
        'calendar.create': () => ({
          ok: false,
          error: {
            code: 'VALIDATION',
            params: {},
            issues: [
              { path: 'calendarId', message: 'invalidChoice' },
              { path: 'participantsExternal.0', message: 'tooLong' },
            ],
          },
        }),
      },
    });
    const dialog = await openNewEvent();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'Briefing');
    await userEvent.type(dialog.getByRole('textbox', { name: /External participants/ }), 'X');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(dialog.getByRole('combobox', { name: 'Calendar' })).toHaveAccessibleDescription(
      'Choose one of the options.',
    );
    expect(dialog.getByRole('textbox', { name: /External participants/ })).toHaveAccessibleDescription(
      'Too long.',
    );
  });

  it('checks the times before sending anything', async () => {
    const app = renderCalendar();
    const dialog = await openNewEvent();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'Briefing');
    const end = dialog.getByLabelText('End');
    await userEvent.clear(end);
    await userEvent.type(end, '2026-11-23T08:00');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByLabelText('End')).toHaveAccessibleDescription(
      'The end must be after the start.',
    );
    expect(app.inputs('calendar.create')).toEqual([]);
  });

  it('writes a weekly series on the chosen days until a date, with reminders', async () => {
    const app = renderCalendar({
      answers: { 'calendar.create': () => ok({ saved: true, event: eventRecord(), conflicts: [] }) },
    });
    const dialog = await openNewEvent();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'Jour fixe');
    await userEvent.selectOptions(dialog.getByRole('combobox', { name: 'Repeat' }), 'Weekly');
    // Monday, the start's weekday, is ticked already.
    expect(dialog.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Wednesday' }));
    await userEvent.click(dialog.getByRole('radio', { name: 'On a date' }));
    await userEvent.type(dialog.getByLabelText('Last date'), '2026-12-31');
    await userEvent.click(dialog.getByRole('checkbox', { name: '15 minutes before' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: '1 day before' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(app.inputs('calendar.create')).toHaveLength(1));
    expect(app.inputs('calendar.create')[0]).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231',
      reminders: [15, 1440],
    });
  });

  it('creates an all-day event with the day after the last one as its end', async () => {
    const app = renderCalendar({
      answers: { 'calendar.create': () => ok({ saved: true, event: eventRecord(), conflicts: [] }) },
    });
    const dialog = await openNewEvent();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Title' }), 'City days');
    await userEvent.click(dialog.getByRole('checkbox', { name: 'All day' }));
    const last = dialog.getByLabelText('Last day');
    await userEvent.clear(last);
    await userEvent.type(last, '2026-11-25');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(app.inputs('calendar.create')).toHaveLength(1));
    expect(app.inputs('calendar.create')[0]).toMatchObject({
      allDay: true,
      start: '2026-11-23',
      end: '2026-11-26',
    });
  });
});

describe('editing an event', () => {
  const series = calendarItem({ recurring: true, type: 'residents_meeting' });
  const record = eventRecord({
    type: 'residents_meeting',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    exdates: ['2026-11-16T09:00:00'],
  });

  async function openSeries(answers = {}) {
    const app = renderCalendar({
      list: () => ({ items: [series] }),
      answers: { 'calendar.get': () => ok({ event: record, busy: false }), ...answers },
    });
    await showAgenda();
    await userEvent.click(await screen.findByText('Budget meeting'));
    const dialog = await dialogNamed('Edit event');
    await waitFor(() => expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Budget meeting'));
    return { app, dialog };
  }

  it('opens the event from the calendar with its fields and a link to the meeting record', async () => {
    const { app, dialog } = await openSeries();
    expect(app.inputs('calendar.get')).toEqual([{ id: 'ev-1' }]);
    expect(dialog.getByLabelText('Start')).toHaveValue('2026-11-23T09:00');
    expect(dialog.getByRole('combobox', { name: 'Repeat' })).toHaveValue('WEEKLY');
    expect(dialog.getByRole('textbox', { name: 'Location' })).toHaveValue('Room 12');
    expect(dialog.getByRole('link', { name: 'Meeting record' })).toHaveAttribute(
      'href',
      '#/meetings/held/ev-1',
    );
  });

  it('saves changes with the id and the series’ skipped dates', async () => {
    const { app, dialog } = await openSeries({
      'calendar.update': () => ok({ saved: true, event: record, conflicts: [] }),
    });
    const title = dialog.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Residents of Old Town');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.inputs('calendar.update')[0]).toMatchObject({
      id: 'ev-1',
      title: 'Residents of Old Town',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      exdates: ['2026-11-16T09:00:00'],
      acceptConflicts: false,
    });
  });

  it('deletes one occurrence of a series after confirmation', async () => {
    const { app, dialog } = await openSeries({ 'calendar.remove': () => ok({ removed: true }) });
    expect(dialog.getByRole('button', { name: 'Delete the whole series' })).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Delete this occurrence' }));
    expect(app.inputs('calendar.remove')).toEqual([]);
    await userEvent.click(dialog.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.inputs('calendar.remove')).toEqual([{ id: 'ev-1', occurrenceStart: '2026-11-23T09:00:00' }]);
  });

  it('deletes the whole series without an occurrence', async () => {
    const { app, dialog } = await openSeries({ 'calendar.remove': () => ok({ removed: true }) });
    await userEvent.click(dialog.getByRole('button', { name: 'Delete the whole series' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() =>
      expect(app.inputs('calendar.remove')).toEqual([{ id: 'ev-1', occurrenceStart: null }]),
    );
  });

  it('closes with Escape without saving', async () => {
    const { app } = await openSeries();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app.inputs('calendar.update')).toEqual([]);
  });
});
