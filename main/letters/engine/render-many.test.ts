import { describe, expect, it } from 'vitest';
import { fixture, openDocx, plainText } from '../../../test/fixtures/letters/read-docx';
import { TemplateError, renderMany } from './index';
import type { RenderData } from './index';

const names = [
  'Zdzisław Żółkiewski',
  'Олена Шевчук',
  'Grzegorz Brzęczyszczykiewicz',
  'Тарас Коваль',
  'Anna Nowak',
];
const records: RenderData[] = names.map((name, i) => ({
  recipient: { name, salutation: 'Szanowni Państwo' },
  caseNumber: `BP.${i + 1}`,
  jubilee: i % 2 === 0,
  jubileeYears: 25,
  crest: { kind: 'image', data: fixture('crest.png'), extension: '.png', widthCm: 2, heightCm: 2 },
}));

describe('renderMany (mail merge)', () => {
  it('renders one document per record, in order, reporting progress after each', async () => {
    const progress: number[] = [];
    const docs = await renderMany(fixture('congratulations-pl.docx'), records, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(docs).toHaveLength(5);
    for (const [i, bytes] of docs.entries()) {
      const doc = await openDocx(bytes);
      const text = plainText(doc.documentXml);
      expect(text).toContain(names[i]);
      for (const other of names.filter((_, j) => j !== i)) expect(text).not.toContain(other);
      expect(text.includes('jubileuszu')).toBe(i % 2 === 0);
      expect(plainText(await doc.text('word/footer1.xml'))).toContain(`BP.${i + 1}`);
      expect(doc.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    }
  });

  it('stops between records when the signal is aborted, rejecting with an AbortError', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = renderMany(
      fixture('congratulations-pl.docx'),
      records,
      (done) => {
        progress.push(done);
        if (done === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([1, 2]);
  });

  it('does nothing with an already aborted signal', async () => {
    const progress: number[] = [];
    const reason = new Error('user closed the window');
    const run = renderMany(
      fixture('congratulations-pl.docx'),
      records,
      (d) => progress.push(d),
      AbortSignal.abort(reason),
    );
    await expect(run).rejects.toBe(reason);
    expect(progress).toEqual([]);
  });

  it('refuses a malformed template before the first record', async () => {
    const progress: number[] = [];
    const run = renderMany(fixture('malformed.docx'), records, (d) => progress.push(d));
    await expect(run).rejects.toBeInstanceOf(TemplateError);
    expect(progress).toEqual([]);
  });

  it('gives an empty list for no records', async () => {
    expect(await renderMany(fixture('congratulations-pl.docx'), [])).toEqual([]);
  });
});
