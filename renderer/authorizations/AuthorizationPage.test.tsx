import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AuthorizationView } from '../../core/api/contract-authorizations';
import { AuthorizationPage } from './AuthorizationPage';
import { authorization, NOW, ok, renderInShell } from './test-harness';

const ART6 = { act: 'Prawo prasowe', article: 'art. 14a ust. 6' };

/** A fake whose get answer follows the decisions, as the services would. */
function withRecord(extra: Record<string, (input: unknown) => ReturnType<typeof ok>> = {}) {
  let current: AuthorizationView = authorization();
  let changed = false;
  return renderInShell(<AuthorizationPage id="au1" />, {
    'authorizations.get': () =>
      ok({
        now: NOW,
        authorization: current,
        legalEffect: { kind: changed ? 'authorizedWithChanges' : 'pending', citation: null },
        diff: changed
          ? [
              {
                kind: 'changed',
                left: [
                  { kind: 'equal', text: 'A: ' },
                  { kind: 'removed', text: 'Next year.' },
                ],
                right: [
                  { kind: 'equal', text: 'A: ' },
                  { kind: 'added', text: 'In 2027.' },
                ],
              },
              { kind: 'added', left: [], right: [{ kind: 'added', text: 'A: And it will be free.' }] },
            ]
          : [],
        structure: changed
          ? {
              addedQuestions: [],
              addedAnswers: ['A: And it will be free.'],
              reordered: false,
              warning: true,
              citation: ART6,
            }
          : null,
      }),
    'authorizations.decide': (input) => {
      const { authorizedText } = input as { authorizedText?: string };
      changed = Boolean(authorizedText);
      current = {
        ...current,
        status: 'authorized_with_changes',
        effectiveStatus: 'authorized_with_changes',
        authorizedText: authorizedText ?? null,
      };
      return ok(current);
    },
    ...extra,
  });
}

describe('one authorization request', () => {
  it('records the authorized text and shows the differences and the ust. 6 warning', async () => {
    const fake = withRecord();
    await userEvent.click(await screen.findByRole('button', { name: 'Authorized with changes' }));
    const text = screen.getByRole('textbox', { name: 'Authorized text' });
    expect(text).toHaveValue('Q: When?\nA: Next year.');
    await userEvent.clear(text);
    await userEvent.type(text, 'Q: When?{Enter}A: In 2027.{Enter}A: And it will be free.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the authorized text' }));

    const table = await screen.findByRole('table', { name: 'Differences' });
    expect(fake.inputs('authorizations.decide')).toEqual([
      {
        id: 'au1',
        action: 'authorize',
        authorizedText: 'Q: When?\nA: In 2027.\nA: And it will be free.',
        decidedAt: NOW,
      },
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Received', 'Authorized']);
    expect(table.querySelector('del')).toHaveTextContent('Next year.');
    expect(table.querySelector('ins')).toHaveTextContent('In 2027.');
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('art. 14a ust. 6, Prawo prasowe');
    expect(warning).toHaveTextContent('New answer: A: And it will be free.');
    expect(screen.getByText(/The interviewee authorized the quote with changes\./)).toBeInTheDocument();
  });

  it('warns about art. 14a ust. 7 and sends no refusal without a reason', async () => {
    const fake = withRecord();
    await userEvent.click(await screen.findByRole('button', { name: 'Refused' }));
    const form = screen.getByRole('form', { name: 'Refused' });
    expect(within(form).getByRole('note')).toHaveTextContent(
      'counts as authorization without reservations (art. 14a ust. 7',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    expect(within(form).getByRole('textbox', { name: 'Reason for the refusal' })).toHaveAccessibleDescription(
      'Required.',
    );
    expect(fake.inputs('authorizations.decide')).toEqual([]);

    await userEvent.type(within(form).getByRole('textbox', { name: 'Reason for the refusal' }), 'Too short.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    expect(fake.inputs('authorizations.decide')).toEqual([
      { id: 'au1', action: 'refuse', reason: 'Too short.', decidedAt: NOW },
    ]);
  });

  it('shows the reply for the journalist and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInShell(<AuthorizationPage id="au1" />, {
      'authorizations.get': () =>
        ok({
          now: NOW,
          authorization: authorization({ status: 'authorized', effectiveStatus: 'authorized' }),
          legalEffect: { kind: 'authorized', citation: null },
          diff: [],
          structure: null,
        }),
      'authorizations.reply': () => ok({ text: 'Dear Mr Kowalski, the text is authorized.' }),
    });
    expect(screen.queryByRole('button', { name: 'Authorized as received' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Reply to the journalist' }));
    const reply = await screen.findByRole('textbox', { name: 'Reply text' });
    expect(reply).toHaveValue('Dear Mr Kowalski, the text is authorized.');
    expect(reply).toHaveAttribute('readonly');
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('Dear Mr Kowalski, the text is authorized.');
  });

  it('links the journalist to the contact directory when the request was picked from there', async () => {
    renderInShell(<AuthorizationPage id="au1" />, {
      'authorizations.get': () =>
        ok({
          now: NOW,
          authorization: authorization({ contactId: 'c9' }),
          legalEffect: { kind: 'pending', citation: null },
          diff: [],
          structure: null,
        }),
    });
    expect(await screen.findByRole('link', { name: 'Jan Kowalski' })).toHaveAttribute(
      'href',
      '#/contacts/c9',
    );
  });
});
