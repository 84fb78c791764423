import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingApplication } from '../../core/meetings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';
import { application, fail, inputsOf, ok } from './test-fixtures';

const CALENDARS = [
  { id: 'mayor', name: '', kind: 'mayor' },
  { id: 'press', name: 'Press office diary', kind: 'press' },
];
const CLASH = {
  start: '2026-11-25T13:30:00.000Z',
  other: {
    eventId: 'e9',
    title: 'City council session',
    busy: false,
    start: '2026-11-25T13:00:00.000Z',
    end: '2026-11-25T15:00:00.000Z',
    allDay: false,
  },
};

/** A fake with one application that the answers change, as the services would. */
function withApplication(overrides: Parameters<typeof fakeTransport>[0] = {}) {
  let current = application();
  const fake = fakeTransport({
    'meetings.getApplication': () => ok(current),
    'calendar.calendars': () => ok(CALENDARS),
    'meetings.schedule': (input) => {
      const { acceptConflicts, start } = input as { acceptConflicts: boolean; start: string };
      if (!acceptConflicts) return ok({ scheduled: false, application: current, conflicts: [CLASH] });
      current = { ...current, status: 'scheduled', eventId: 'ev1', scheduledStart: start };
      return ok({ scheduled: true, application: current, conflicts: [CLASH] });
    },
    ...overrides,
  });
  setTransport(fake.transport);
  return { ...fake, set: (next: MeetingApplication) => (current = next) };
}

describe('an application to meet the mayor', () => {
  beforeEach(() => {
    window.location.hash = '#/meetings/applications/a1';
  });

  it('shows the calendar clash and schedules anyway only when asked', async () => {
    const fake = withApplication();
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Application of Jan Kowalski' }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    const form = screen.getByRole('form', { name: 'Schedule the meeting' });
    const calendar = within(form).getByRole('combobox', { name: 'Calendar' });
    expect(await within(calendar).findByRole('option', { name: 'Mayor' })).toBeInTheDocument();
    await userEvent.selectOptions(calendar, 'press');
    // Times are typed in the office's zone: 14:30 in Warsaw is 13:30 UTC; the end follows one hour later.
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: '2026-11-25T14:30' } });
    expect(within(form).getByLabelText('End')).toHaveValue('2026-11-25T15:30');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Location' }), 'Room 12');
    await userEvent.click(within(form).getByRole('button', { name: 'Put it in the calendar' }));

    const clash = await within(form).findByRole('alert');
    expect(clash).toHaveTextContent('This time clashes with the calendar:');
    expect(clash).toHaveTextContent('City council session: 25 Nov 2026, 14:00 – 25 Nov 2026, 16:00');
    const request = {
      id: 'a1',
      calendarId: 'press',
      start: '2026-11-25T13:30:00.000Z',
      end: '2026-11-25T14:30:00.000Z',
      location: 'Room 12',
    };
    expect(inputsOf(fake.call, 'meetings.schedule')).toEqual([{ ...request, acceptConflicts: false }]);
    expect(screen.getByText('Received', { selector: 'dd' })).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Schedule anyway' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The meeting is in the calendar.');
    expect(inputsOf(fake.call, 'meetings.schedule')).toEqual([
      { ...request, acceptConflicts: false },
      { ...request, acceptConflicts: true },
    ]);
    expect(await screen.findByText('Scheduled', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meeting record' })).toHaveAttribute(
      'href',
      '#/meetings/held/ev1',
    );
    expect(screen.getByRole('button', { name: 'Confirmation letter (.docx)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('asks for the reason before declining and sends nothing without it', async () => {
    const fake = withApplication();
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    await userEvent.click(screen.getByRole('button', { name: 'Decline the application' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for declining' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Required.');
    expect(inputsOf(fake.call, 'meetings.decline')).toEqual([]);
  });

  it("shows the services' VALIDATION answer on the reason field", async () => {
    const fake = withApplication({
      'meetings.decline': () => fail('VALIDATION', [{ path: 'reason', message: 'tooLong' }]),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Reason for declining' }), 'The mayor is away.');
    await userEvent.click(screen.getByRole('button', { name: 'Decline the application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(screen.getByRole('textbox', { name: 'Reason for declining' })).toHaveAccessibleDescription(
      'Too long.',
    );
    expect(inputsOf(fake.call, 'meetings.decline')).toEqual([{ id: 'a1', reason: 'The mayor is away.' }]);
  });

  it('edits the application while it is open', async () => {
    const fake = withApplication({
      'meetings.updateApplication': (input) => ok(application(input as Partial<MeetingApplication>)),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit the application' });
    const topic = within(form).getByRole('textbox', { name: 'Topic' });
    expect(topic).toHaveValue('Parking at the school');
    await userEvent.clear(topic);
    await userEvent.type(topic, 'Parking and bus stop');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Changes saved.');
    expect(inputsOf(fake.call, 'meetings.updateApplication')[0]).toMatchObject({
      id: 'a1',
      topic: 'Parking and bus stop',
      receivedAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('offers nothing but reading for a declined application', async () => {
    const fake = withApplication();
    fake.set(application({ status: 'declined', declineReason: 'Not the mayor’s competence.' }));
    render(<App />);
    expect(await screen.findByText('This application is closed.')).toBeInTheDocument();
    expect(screen.getByText('Not the mayor’s competence.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
  });
});
