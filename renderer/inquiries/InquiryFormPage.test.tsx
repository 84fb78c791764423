import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../api/client';
import { App } from '../app/App';
import { fakeTransport } from '../testing/fake-transport';

describe('registering an inquiry', () => {
  beforeEach(() => {
    window.location.hash = '#/inquiries/new';
  });

  it('marks missing fields with translated messages and sends nothing', async () => {
    const fake = fakeTransport();
    setTransport(fake.transport);
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please correct the marked fields. Nothing was saved.',
    );
    const journalist = screen.getByRole('textbox', { name: 'Journalist' });
    expect(journalist).toHaveAttribute('aria-invalid', 'true');
    expect(journalist).toHaveAccessibleDescription('Required.');
    expect(fake.call.mock.calls.map(([method]) => method)).not.toContain('inquiries.create');
  });

  it("shows the services' refusal in the user's language", async () => {
    const fake = fakeTransport({
      'inquiries.create': () => ({
        ok: false,
        error: { code: 'DEADLINE', params: { reason: 'RULE_NOT_IN_FORCE' }, issues: [] },
      }),
    });
    setTransport(fake.transport);
    render(<App />);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Journalist' }), 'Jan Nowak');
    await userEvent.type(screen.getByRole('textbox', { name: 'Outlet' }), 'Gazeta');
    await userEvent.type(screen.getByRole('textbox', { name: 'Subject' }), 'Budżet');
    await userEvent.type(screen.getByRole('textbox', { name: 'Question' }), 'Ile?');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This rule was not in force on that date.');
  });

  it('warns when a Ukrainian journalist is filed as a citizen appeal', async () => {
    const fake = fakeTransport({
      'deadlines.preview': () => ({
        ok: true,
        data: { deadline: null, errorCode: null, warnings: ['uaJournalistAsAppeal'] },
      }),
    });
    setTransport(fake.transport);
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Jurisdiction' }), 'UA');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Legal basis' }),
      'UA-APPEAL-RESPONSE',
    );
    expect(await screen.findByRole('note')).toHaveTextContent(/public-information request/);
  });

  it('fills the journalist, outlet and outlet type from the contact directory and links the inquiry to the record', async () => {
    const journalist = {
      id: 'c1',
      kind: 'person',
      category: 'journalist',
      outletType: null,
      givenName: 'Paweł',
      familyName: 'Mazur',
      patronymic: '',
      title: '',
      gender: 'male',
      organisationName: '',
      organisationId: 'o1',
      position: '',
      emails: [{ value: 'p.mazur@echodnia.eu', label: 'work' }],
      phones: [],
      addresses: [],
      tags: [],
      lists: [],
      notes: '',
      source: { kind: 'own', text: '' },
      consent: { given: false, at: null, scope: '', withdrawnAt: null },
      visibility: 'everyone',
      retentionUntil: null,
      erasedAt: null,
      createdAt: '',
      updatedAt: '',
      displayName: 'Paweł Mazur',
      organisationDisplay: 'Echo Dnia',
    };
    const outlet = {
      ...journalist,
      id: 'o1',
      kind: 'organisation',
      category: 'outlet',
      outletType: 'daily',
      givenName: '',
      familyName: '',
      gender: null,
      organisationName: 'Echo Dnia',
      organisationId: null,
      displayName: 'Echo Dnia',
      organisationDisplay: 'Echo Dnia',
    };
    const fake = fakeTransport({
      'contacts.list': () => ({ ok: true, data: { items: [journalist], total: 1, tags: [], lists: [] } }),
      'contacts.get': () => ({
        ok: true,
        data: { contact: outlet, people: [], history: [], duplicates: [], canEdit: true },
      }),
    });
    setTransport(fake.transport);
    render(<App />);
    await userEvent.type(
      await screen.findByRole('combobox', { name: 'Journalist or outlet from contacts' }),
      'mazur',
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Paweł Mazur — Echo Dnia' }));
    expect(await screen.findByRole('textbox', { name: 'Journalist' })).toHaveValue('Paweł Mazur');
    expect(screen.getByRole('textbox', { name: 'Outlet' })).toHaveValue('Echo Dnia');
    expect(screen.getByRole('combobox', { name: 'Outlet type' })).toHaveValue('daily');
    expect(screen.getByText('From contacts: Paweł Mazur')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Subject' }), 'Budżet');
    await userEvent.type(screen.getByRole('textbox', { name: 'Question' }), 'Ile?');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    const created = fake.call.mock.calls.find(([method]) => method === 'inquiries.create');
    expect(created?.[1]).toMatchObject({ contactId: 'c1', contact: 'p.mazur@echodnia.eu' });
  });
});
