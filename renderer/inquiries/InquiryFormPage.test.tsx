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
});
