import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../core/api/contract';
import { deferred, DOCX, letter, ok, openTab, OWN, renderLetters } from './test-harness';

type Produce = { jobId: string; [key: string]: unknown };

async function typeRecipient(panel: Awaited<ReturnType<typeof openTab>>) {
  await userEvent.selectOptions(
    panel.getByRole('combobox', { name: 'Template' }),
    'builtin:congratulations_birthday:pl',
  );
  await userEvent.type(panel.getByRole('textbox', { name: 'Given name, recipient 1' }), 'Jan');
  await userEvent.type(panel.getByRole('textbox', { name: 'Family name, recipient 1' }), 'Kowalski');
}

describe('producing letters', () => {
  beforeEach(() => {
    // jsdom has no object URLs; saveFile only needs one to exist.
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('suggests the salutation in Polish, keeps the edit, follows progress and registers the letter', async () => {
    const produce = deferred<CallResult<unknown>>();
    const app = renderLetters({
      'letters.produce': () => produce.promise,
      'letters.list': () => ok({ total: 1, items: [letter()] }),
    });
    const panel = await openTab('Produce');
    await typeRecipient(panel);
    // The kind follows the template; the date is today in the office's zone.
    expect(panel.getByRole('combobox', { name: 'Kind' })).toHaveValue('congratulations_birthday');
    expect(panel.getByLabelText('Date')).toHaveValue('2026-11-23');
    await userEvent.type(panel.getByRole('textbox', { name: 'Subject' }), '70th birthday');
    await userEvent.type(panel.getByRole('textbox', { name: 'Years, recipient 1' }), '70');
    await userEvent.type(
      panel.getByRole('textbox', { name: 'Address, recipient 1' }),
      'ul. Długa 1{enter}00-001 Warszawa',
    );

    const salutation = panel.getByRole('textbox', { name: 'Salutation for Jan Kowalski' });
    await waitFor(() => expect(salutation).toHaveValue('Szanowny Panie Janie'));
    await userEvent.clear(salutation);
    await userEvent.type(salutation, 'Szanowny Panie Profesorze');

    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    await waitFor(() => expect(app.inputs('letters.produce')).toHaveLength(1));
    const sent = app.inputs('letters.produce')[0] as Produce;
    expect(sent).toEqual({
      jobId: expect.stringMatching(/^[A-Za-z0-9-]{8,64}$/),
      templateId: 'builtin:congratulations_birthday:pl',
      kind: 'congratulations_birthday',
      date: '2026-11-23',
      subject: '70th birthday',
      common: {},
      recipients: [
        {
          fields: { givenName: 'Jan', familyName: 'Kowalski', years: '70' },
          name: 'Jan Kowalski',
          address: 'ul. Długa 1\n00-001 Warszawa',
          salutation: 'Szanowny Panie Profesorze',
        },
      ],
      recipientSource: 'typed',
      output: 'combined',
      format: 'docx',
      preview: false,
    });

    const bar = panel.getByRole('progressbar', { name: 'Progress' });
    act(() => app.emit({ type: 'job.progress', jobId: 'someone-elses-job', done: 7, total: 9 }));
    expect(bar).not.toHaveAttribute('value', '7');
    act(() => app.emit({ type: 'job.progress', jobId: sent.jobId, done: 1, total: 2 }));
    expect(bar).toHaveAttribute('value', '1');
    expect(bar).toHaveAttribute('max', '2');

    produce.resolve(ok({ file: DOCX, registered: 1, batchId: null, cancelled: false }));
    expect(await panel.findByText('1 letter registered (BP.0121.15.2026).')).toHaveAttribute(
      'role',
      'status',
    );
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(panel.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('cancels the run it started; a cancelled run says nothing was registered and saves nothing', async () => {
    const produce = deferred<CallResult<unknown>>();
    const app = renderLetters({
      'letters.produce': () => produce.promise,
      'letters.cancel': () => ok({ cancelled: true }),
    });
    const panel = await openTab('Produce');
    await typeRecipient(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    await userEvent.click(await panel.findByRole('button', { name: 'Cancel' }));
    const { jobId } = app.inputs('letters.produce')[0] as Produce;
    expect(app.inputs('letters.cancel')).toEqual([{ jobId }]);

    produce.resolve(
      ok({ file: { fileName: '', mimeType: '', base64: '' }, registered: 0, batchId: null, cancelled: true }),
    );
    expect(await panel.findByText('Cancelled: nothing was registered.')).toBeInTheDocument();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('disables PDF, with the reason, when LibreOffice is missing', async () => {
    renderLetters({ 'letters.pdfAvailable': () => ok({ available: false }) });
    const panel = await openTab('Produce');
    const pdf = panel.getByRole('radio', { name: 'PDF' });
    await waitFor(() => expect(pdf).toHaveAccessibleDescription(/LibreOffice/));
    expect(pdf).toBeDisabled();
    expect(panel.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
  });

  it('sends PDF and one file per recipient when chosen, with the batch’s common fields', async () => {
    const app = renderLetters({
      'letters.produce': () => ok({ file: DOCX, registered: 1, batchId: null, cancelled: false }),
      'letters.list': () => ok({ total: 1, items: [letter()] }),
    });
    const panel = await openTab('Produce');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Template' }), OWN.id);
    expect(panel.getByRole('combobox', { name: 'Kind' })).toHaveValue('thanks');
    // imie and nazwisko are mapped to the recipient's names; okazja is typed once for the batch.
    expect(panel.queryByRole('textbox', { name: 'imie' })).not.toBeInTheDocument();
    expect(panel.queryByRole('textbox', { name: 'Years, recipient 1' })).not.toBeInTheDocument();
    await userEvent.type(panel.getByRole('textbox', { name: 'okazja' }), 'Dni Miasta');
    await userEvent.type(panel.getByRole('textbox', { name: 'Organisation, recipient 1' }), 'SP nr 3');
    const pdf = panel.getByRole('radio', { name: 'PDF' });
    await waitFor(() => expect(pdf).toBeEnabled());
    await userEvent.click(pdf);
    await userEvent.click(panel.getByRole('radio', { name: 'One file per recipient (.zip)' }));
    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    await screen.findByText('1 letter registered (BP.0121.15.2026).');
    expect(app.inputs('letters.produce')[0]).toMatchObject({
      templateId: 't-own',
      kind: 'thanks',
      common: { okazja: 'Dni Miasta' },
      recipients: [{ fields: { organisation: 'SP nr 3' }, name: 'SP nr 3', salutation: 'Szanowni Państwo' }],
      format: 'pdf',
      output: 'separate',
    });
  });

  it('previews without registering; a preview the screen cannot draw can still be downloaded', async () => {
    const app = renderLetters({
      'letters.produce': () => ok({ file: DOCX, registered: 0, batchId: null, cancelled: false }),
    });
    const panel = await openTab('Produce');
    await typeRecipient(panel);
    await userEvent.click(panel.getByRole('button', { name: 'Preview' }));
    const region = within(await panel.findByRole('region', { name: 'Preview' }));
    expect(app.inputs('letters.produce')[0]).toMatchObject({
      preview: true,
      recipients: [{ name: 'Jan Kowalski' }],
    });
    expect(await region.findByText(/cannot be drawn on this screen/)).toBeInTheDocument();
    await userEvent.click(region.getByRole('button', { name: 'Download the preview' }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('lists what the services refused, per field', async () => {
    renderLetters();
    const panel = await openTab('Produce');
    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    const alert = await panel.findByRole('alert');
    expect(alert).toHaveTextContent('Template: Required.');
    expect(alert).toHaveTextContent('Recipients: Required.');
  });
});
