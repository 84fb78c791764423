/** Renders the app on #/calendar with a fake transport answering the calendar methods. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { AppEvent, CallResult } from '../../core/api/contract';
import type { CalendarItem, DeadlineOverlay } from '../../core/api/contract-agenda';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

export const CALENDARS = [
  { id: 'mayor', name: '', kind: 'mayor' },
  { id: 'press', name: '', kind: 'press' },
];

type Answer = (input: unknown) => CallResult<unknown>;
export const ok = (data: unknown): CallResult<unknown> => ({ ok: true, data });

type ListAnswer = { items: CalendarItem[]; deadlines?: DeadlineOverlay[] };

export function renderCalendar(
  options: {
    list?: (input: { deadlines?: boolean }) => ListAnswer;
    answers?: Record<string, Answer>;
  } = {},
) {
  const list = options.list ?? ((): ListAnswer => ({ items: [] }));
  const fake = fakeTransport({
    'calendar.calendars': () => ok(CALENDARS),
    'calendar.list': (input) => {
      const { items, deadlines = [] } = list(input as { deadlines?: boolean });
      return ok({ now: '2026-11-23T09:00:00.000Z', items, deadlines, truncated: false });
    },
    ...options.answers,
  });
  // The shared fake keeps its listeners to itself; this one lets a test announce data changes.
  const listeners = new Set<(event: AppEvent) => void>();
  setTransport({
    call: fake.transport.call,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  window.location.hash = '#/calendar';
  render(<App />);
  return {
    call: fake.call,
    /** Inputs of every call of `method`, in order. */
    inputs: (method: string) => fake.call.mock.calls.filter(([m]) => m === method).map(([, input]) => input),
    emit: (table: string) => listeners.forEach((l) => l({ type: 'data.changed', table })),
  };
}

/**
 * Switches to the agenda (list) view. In jsdom the time grid keeps its events visibility:hidden
 * (FullCalendar shows them only after measuring the layout, which jsdom has not got), so tests that
 * find items by role or click them do it in the list, which needs no layout.
 */
export async function showAgenda() {
  await userEvent.click(await screen.findByRole('button', { name: 'Agenda' }));
  await waitFor(() => expect(document.querySelector('.fc-list')).not.toBeNull());
}

/** The open dialog with this accessible name. */
export async function dialogNamed(name: string | RegExp) {
  return within(await screen.findByRole('dialog', { name }));
}
