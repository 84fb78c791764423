import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCX, fail, letter, ok, openTab, renderLetters } from './test-harness';

const CSV = 'Imie;Nazwisko;Ulica\nJan;Kowalski;ul. Dluga 1\n';

const row = (n: number, imie: string, nazwisko: string, ulica = '', plec = '') => ({
  row: n,
  values: { imie, nazwisko, ulica, kod: '00-001', miasto: 'Warszawa', plec },
});

const ANSWER = {
  columns: [
    { key: 'imie', header: 'Imię' },
    { key: 'nazwisko', header: 'Nazwisko' },
    { key: 'ulica', header: 'Ulica' },
    { key: 'kod', header: 'Kod' },
    { key: 'miasto', header: 'Miasto' },
    { key: 'plec', header: 'Płeć' },
  ],
  rows: [
    row(2, 'Jan', 'Kowalski', 'ul. Długa 1'),
    row(3, 'Anna', 'Nowak'),
    row(5, 'Nikola', 'Wiśniewski', '', 'M'),
    row(6, 'Maria', 'Zielińska'),
  ],
  problems: [
    { row: 4, column: 'nazwisko', code: 'MISSING_REQUIRED' },
    { row: 7, column: null, code: 'TOO_MANY_COLUMNS', value: 'x' },
  ],
  mapping: { givenName: 'imie', familyName: 'nazwisko', street: 'ulica', postalCode: 'kod', city: 'miasto' },
};

type Sent = { recipients: { name: string; address: string; salutation: string; fields: object }[] };

describe('recipients from a list', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the guessed mapping, the good rows and each bad row, previews 3 and produces them all', async () => {
    // A real .docx for the preview, so docx-preview has something to draw.
    const previewDocx = await Packer.toBase64String(
      new Document({ sections: [{ children: [new Paragraph('Szanowny Panie Janie, preview')] }] }),
    );
    const app = renderLetters({
      'letters.importRecipients': () => ok(ANSWER),
      'letters.produce': (input) =>
        (input as { preview: boolean }).preview
          ? ok({ file: { ...DOCX, base64: previewDocx }, registered: 0, batchId: null, cancelled: false })
          : ok({ file: DOCX, registered: 4, batchId: 'batch-1', cancelled: false }),
      'letters.list': (input) =>
        ok({
          total: 4,
          items: [
            letter({ regNo: (input as { offset: number }).offset ? 'BP.0121.15.2026' : 'BP.0121.18.2026' }),
          ],
        }),
    });
    const panel = await openTab('Produce');
    await userEvent.selectOptions(
      panel.getByRole('combobox', { name: 'Template' }),
      'builtin:congratulations_birthday:pl',
    );
    await userEvent.click(panel.getByRole('radio', { name: 'An imported list' }));
    await userEvent.upload(panel.getByLabelText('Import list (.xlsx, .csv)'), new File([CSV], 'lista.csv'));

    expect(await panel.findByText('4 good rows will be used.')).toBeInTheDocument();
    expect(app.inputs('letters.importRecipients')).toEqual([{ fileName: 'lista.csv', base64: btoa(CSV) }]);
    expect(panel.getByRole('combobox', { name: 'Given name' })).toHaveValue('imie');
    expect(panel.getByRole('combobox', { name: 'City' })).toHaveValue('miasto');
    expect(panel.getByRole('combobox', { name: 'Gender' })).toHaveValue('');
    const problems = within(panel.getByRole('list', { name: 'Problems in the list' }));
    expect(problems.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Row 4: missing family name',
      'Row 7: more cells than the header has columns',
    ]);

    // Nikola is a woman's name in Polish, but this Nikola is a man: the list's gender column says so.
    const nikola = panel.getByRole('textbox', { name: 'Salutation for Nikola Wiśniewski' });
    await waitFor(() => expect(nikola).toHaveValue('Szanowna Pani Nikolo'));
    expect(nikola).toHaveAccessibleDescription('Gender guessed from the name: check it.');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Gender' }), 'plec');
    await waitFor(() => expect(nikola).toHaveValue('Szanowny Panie Nikolo'));
    await waitFor(() =>
      expect(panel.getByRole('textbox', { name: 'Salutation for Anna Nowak' })).toHaveValue(
        'Szanowna Pani Anno',
      ),
    );

    await userEvent.click(panel.getByRole('button', { name: 'Preview' }));
    const region = within(await panel.findByRole('region', { name: 'Preview' }));
    expect(await region.findByText('Szanowny Panie Janie, preview')).toBeInTheDocument();
    const preview = app.inputs('letters.produce')[0] as Sent & { preview: boolean; recipientSource: string };
    expect(preview.preview).toBe(true);
    expect(preview.recipientSource).toBe('import');
    expect(preview.recipients.map((r) => r.name)).toEqual([
      'Jan Kowalski',
      'Anna Nowak',
      'Nikola Wiśniewski',
    ]);

    await userEvent.click(panel.getByRole('button', { name: 'Produce' }));
    expect(
      await panel.findByText('4 letters registered (BP.0121.15.2026 – BP.0121.18.2026).'),
    ).toBeInTheDocument();
    const sent = app.inputs('letters.produce')[1] as Sent;
    expect(sent.recipients).toHaveLength(4);
    expect(sent.recipients[0]).toEqual({
      fields: {
        imie: 'Jan',
        nazwisko: 'Kowalski',
        ulica: 'ul. Długa 1',
        kod: '00-001',
        miasto: 'Warszawa',
        givenName: 'Jan',
        familyName: 'Kowalski',
        street: 'ul. Długa 1',
        postalCode: '00-001',
        city: 'Warszawa',
      },
      name: 'Jan Kowalski',
      address: 'ul. Długa 1\n00-001 Warszawa',
      salutation: 'Szanowny Panie Janie',
    });
    expect(sent.recipients[2]).toMatchObject({
      fields: { gender: 'M', plec: 'M' },
      salutation: 'Szanowny Panie Nikolo',
      address: '00-001 Warszawa',
    });
    expect(app.inputs('letters.list')).toContainEqual({ batchId: 'batch-1', limit: 1, offset: 3 });
  });

  it('says why a file cannot be read', async () => {
    renderLetters({
      'letters.importRecipients': () => fail('NOT_ALLOWED', [], { reason: 'recipients_UNREADABLE_FILE' }),
    });
    const panel = await openTab('Produce');
    await userEvent.click(panel.getByRole('radio', { name: 'An imported list' }));
    await userEvent.upload(panel.getByLabelText('Import list (.xlsx, .csv)'), new File(['x'], 'photo.csv'));
    expect(await panel.findByRole('alert')).toHaveTextContent(
      'This file is not a spreadsheet (.xlsx) or a CSV list.',
    );
    expect(screen.queryByRole('list', { name: 'Problems in the list' })).not.toBeInTheDocument();
  });
});
