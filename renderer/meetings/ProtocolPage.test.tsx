import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DecisionView } from '../../core/decisions/schema';
import type { Protocol, ProtocolVersion } from '../../core/protocols/schema';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';
import { decision, fail, inputsOf, NOW, office, ok, protocol } from './test-fixtures';

/** A fake whose protocol changes as the services would change it (approval needs a chair). */
function withProtocol(start: Protocol, overrides: Parameters<typeof fakeTransport>[0] = {}) {
  let current = start;
  const versions: ProtocolVersion[] = [];
  const decisions: DecisionView[] = [];
  const fake = fakeTransport({
    'settings.get': () => ok(office()),
    'protocols.get': () => ok({ now: NOW, protocol: current, decisions, versions }),
    'protocols.update': (input) => {
      if (current.status === 'approved') return fail('LOCKED', [], { version: current.version });
      current = { ...current, ...(input as Partial<Protocol>), updatedAt: `u${Math.random()}` };
      return ok(current);
    },
    'protocols.approve': () => {
      if (!current.chair) return fail('VALIDATION', [{ path: 'chair', message: 'required' }]);
      current = { ...current, status: 'approved', approvedAt: NOW, approvedBy: 'Ewa' };
      const { title, date, place, chair, attendees, agenda, minutes } = current;
      versions.push({
        id: `v${current.version}`,
        protocolId: current.id,
        version: current.version,
        reason: current.revisionReason,
        approvedAt: NOW,
        approvedBy: 'Ewa',
        snapshot: { title, date, place, chair, attendees, agenda, minutes, decisions: [] },
        createdAt: NOW,
        updatedAt: NOW,
      });
      return ok(current);
    },
    'protocols.newVersion': (input) => {
      const { reason } = input as { reason: string };
      current = { ...current, status: 'draft', version: current.version + 1, revisionReason: reason };
      return ok(current);
    },
    'decisions.create': (input) => {
      const created = decision({ ...(input as Partial<DecisionView>), id: 'd9', ordinal: 1 });
      decisions.push(created);
      return ok(created);
    },
    ...overrides,
  });
  setTransport(fake.transport);
  return fake;
}

describe('a protocol', () => {
  beforeEach(() => {
    window.location.hash = '#/protocols/p1';
  });

  it('needs a chair to be approved, and approval locks the text', async () => {
    const fake = withProtocol(protocol({ minutes: 'We discussed the parking.' }));
    render(<App />);
    expect(await screen.findByText('Draft')).toBeInTheDocument();
    const chair = screen.getByRole('textbox', { name: 'Chair' });
    expect(chair).not.toHaveAttribute('readonly');

    await userEvent.click(screen.getByRole('button', { name: 'Approve and lock' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Approve and lock this protocol?' })).getByRole('button', {
        name: 'Approve',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(screen.getByRole('textbox', { name: 'Chair' })).toHaveAccessibleDescription('Required.');

    await userEvent.type(screen.getByRole('textbox', { name: 'Chair' }), 'Mayor Anna Nowak');
    await userEvent.click(screen.getByRole('button', { name: 'Approve and lock' }));
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The protocol was approved and locked.');
    expect(screen.getByText('Approved, version 1')).toBeInTheDocument();
    for (const name of ['Title', 'Place', 'Chair', 'Attendees (one per line)', 'Minutes']) {
      expect(screen.getByRole('textbox', { name })).toHaveAttribute('readonly');
    }
    expect(screen.getByRole('textbox', { name: 'Chair' })).toHaveValue('Mayor Anna Nowak');
    expect(screen.getByRole('note')).toHaveTextContent('An approved protocol is locked');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a decision' })).not.toBeInTheDocument();
    // The text typed before approving was saved first, then approved.
    expect(inputsOf(fake.call, 'protocols.update').at(-1)).toMatchObject({
      id: 'p1',
      chair: 'Mayor Anna Nowak',
    });
    const versions = screen.getByRole('table', { name: 'Approved versions' });
    expect(within(versions).getByRole('cell', { name: 'Ewa' })).toBeInTheDocument();
  });

  it('starts a new version only with a reason', async () => {
    const fake = withProtocol(
      protocol({ status: 'approved', chair: 'Mayor', minutes: 'Text', approvedAt: NOW, approvedBy: 'Ewa' }),
    );
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'New version' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a new version' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start the new version' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for the new version' });
    expect(reason).toHaveAccessibleDescription('Required.');
    expect(inputsOf(fake.call, 'protocols.newVersion')).toEqual([]);

    await userEvent.type(reason, 'A wrong date in item 2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start the new version' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Version 2 is open as a draft.');
    expect(inputsOf(fake.call, 'protocols.newVersion')).toEqual([
      { id: 'p1', reason: 'A wrong date in item 2' },
    ]);
    expect(screen.getByText('Draft of version 2')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Minutes' })).not.toHaveAttribute('readonly');
  });

  it('explains a LOCKED answer', async () => {
    withProtocol(protocol(), {
      'protocols.update': () => fail('LOCKED', [], { version: 3 }),
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This protocol is approved (version 3) and locked. To change it, start a new version',
    );
  });

  it('adds a decision with the department of the chosen person', async () => {
    const fake = withProtocol(protocol());
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a decision' }));
    const form = screen.getByRole('form', { name: 'New decision' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Decision' }), 'Mark the parking spaces');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Responsible' }), 'anna');
    expect(within(form).getByRole('combobox', { name: 'Department' })).toHaveValue('roads');
    await userEvent.type(within(form).getByLabelText('Due'), '2026-12-15');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the decision' }));

    expect(inputsOf(fake.call, 'decisions.create')).toEqual([
      {
        protocolId: 'p1',
        title: 'Mark the parking spaces',
        departmentId: 'roads',
        responsiblePersonId: 'anna',
        dueDate: '2026-12-15',
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Decisions' });
    const row = (await within(table).findByRole('cell', { name: 'Mark the parking spaces' })).closest('tr')!;
    expect(row).toHaveTextContent('Roads Department');
    expect(row).toHaveTextContent('Anna Kowalska');
    expect(within(row).getByRole('button', { name: 'Remove decision 1' })).toBeInTheDocument();
  });
});
