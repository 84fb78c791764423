import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCX, ok, openTab, OWN, renderLetters } from './test-harness';

const WORD = 'PK-word-file';
const inspection = (fields: object = {}) => ({
  ok: true,
  placeholders: ['data', 'imie', 'okazja'],
  loops: [],
  conditions: ['maTytul'],
  images: ['crest'],
  issues: [],
  ...fields,
});

async function importForm() {
  const panel = await openTab('Templates');
  return within(panel.getByRole('form', { name: 'Import a Word template' }));
}

describe('letter templates', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists the tags a template gets wrong and does not let it be imported', async () => {
    const app = renderLetters({
      'letters.inspectTemplate': () =>
        ok(
          inspection({
            ok: false,
            issues: [
              { code: 'UNCLOSED_TAG', tag: 'imie', context: 'Szanowny {imie' },
              { code: 'FORBIDDEN_EXPRESSION', tag: 'a + b', context: null },
            ],
          }),
        ),
    });
    const form = await importForm();
    await userEvent.type(form.getByRole('textbox', { name: 'Name' }), 'Podziękowanie');
    await userEvent.upload(form.getByLabelText('Word file (.docx)'), new File([WORD], 'zly.docx'));
    const alert = await form.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'A tag is not closed: imie (in: “Szanowny {imie”)',
      'Tags may contain only field names, not formulas or code: a + b',
    ]);
    expect(form.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(form.queryByRole('table', { name: 'What fills each placeholder' })).not.toBeInTheDocument();
    expect(app.inputs('letters.inspectTemplate')).toEqual([{ fileName: 'zly.docx', base64: btoa(WORD) }]);
  });

  it('imports a clean template with its name, kind, language, file and mapping', async () => {
    const app = renderLetters({
      'letters.inspectTemplate': () => ok(inspection()),
      'letters.importTemplate': (input) => ok({ ...OWN, id: 't9', name: (input as { name: string }).name }),
    });
    const form = await importForm();
    await userEvent.type(form.getByRole('textbox', { name: 'Name' }), 'Podziękowanie');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Kind' }), 'thanks');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Language' }), 'uk');
    await userEvent.upload(form.getByLabelText('Word file (.docx)'), new File([WORD], 'podziekowanie.docx'));

    expect(await form.findByText('data, imie, okazja')).toBeInTheDocument();
    expect(form.getByText('maTytul')).toBeInTheDocument();
    expect(form.getByText('crest')).toBeInTheDocument();
    // Guessed from the names; okazja is left to be typed for each batch.
    expect(form.getByRole('combobox', { name: 'imie is filled from' })).toHaveValue('givenName');
    expect(form.getByRole('combobox', { name: 'data is filled from' })).toHaveValue('date');
    expect(form.getByRole('combobox', { name: 'okazja is filled from' })).toHaveValue('');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'data is filled from' }), 'regNo');

    await userEvent.click(form.getByRole('button', { name: 'Import' }));
    expect(await form.findByText('The template Podziękowanie was imported.')).toBeInTheDocument();
    expect(app.inputs('letters.importTemplate')).toEqual([
      {
        fileName: 'podziekowanie.docx',
        base64: btoa(WORD),
        name: 'Podziękowanie',
        kind: 'thanks',
        language: 'uk',
        mapping: { data: 'regNo', imie: 'givenName' },
      },
    ]);
    await waitFor(() => expect(app.inputs('letters.templates')).toHaveLength(2));
  });

  it('downloads, remaps and (after confirming) removes the office’s own template', async () => {
    const app = renderLetters({
      'letters.templateFile': () => ok(DOCX),
      'letters.updateTemplate': (input) => ok({ ...OWN, ...(input as object) }),
      'letters.removeTemplate': () => ok({ removed: true }),
    });
    const panel = await openTab('Templates');
    const table = within(panel.getByRole('table', { name: 'Letter templates' }));
    const builtin = (await table.findByText('Gratulacje urodzinowe')).closest('tr')!;
    expect(within(builtin).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();

    await userEvent.click(table.getByRole('button', { name: 'Download Podziękowanie dla szkół' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
    expect(app.inputs('letters.templateFile')).toEqual([{ id: 't-own' }]);

    await userEvent.click(table.getByRole('button', { name: 'Edit the mapping of Podziękowanie dla szkół' }));
    const mapping = within(screen.getByRole('dialog', { name: /placeholders of Podziękowanie/ }));
    expect(mapping.getByRole('combobox', { name: 'imie is filled from' })).toHaveValue('givenName');
    await userEvent.selectOptions(
      mapping.getByRole('combobox', { name: 'okazja is filled from' }),
      'subject',
    );
    await userEvent.click(mapping.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(app.inputs('letters.updateTemplate')).toEqual([
        { id: 't-own', mapping: { imie: 'givenName', nazwisko: 'familyName', okazja: 'subject' } },
      ]),
    );

    await userEvent.click(table.getByRole('button', { name: 'Remove Podziękowanie dla szkół' }));
    const confirm = within(
      screen.getByRole('dialog', { name: 'Remove the template Podziękowanie dla szkół?' }),
    );
    expect(app.inputs('letters.removeTemplate')).toEqual([]);
    await userEvent.click(confirm.getByRole('button', { name: 'Remove' }));
    expect(await panel.findByText('The template Podziękowanie dla szkół was removed.')).toBeInTheDocument();
    expect(app.inputs('letters.removeTemplate')).toEqual([{ id: 't-own' }]);
  });
});
