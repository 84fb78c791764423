import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

const entry = (patch: Record<string, unknown>) => ({
  module: 'inquiries',
  kind: 'answer',
  recordId: 'i1',
  title: 'BP.1431.1.2026 Remont ul. Polnej',
  link: { route: 'inquiry', id: 'i1' },
  dueAt: '2026-11-20T23:00:00.000Z',
  dueDate: null,
  dueInstant: Date.parse('2026-11-20T23:00:00.000Z'),
  remainingMs: -1,
  overdueBy: { days: 2, hours: 10 },
  remaining: { days: 0, hours: 0, minutes: 0 },
  ...patch,
});

describe('the Today screen', () => {
  it('shows overdue and upcoming items with their clocks and links, and acknowledges reminders', async () => {
    window.location.hash = '';
    let pending = [
      {
        key: 'k1',
        module: 'decisions',
        kind: 'decision',
        title: 'Przegląd oświetlenia',
        dueInstant: '2026-11-21T23:00:00.000Z',
        leadMinutes: null,
        link: { route: 'decisions' },
      },
    ];
    const fake = fakeTransport({
      'today.list': () => ({
        ok: true,
        data: {
          now: '2026-11-23T09:00:00.000Z',
          overdue: [
            entry({}),
            entry({
              module: 'decisions',
              kind: 'decision',
              recordId: 'd1',
              title: 'Przegląd oświetlenia',
              link: { route: 'decisions' },
              dueAt: null,
              dueDate: '2026-11-20',
              overdueBy: { days: 3, hours: 0 },
            }),
          ],
          today: [],
          upcoming: [
            entry({
              recordId: 'i2',
              title: 'BP.1431.2.2026 Umowy',
              overdueBy: null,
              remainingMs: 2,
              remaining: { days: 2, hours: 14, minutes: 0 },
            }),
          ],
          badge: 2,
        },
      }),
      'reminders.state': () => ({ ok: true, data: { pending, badge: 2 } }),
      'reminders.acknowledge': () => {
        pending = [];
        return { ok: true, data: { pending, badge: 2 } };
      },
    });
    setTransport(fake.transport);
    render(<App />);
    const overdue = await screen.findByRole('list', { name: 'Overdue (2)' });
    expect(within(overdue).getByRole('link', { name: 'BP.1431.1.2026 Remont ul. Polnej' })).toHaveAttribute(
      'href',
      '#/inquiries/i1',
    );
    expect(overdue.textContent).toContain('overdue by 2 days 10 h');
    expect(overdue.textContent).toContain('overdue by 3 days');
    expect(screen.getByRole('list', { name: 'In the next 7 days (1)' }).textContent).toContain(
      'in 2 days 14 h',
    );
    expect(screen.getByText('Nothing is due today.')).toBeInTheDocument();

    const reminders = await screen.findByRole('list', { name: 'Reminder (1)' });
    expect(reminders.textContent).toContain('Przegląd oświetlenia');
    await userEvent.click(screen.getByRole('button', { name: 'Mark the reminders as seen' }));
    expect(screen.queryByRole('list', { name: 'Reminder (1)' })).toBeNull();
  });
});
