// Proves that what the engine writes is a real Word file: LibreOffice opens it and prints it to PDF.
// Skipped where LibreOffice (`soffice`) is not installed; CI will install libreoffice-writer.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/letters/read-docx';
import { combineDocuments, renderMany, renderTemplate } from './index';
import type { TemplateImage } from './index';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
const work = mkdtempSync(join(tmpdir(), 'letters-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts a .docx to PDF with a private LibreOffice profile; returns the PDF bytes. */
function toPdf(name: string, docx: Uint8Array): Buffer {
  const input = join(work, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      input,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return readFileSync(join(work, `${name}.pdf`));
}

/** Page objects in a PDF written by LibreOffice (no object streams). */
function pageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![s\w])/g)].length;
}

const crest: TemplateImage = {
  kind: 'image',
  data: fixture('crest.png'),
  extension: '.png',
  widthCm: 2,
  heightCm: 2,
};

describe.skipIf(!hasSoffice)('LibreOffice opens what the engine writes', () => {
  it('a letter with the crest becomes a one-page PDF', { timeout: 180_000 }, async () => {
    const docx = await renderTemplate(fixture('congratulations-pl.docx'), {
      crest,
      recipient: { name: 'Zdzisław Żółkiewski' },
      signatory: { name: 'Олена Шевчук' },
      jubilee: true,
    });
    const pdf = toPdf('letter', docx);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
  });

  it('three diplomas are three pages, and a combined file has every page', { timeout: 180_000 }, async () => {
    const couples = [1, 2, 3].map((n) => ({ names: `Para ${n}`, years: 50 }));
    const diplomas = await renderTemplate(fixture('diplomas-loop.docx'), { couples });
    expect(pageCount(toPdf('diplomas', diplomas))).toBe(3);

    const letters = await renderMany(
      fixture('congratulations-pl.docx'),
      ['Anna', 'Олена'].map((name) => ({ crest, recipient: { name } })),
    );
    const combined = await combineDocuments([letters[0]!, diplomas, letters[1]!]);
    expect(pageCount(toPdf('combined', combined))).toBe(5);
  });
});
