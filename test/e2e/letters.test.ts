/**
 * A golden-wedding ceremony through the UI, in English: import the registry office's list of couples
 * (.xlsx, one row with a bad e-mail), preview the diplomas, produce the batch as one document, and
 * find the diplomas, numbered, in the register of outgoing correspondence.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useEnglishOffice, type RunningServer } from './harness';
import { download, eventually } from './ui';

const COUPLES = [
  ['Halina i Józef Wiśniewscy', 50, 'wisniewscy@example.org'],
  ['Zofia i Zdzisław Żółkiewscy', 50, 'zolkiewscy@example.org'],
  ['Krystyna i Stanisław Dąbrowscy', 55, 'not an address'],
  ['Teresa i Henryk Łukasiewiczowie', 60, ''],
] as const;

async function coupleList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pary');
  sheet.addRow(['Małżonkowie', 'Lata', 'E-mail']);
  for (const row of COUPLES) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('letters: a batch of diplomas (browser mode, English UI)', () => {
  let server: RunningServer;
  let page: Page;
  useEnglishOffice({ now: '2026-03-02T09:00:00+01:00' }, (office) => ({ server, page } = office));

  it('imports the list of couples and reports the bad row by its number', async () => {
    await page.goto(server.url);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Letters' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ value: 'builtin:diploma:pl' });
    await page
      .getByRole('textbox', { name: 'achievement' })
      .fill('w uznaniu długoletniego pożycia małżeńskiego');
    await page.getByRole('radio', { name: 'An imported list' }).check();
    await page.getByLabel('Import list (.xlsx, .csv)').setInputFiles({
      name: 'zlote-gody.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await coupleList(),
    });
    await page.getByText('3 good rows will be used.').waitFor();
    const problems = page.getByRole('list', { name: 'Problems in the list' });
    expect(await problems.textContent()).toContain('Row 4: “not an address” is not an e-mail address');
  });

  it('previews the first diplomas without registering anything', async () => {
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await eventually(() => preview.textContent()).toContain('Zofia i Zdzisław Żółkiewscy');
  });

  it('produces the diplomas as one document and finds them numbered in the register', async () => {
    const file = await download(page, page.getByRole('button', { name: 'Produce', exact: true }));
    expect(file.fileName).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const name of [
      'Halina i Józef Wiśniewscy',
      'Zofia i Zdzisław Żółkiewscy',
      'Teresa i Henryk Łukasiewiczowie',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('Dąbrowscy'); // the bad row was left out
    await page.getByText(/3 letters registered/).waitFor();

    await page.getByRole('tab', { name: 'Register' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('zolkiewscy'); // folded: finds Żółkiewscy
    const row = page.getByRole('row').filter({ hasText: 'Zofia i Zdzisław Żółkiewscy' });
    await eventually(() => row.textContent()).toMatch(/BP\.0121\.\d\.2026/);
    expect(await row.textContent()).toContain('Diploma');
  });
});
