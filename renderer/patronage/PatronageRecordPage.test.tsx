import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../core/api/contract';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { Letter } from '../../core/letters/schema';
import { PatronageRecordPage } from './PatronageRecordPage';
import { fail, letter, NOW, ok, patronage, renderInShell } from './test-harness';

const CRITERIA = [
  { id: 'publicBenefit', label: 'The event serves residents (public benefit)' },
  { id: 'nonCommercial', label: 'The event is non-commercial' },
];
type Answer = (input: unknown) => CallResult<unknown>;

/** A fake whose get answer follows the changes, as the services would. */
function withRecord(start: PatronageView, extra: Record<string, Answer> = {}) {
  let current = start;
  const letters: Letter[] = [];
  const view = (patch: Partial<PatronageView>) => {
    current = { ...current, ...patch };
    return ok(current);
  };
  const fake = renderInShell(<PatronageRecordPage id="pa1" />, {
    'patronage.get': () => ok({ now: NOW, application: current, criteria: CRITERIA, letters, canEdit: true }),
    'patronage.answer': (input) => {
      const { criterionId, met, note } = input as { criterionId: string; met: boolean | null; note: string };
      return view({ checklist: { ...current.checklist, [criterionId]: { met, note } } });
    },
    'patronage.transition': (input) => {
      const t = input as { action: string; decidedAt?: string; decidedBy?: string };
      if (t.action === 'grant')
        return view({
          status: 'granted',
          decidedAt: t.decidedAt!,
          decidedBy: t.decidedBy!,
          allowedActions: [],
        });
      return view({ status: 'under_review', allowedActions: ['grant', 'refuse', 'withdraw'] });
    },
    'patronage.decisionLetter': () => {
      letters.push(letter());
      return ok({
        file: { fileName: 'decision.docx', mimeType: 'application/octet-stream', base64: 'UEs=' },
        letter: letters[0]!,
      });
    },
    ...extra,
  });
  return fake;
}

const GRANTED_ENDED = patronage({
  status: 'granted',
  eventStart: '2026-11-14T09:00:00.000Z',
  eventEnd: '2026-11-14T15:00:00.000Z',
  decidedAt: '2026-10-01T10:00:00.000Z',
  decidedBy: 'Jan Kowalski',
  allowedActions: [],
  obligations: [
    { kind: 'logoApproval', dueDate: '2026-11-07', status: 'overdue', daysLeft: -16 },
    { kind: 'report', dueDate: '2026-12-14', status: 'pending', daysLeft: 21 },
  ],
});

describe('one patronage application', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
  });

  it('flags a late application and the applicant’s missing reports without rejecting it', async () => {
    withRecord(
      patronage({
        leadTime: { late: true, daysBefore: 12, latestOnTimeDate: '2027-02-12' },
        missingReports: [{ id: 'pa0', eventTitle: 'Spring Fair', dueDate: '2026-06-30' }],
        applicantOrganisationId: 'org7',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Patronage: City Run 2027' })).toBeVisible();
    const [late, missing] = screen.getAllByRole('note');
    expect(late).toHaveTextContent(
      'Filed 12 days before the event; required 30 days — late application. It is flagged for the reviewer, not rejected.',
    );
    expect(late).toHaveTextContent('It should have come by Fri, 12 Feb 2027.');
    expect(missing).toHaveTextContent('This applicant has not reported on earlier patronages:');
    expect(within(missing!).getByRole('link', { name: 'Spring Fair' })).toHaveAttribute(
      'href',
      '#/patronage/pa0',
    );
    expect(missing).toHaveTextContent('report due Tue, 30 Jun 2026');
    expect(screen.getByRole('button', { name: 'Start review' })).toBeEnabled();
    // The applicant is in the directory: its page shows its history.
    expect(screen.getByRole('link', { name: patronage().applicantName })).toHaveAttribute(
      'href',
      '#/contacts/org7',
    );
  });

  it('saves each checklist answer and note, then grants with when and by whom', async () => {
    const fake = withRecord(
      patronage({ status: 'under_review', allowedActions: ['grant', 'refuse', 'withdraw'] }),
      {
        'patronage.transition': () =>
          fail('VALIDATION', [{ path: 'checklist.nonCommercial', message: 'checklistUnanswered' }]),
      },
    );
    const benefit = await screen.findByRole('group', { name: CRITERIA[0]!.label });
    await userEvent.click(within(benefit).getByRole('radio', { name: 'Met' }));
    expect(fake.inputs('patronage.answer')).toEqual([
      { id: 'pa1', criterionId: 'publicBenefit', met: true, note: '' },
    ]);
    expect(
      await within(screen.getByRole('group', { name: CRITERIA[0]!.label })).findByRole('radio', {
        name: 'Met',
      }),
    ).toBeChecked();
    const note = screen.getByRole('textbox', {
      name: 'Note on “The event serves residents (public benefit)”',
    });
    await userEvent.type(note, 'Free entry');
    await userEvent.tab();
    expect(fake.inputs('patronage.answer').at(-1)).toEqual({
      id: 'pa1',
      criterionId: 'publicBenefit',
      met: true,
      note: 'Free entry',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Grant' }));
    const form = screen.getByRole('form', { name: 'Grant' });
    expect(within(form).getByLabelText('Decided at')).toHaveValue('2026-11-23T10:00');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Decided by' }), 'Jan Kowalski');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the grant' }));
    expect(fake.inputs('patronage.transition')).toEqual([
      { id: 'pa1', action: 'grant', decidedAt: NOW, decidedBy: 'Jan Kowalski' },
    ]);
    expect(await screen.findByRole('group', { name: CRITERIA[1]!.label })).toHaveAccessibleDescription(
      'Answer this criterion (met or not met) before the decision.',
    );
  });

  it('grants, then produces the decision letter that joins the letters of the application', async () => {
    const fake = withRecord(
      patronage({ status: 'under_review', allowedActions: ['grant', 'refuse', 'withdraw'] }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Grant' }));
    const form = screen.getByRole('form', { name: 'Grant' });
    await userEvent.clear(within(form).getByLabelText('Decided at'));
    await userEvent.type(within(form).getByLabelText('Decided at'), '2026-11-20T14:30');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Decided by' }), 'Jan Kowalski');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the grant' }));
    expect(fake.inputs('patronage.transition')).toEqual([
      { id: 'pa1', action: 'grant', decidedAt: '2026-11-20T13:30:00.000Z', decidedBy: 'Jan Kowalski' },
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'Decision letter' }));
    expect(fake.inputs('patronage.decisionLetter')).toEqual([{ id: 'pa1', date: '2026-11-23' }]);
    expect(await screen.findByText('Registered as BP.0121.7.2026 and downloaded.')).toBeVisible();
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    const letters = await screen.findByRole('table', { name: 'Letters produced' });
    expect(within(letters).getAllByRole('row')[1]).toHaveTextContent(
      'BP.0121.7.2026Honorary patronage decisionMon, 23 Nov 2026',
    );
  });

  it('sends no refusal without a reason', async () => {
    const fake = withRecord(
      patronage({ status: 'under_review', allowedActions: ['grant', 'refuse', 'withdraw'] }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Refuse' }));
    const form = screen.getByRole('form', { name: 'Refuse' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Decided by' }), 'Jan Kowalski');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    const reason = within(form).getByRole('textbox', { name: 'Reason for the refusal' });
    expect(reason).toHaveAccessibleDescription('Required.');
    expect(fake.inputs('patronage.transition')).toEqual([]);

    await userEvent.type(reason, 'A commercial event.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    expect(fake.inputs('patronage.transition')).toEqual([
      {
        id: 'pa1',
        action: 'refuse',
        decidedAt: NOW,
        decidedBy: 'Jan Kowalski',
        reason: 'A commercial event.',
      },
    ]);
  });

  it('records the report, then uploads its photos to it', async () => {
    const fake = withRecord(GRANTED_ENDED, {
      'patronage.report': (input) =>
        ok({ ...GRANTED_ENDED, reportReceivedAt: (input as { receivedAt: string }).receivedAt }),
      'patronage.attach': () => ok(GRANTED_ENDED),
    });
    const form = await screen.findByRole('form', { name: 'Record report' });
    expect(screen.getByText('Logo approval: due Sat, 7 Nov 2026, overdue')).toHaveClass('overdue');
    expect(screen.getByText('Report: due Mon, 14 Dec 2026, pending')).toBeVisible();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Note on the report' }), 'Went well.');
    const photo = new File(['jpeg'], 'finish.jpg', { type: 'image/jpeg' });
    await userEvent.upload(within(form).getByLabelText('Photos from the event'), photo);
    await userEvent.click(within(form).getByRole('button', { name: 'Record report' }));
    await vi.waitFor(() => expect(fake.inputs('patronage.attach')).toHaveLength(1));
    expect(fake.inputs('patronage.report')).toEqual([
      { id: 'pa1', receivedAt: NOW, note: 'Went well.', attachments: [] },
    ]);
    expect(fake.inputs('patronage.attach')).toEqual([
      { id: 'pa1', target: 'report', file: { fileName: 'finish.jpg', base64: btoa('jpeg') } },
    ]);
    const order = fake.call.mock.calls
      .map(([m]) => m)
      .filter((m) => m === 'patronage.report' || m === 'patronage.attach');
    expect(order).toEqual(['patronage.report', 'patronage.attach']);
  });

  it('explains a refused recording in the user’s words', async () => {
    const fake = withRecord(GRANTED_ENDED, {
      'patronage.report': () => fail('NOT_ALLOWED', [], { reason: 'eventNotEnded' }),
    });
    const form = await screen.findByRole('form', { name: 'Record report' });
    await userEvent.upload(
      within(form).getByLabelText('Photos from the event'),
      new File(['jpeg'], 'a.jpg', { type: 'image/jpeg' }),
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Record report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The event has not ended yet: a report can be recorded only after it.',
    );
    expect(fake.inputs('patronage.attach')).toEqual([]);
  });

  it('adds an attachment and downloads one under its own name', async () => {
    const sha = 'b'.repeat(64);
    const fake = withRecord(
      patronage({ attachments: [sha, 'd'.repeat(64)], fileNames: { [sha]: 'programme.pdf' } }),
      {
        'patronage.attach': () => ok(patronage({ attachments: [sha, 'c'.repeat(64)] })),
        'patronage.attachment': () =>
          ok({ fileName: 'programme.pdf', mimeType: 'application/pdf', base64: 'JVBE' }),
      },
    );
    // A file shows the name it came with; one whose name is not known is numbered.
    expect(await screen.findByRole('button', { name: 'Download Attachment 2' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download programme.pdf' }));
    expect(fake.inputs('patronage.attachment')).toEqual([{ id: 'pa1', sha256: sha }]);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    await userEvent.upload(
      screen.getByLabelText('Add attachment'),
      new File(['%PDF'], 'letter.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('The file was added.')).toBeVisible();
    expect(fake.inputs('patronage.attach')).toEqual([
      { id: 'pa1', target: 'application', file: { fileName: 'letter.pdf', base64: btoa('%PDF') } },
    ]);
  });
});
