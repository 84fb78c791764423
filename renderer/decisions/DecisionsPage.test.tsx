import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecisionNote } from '../../core/decisions/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { decision, inputsOf, NOW, office, ok, protocol } from '../meetings/test-fixtures';
import { fakeTransport } from '../testing/fake-transport';

/** In the services' order: overdue first. */
const ITEMS = [
  decision({
    id: 'd1',
    title: 'Repair the road',
    status: 'in_progress',
    viewStatus: 'overdue',
    overdueDays: 3,
    progress: 20,
    dueDate: '2026-11-20',
  }),
  decision({
    id: 'd2',
    ordinal: 2,
    title: 'Hold a concert',
    departmentId: 'culture',
    responsiblePersonId: 'olek',
    dueDate: '2026-11-28',
  }),
  decision({ id: 'd3', ordinal: 3, title: 'Mark the parking spaces', dueDate: '2026-12-10' }),
];
const NOTES: DecisionNote[] = [
  {
    id: 'n1',
    decisionId: 'd3',
    at: '2026-11-21T14:15:00.000Z',
    author: 'Anna Kowalska',
    text: 'Contractor chosen.',
    status: null,
    progress: 10,
    createdAt: NOW,
    updatedAt: NOW,
  },
];

function setUp() {
  const fake = fakeTransport({
    'settings.get': () => ok(office()),
    'decisions.list': () => ok({ now: NOW, items: ITEMS }),
    'decisions.notes': () => ok(NOTES),
    'decisions.progress': (input) => ok(decision(input as object)),
    'decisions.exportXlsx': () =>
      ok({ fileName: 'decisions.xlsx', mimeType: 'application/vnd.ms-excel', base64: 'UEs=' }),
    'protocols.list': () => ok([{ ...protocol(), decisions: 3, openDecisions: 3 }]),
  });
  setTransport(fake.transport);
  render(<App />);
  return fake;
}

describe('the control of decisions', () => {
  beforeEach(() => {
    window.location.hash = '#/decisions';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('groups the open decisions by department, overdue first, with names from the office', async () => {
    const fake = setUp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Decisions' })).toBeInTheDocument();
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Roads Department', 'Culture Department']);
    const roads = screen.getByRole('table', { name: 'Roads Department' });
    const rows = within(roads).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Repair the road',
      'Mark the parking spaces',
    ]);
    expect(rows[0]).toHaveTextContent(/overdue by 3 days/i);
    expect(rows[0]).toHaveTextContent('Anna Kowalska');
    expect(within(rows[0]!).getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '20');
    expect(
      within(rows[0]!).getByRole('link', { name: 'Meeting with the residents of Zielone' }),
    ).toHaveAttribute('href', '#/protocols/p1');
    expect(rows[1]).not.toHaveTextContent(/overdue/i);
    const culture = screen.getByRole('table', { name: 'Culture Department' });
    expect(culture).toHaveTextContent('Olek Nowak');
    expect(screen.getByRole('checkbox', { name: 'Open only' })).toBeChecked();
    expect(inputsOf(fake.call, 'decisions.list')[0]).toEqual({ status: [], openOnly: true });
  });

  it('reports progress with a note and shows the timeline', async () => {
    const fake = setUp();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Report progress: Mark the parking spaces' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Report progress: Mark the parking spaces' });
    const timeline = await within(dialog).findByRole('list', { name: 'Timeline' });
    expect(timeline).toHaveTextContent('21 Nov 2026, 15:15 · Anna Kowalska · progress: 10%');
    expect(timeline).toHaveTextContent('Contractor chosen.');

    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'in_progress');
    const progress = within(dialog).getByRole('spinbutton', { name: 'Progress (%)' });
    await userEvent.clear(progress);
    await userEvent.type(progress, '40');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Paint ordered.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the report' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The report was saved.');
    expect(inputsOf(fake.call, 'decisions.progress')).toEqual([
      { id: 'd3', status: 'in_progress', progress: 40, note: 'Paint ordered.' },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for a note when nothing else changed', async () => {
    const fake = setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'Report progress: Hold a concert' }));
    const dialog = screen.getByRole('dialog', { name: 'Report progress: Hold a concert' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save the report' }));
    expect(within(dialog).getByRole('textbox', { name: 'Note' })).toHaveAccessibleDescription('Required.');
    expect(inputsOf(fake.call, 'decisions.progress')).toEqual([]);
  });

  it('exports exactly what the filters show', async () => {
    const createObjectURL = vi.fn(() => 'blob:decisions');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fake = setUp();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Department' }), 'roads');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Responsible' }), 'anna');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'overdue');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Open only' }));
    const meeting = screen.getByRole('combobox', { name: 'Meeting (protocol)' });
    await within(meeting).findByRole('option', { name: /Meeting with the residents of Zielone/ });
    await userEvent.selectOptions(meeting, 'p1');
    await userEvent.click(screen.getByRole('button', { name: 'Export .xlsx' }));

    const filters = {
      protocolId: 'p1',
      departmentId: 'roads',
      responsiblePersonId: 'anna',
      status: ['overdue'],
      openOnly: false,
    };
    expect(inputsOf(fake.call, 'decisions.exportXlsx')).toEqual([filters]);
    expect(inputsOf(fake.call, 'decisions.list').at(-1)).toEqual(filters);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('decisions.xlsx');
  });
});
