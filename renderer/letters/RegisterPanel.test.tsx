import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, letter, ok, openTab, renderLetters } from './test-harness';

const XLSX = { fileName: 'letters-2026-11-23.xlsx', mimeType: 'application/octet-stream', base64: 'UEsD' };

describe('the register of outgoing correspondence', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends the search, kind and dates, exports with the same filters and downloads a document', async () => {
    const app = renderLetters({
      'letters.list': () => ok({ total: 1, items: [letter()] }),
      'letters.exportXlsx': () => ok(XLSX),
      'letters.file': () => ok({ ...XLSX, fileName: 'BP.0121.15.2026.docx' }),
      'letters.open': () => ok({ opened: true }),
    });
    const panel = await openTab('Register');
    const table = within(await panel.findByRole('table', { name: 'Register of outgoing correspondence' }));
    const row = table.getByText('BP.0121.15.2026').closest('tr')!;
    expect(row).toHaveTextContent('Mon, 23 Nov 2026');
    expect(row).toHaveTextContent('Birthday congratulations');
    expect(row).toHaveTextContent('Jan Kowalski');
    expect(row).toHaveTextContent('Anna Nowak');

    await userEvent.type(panel.getByRole('searchbox', { name: 'Search' }), 'kowal');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Kind' }), 'Birthday congratulations');
    fireEvent.change(panel.getByLabelText('From'), { target: { value: '2026-11-01' } });
    await waitFor(() =>
      expect(app.inputs('letters.list').at(-1)).toEqual({
        q: 'kowal',
        kind: ['congratulations_birthday'],
        from: '2026-11-01',
        limit: 50,
        offset: 0,
      }),
    );

    await userEvent.click(panel.getByRole('button', { name: 'Export .xlsx' }));
    await waitFor(() =>
      expect(app.inputs('letters.exportXlsx')).toEqual([
        { q: 'kowal', kind: ['congratulations_birthday'], from: '2026-11-01' },
      ]),
    );

    await userEvent.click(within(row).getByRole('button', { name: 'Document BP.0121.15.2026' }));
    await waitFor(() => expect(app.inputs('letters.file')).toEqual([{ id: 'l1' }]));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(2);

    await userEvent.click(
      within(row).getByRole('button', { name: 'Open BP.0121.15.2026 in Word or the default application' }),
    );
    await waitFor(() => expect(app.inputs('letters.open')).toEqual([{ id: 'l1' }]));
  });

  it('pages by 50 and reloads when letters are registered', async () => {
    const app = renderLetters({ 'letters.list': () => ok({ total: 120, items: [letter()] }) });
    const panel = await openTab('Register');
    await userEvent.click(await panel.findByRole('button', { name: 'Next' }));
    await waitFor(() => expect(app.inputs('letters.list').at(-1)).toMatchObject({ offset: 50, limit: 50 }));
    expect(panel.getByText('Page 2 of 3')).toBeInTheDocument();
    const before = app.inputs('letters.list').length;
    act(() => app.emit({ type: 'data.changed', table: 'letters' }));
    await waitFor(() => expect(app.inputs('letters.list').length).toBe(before + 1));
    expect(app.inputs('letters.list').at(-1)).toMatchObject({ offset: 50 });
  });

  it('says when a document is not on this workstation', async () => {
    renderLetters({
      'letters.list': () => ok({ total: 1, items: [letter()] }),
      'letters.file': () => fail('NOT_ALLOWED', [], { reason: 'letterFileMissing' }),
    });
    const panel = await openTab('Register');
    await userEvent.click(await panel.findByRole('button', { name: 'Document BP.0121.15.2026' }));
    expect(await panel.findByRole('alert')).toHaveTextContent('is not on this workstation yet');
  });
});
