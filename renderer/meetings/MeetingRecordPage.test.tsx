import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../core/meetings/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';
import { inputsOf, NOW, ok, protocol } from './test-fixtures';

/** 23:30 UTC on 24 Nov is 00:30 on 25 Nov in Warsaw: the protocol's date is the office's day. */
const EVENT = {
  id: 'ev1',
  calendarId: 'mayor',
  type: 'residents_meeting',
  title: 'Jan Kowalski: Parking at the school',
  allDay: false,
  start: '2026-11-24T23:30:00.000Z',
  end: '2026-11-25T00:30:00.000Z',
  timeZone: 'Europe/Warsaw',
  rrule: null,
  exdates: [],
  status: 'confirmed',
  private: false,
  location: 'Room 12',
  participantsInternal: [],
  participantsExternal: [],
  notes: '',
  reminders: [],
  createdAt: NOW,
  updatedAt: NOW,
};

describe('the record of a held meeting', () => {
  beforeEach(() => {
    window.location.hash = '#/meetings/held/ev1';
  });

  it('saves who came and what was discussed, then writes the protocol from it', async () => {
    const fake = fakeTransport({
      'meetings.record': () => ok({ record: null, event: EVENT, protocolId: null }),
      'meetings.saveRecord': (input) =>
        ok({
          ...(input as MeetingRecord),
          id: 'm1',
          applicationId: 'a1',
          createdAt: NOW,
          updatedAt: NOW,
        }),
      'protocols.create': (input) => ok(protocol({ ...(input as object), id: 'p5' })),
    });
    setTransport(fake.transport);
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Meeting: Jan Kowalski: Parking at the school' }),
    ).toBeInTheDocument();
    expect(screen.getByText('25 Nov 2026, 00:30 – 25 Nov 2026, 01:30')).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'People present (one per line)' }),
      'Jan Kowalski{enter}{enter}Ewa Zielińska',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Organisations present (one per line)' }),
      'Zielone',
    );
    const count = screen.getByRole('spinbutton', { name: 'Number of attendees' });
    await userEvent.clear(count);
    await userEvent.type(count, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Add an agenda item' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add an agenda item' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Item 1: title' }), 'Parking');
    await userEvent.type(screen.getByRole('textbox', { name: 'Item 2: title' }), 'Bus stop');
    await userEvent.type(screen.getByRole('textbox', { name: 'Item 2: notes' }), 'Move it 50 m');
    await userEvent.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(screen.getByRole('textbox', { name: 'Item 1: title' })).toHaveValue('Bus stop');

    await userEvent.click(screen.getByRole('button', { name: 'Write the protocol' }));
    await waitFor(() => expect(window.location.hash).toBe('#/protocols/p5'));
    expect(inputsOf(fake.call, 'meetings.saveRecord')).toEqual([
      {
        eventId: 'ev1',
        title: 'Jan Kowalski: Parking at the school',
        attendeesPeople: ['Jan Kowalski', 'Ewa Zielińska'],
        attendeesOrganisations: ['Zielone'],
        attendeesCount: 3,
        agenda: [{ title: 'Bus stop', notes: 'Move it 50 m' }],
      },
    ]);
    expect(inputsOf(fake.call, 'protocols.create')).toEqual([
      {
        eventId: 'ev1',
        meetingId: 'm1',
        title: 'Jan Kowalski: Parking at the school',
        date: '2026-11-25',
        place: 'Room 12',
        attendees: ['Jan Kowalski', 'Ewa Zielińska', 'Zielone'],
        agenda: ['Bus stop'],
      },
    ]);
  });

  it('links to the protocol once it exists', async () => {
    setTransport(
      fakeTransport({ 'meetings.record': () => ok({ record: null, event: EVENT, protocolId: 'p5' }) })
        .transport,
    );
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Open the protocol' })).toHaveAttribute(
      'href',
      '#/protocols/p5',
    );
    expect(screen.queryByRole('button', { name: 'Write the protocol' })).not.toBeInTheDocument();
  });
});
