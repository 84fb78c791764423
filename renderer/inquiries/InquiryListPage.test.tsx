import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NEW_INQUIRY_STATE } from '../../core/inquiries/lifecycle';
import type { Inquiry } from '../../core/inquiries/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

const inquiry = (n: number): Inquiry => ({
  id: `id-${n}`,
  regNo: `BP.1431.${n}.2026`,
  receivedAt: '2026-11-20T09:00:00.000Z',
  channel: 'email',
  journalistName: `Dziennikarz ${n}`,
  outletName: 'Gazeta',
  outletType: 'daily',
  contact: '',
  subject: `Temat ${n}`,
  question: 'Pytanie',
  jurisdiction: 'PL',
  ruleId: 'PL-UDIP-PROVIDE',
  assigneeDepartmentId: null,
  assigneePersonId: null,
  ...NEW_INQUIRY_STATE,
  status: 'in_progress',
  pauses: [],
  dueAt: '2026-11-24T23:00:00.000Z',
  dueDate: '2026-11-24',
  suspended: false,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
});

describe('the register list', () => {
  beforeEach(() => {
    window.location.hash = '#/inquiries';
  });

  it('pages through a long register and resets to page 1 when the filter changes', async () => {
    const all = Array.from({ length: 120 }, (_, i) => inquiry(i + 1));
    const fake = fakeTransport({
      'inquiries.list': (input) => {
        const { offset = 0, limit = 100 } = input as { offset?: number; limit?: number };
        return {
          ok: true,
          data: {
            now: '2026-11-23T09:00:00.000Z',
            total: all.length,
            items: all.slice(offset, offset + limit),
          },
        };
      },
    });
    setTransport(fake.transport);
    render(<App />);
    expect(await screen.findByText('Showing 50 of 120')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'BP.1431.1.2026' })).toBeInTheDocument();
    // 24 Nov is tomorrow from Mon 23 Nov: one working day.
    expect(screen.getAllByText('Due in 1 working day')).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'BP.1431.51.2026' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Page 2 of 3' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'in_progress');
    expect(await screen.findByRole('link', { name: 'BP.1431.1.2026' })).toBeInTheDocument();
    const lastList = fake.call.mock.calls.filter(([m]) => m === 'inquiries.list').at(-1)!;
    expect(lastList[1]).toMatchObject({ offset: 0, status: ['in_progress'] });
  });
});
