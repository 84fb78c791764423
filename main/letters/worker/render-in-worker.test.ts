import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderInWorker } from './render-in-worker';

const template = new Uint8Array(readFileSync('test/fixtures/letters/congratulations-pl.docx'));
const records = Array.from({ length: 20 }, (_, i) => ({
  recipient: { name: `Zdzisław Żółkiewski ${i}` },
  signatory: { name: 'Jan Malinowski', function: 'Prezydent Miasta' },
}));

describe('rendering a batch in a worker thread', () => {
  it('renders every record off the main thread and reports progress', async () => {
    const progress: number[] = [];
    const docs = await renderInWorker(
      template,
      records,
      (done) => progress.push(done),
      new AbortController().signal,
    );
    expect(docs).toHaveLength(20);
    expect(progress.at(-1)).toBe(20);
    const xml = await (await JSZip.loadAsync(docs[7]!)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Zdzisław Żółkiewski 7');
  }, 60_000);

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const running = renderInWorker(
      template,
      [...records, ...records, ...records],
      (done) => {
        if (done === 1) controller.abort(new Error('cancelled by the person'));
      },
      controller.signal,
    );
    await expect(running).rejects.toThrow('cancelled by the person');
  }, 60_000);
});
