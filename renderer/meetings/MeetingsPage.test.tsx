import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingApplication } from '../../core/meetings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';
import { application, inputsOf, ok, protocol } from './test-fixtures';

describe('the meetings page', () => {
  beforeEach(() => {
    window.location.hash = '#/meetings';
  });

  it('registers an application with what the secretary typed and lists it', async () => {
    const stored: MeetingApplication[] = [];
    const fake = fakeTransport({
      'meetings.applications': () => ok(stored),
      'protocols.list': () => ok([]),
      'meetings.createApplication': (input) => {
        const created = application({ ...(input as Partial<MeetingApplication>), id: 'a7' });
        stored.push(created);
        return ok(created);
      },
    });
    setTransport(fake.transport);
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New application' }));
    const form = screen.getByRole('form', { name: 'New application to meet the mayor' });
    // Received at defaults to now, shown in the office's zone (09:00 UTC is 10:00 in Warsaw).
    expect(within(form).getByLabelText('Received')).toHaveValue('2026-11-23T10:00');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'The applicant is' }),
      'organisation',
    );
    await userEvent.type(within(form).getByRole('textbox', { name: 'Name' }), 'Maria Wiśniewska');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Organisation' }), 'Zielone Residents');
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Contact (phone, e-mail or address)' }),
      '+48 600 100 200',
    );
    await userEvent.type(within(form).getByRole('textbox', { name: 'Topic' }), 'Parking at the school');
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Preferred dates' }),
      'Tuesday afternoons',
    );
    const participants = within(form).getByRole('spinbutton', { name: 'Number of participants' });
    await userEvent.clear(participants);
    await userEvent.type(participants, '4');
    await userEvent.click(within(form).getByRole('button', { name: 'Register the application' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'The application of Maria Wiśniewska was registered.',
    );
    expect(inputsOf(fake.call, 'meetings.createApplication')).toEqual([
      {
        receivedAt: '2026-11-23T09:00:00.000Z',
        applicantKind: 'organisation',
        applicantName: 'Maria Wiśniewska',
        organisation: 'Zielone Residents',
        contact: '+48 600 100 200',
        topic: 'Parking at the school',
        preferredDates: 'Tuesday afternoons',
        participantsCount: 4,
        notes: '',
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Applications to meet the mayor' });
    const link = await within(table).findByRole('link', { name: 'Maria Wiśniewska' });
    expect(link).toHaveAttribute('href', '#/meetings/applications/a7');
    expect(within(table).getByText('Zielone Residents')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New application to meet the mayor' })).not.toBeInTheDocument();
  });

  it('filters the applications by status and text', async () => {
    const fake = fakeTransport({
      'meetings.applications': () => ok([application()]),
      'protocols.list': () => ok([]),
    });
    setTransport(fake.transport);
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'scheduled');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'parking');
    expect(inputsOf(fake.call, 'meetings.applications').at(-1)).toEqual({
      status: ['scheduled'],
      q: 'parking',
    });
  });

  it('lists protocols with their state and open decisions, and starts a new one', async () => {
    const fake = fakeTransport({
      'meetings.applications': () => ok([]),
      'protocols.list': () =>
        ok([{ ...protocol({ status: 'approved', version: 2 }), decisions: 3, openDecisions: 1 }]),
      'protocols.create': (input) => ok(protocol({ ...(input as object), id: 'p9' })),
    });
    setTransport(fake.transport);
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Protocols' });
    const link = await within(table).findByRole('link', { name: 'Meeting with the residents of Zielone' });
    expect(link).toHaveAttribute('href', '#/protocols/p1');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('Approved, version 2');
    expect(row).toHaveTextContent('1 open of 3');

    await userEvent.click(screen.getByRole('button', { name: 'New protocol' }));
    const form = screen.getByRole('form', { name: 'New protocol of a meeting' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Title' }), 'Budget talks');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Place' }), 'Town hall');
    await userEvent.click(within(form).getByRole('button', { name: 'Create the protocol' }));
    await waitFor(() => expect(window.location.hash).toBe('#/protocols/p9'));
    expect(inputsOf(fake.call, 'protocols.create')).toEqual([
      { title: 'Budget talks', date: '2026-11-23', place: 'Town hall' },
    ]);
  });
});
