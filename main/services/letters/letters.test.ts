import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, rows, type App } from '../agenda/test-helpers';

const text = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};
const couples = [
  { name: 'Anna i Jan Kowalscy', fields: { names: 'Anna i Jan Kowalscy', years: '50' } },
  { name: 'Zofia i Zdzisław Żółkiewscy', fields: { names: 'Zofia i Zdzisław Żółkiewscy', years: '50' } },
  { name: 'Halina i Józef Wiśniewscy', fields: { names: 'Halina i Józef Wiśniewscy', years: '55' } },
];
const diplomas = (jobId: string, extra: Record<string, unknown> = {}) => ({
  jobId,
  templateId: 'builtin:diploma:pl',
  kind: 'diploma' as const,
  date: '2026-03-02',
  subject: 'Złote Gody 2026',
  common: { achievement: 'w uznaniu długoletniego pożycia małżeńskiego' },
  recipients: couples,
  ...extra,
});

describe('producing letters', () => {
  let app: App;
  afterEach(() => app.close());

  it('previews without numbering or registering anything', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const preview = await api(app, 'letters.produce', diplomas('preview-0001', { preview: true }));
    expect(preview).toMatchObject({ registered: 0, batchId: null, cancelled: false });
    expect(await text(preview.file.base64)).toContain('Zofia i Zdzisław Żółkiewscy');
    expect(rows(app, 'letters')).toBe(0);
  });

  it('produces a batch of diplomas, numbers each one and finds them in the register', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z', settings: { letterNumberPattern: 'BP.0121.{seq}.{year}' } });
    const done = await api(app, 'letters.produce', diplomas('batch-00000001'));
    expect(done).toMatchObject({ registered: 3, batchId: 'batch-00000001', cancelled: false });
    const body = await text(done.file.base64);
    for (const couple of couples) expect(body).toContain(couple.name);
    expect(body).not.toContain('\u27E6'); // no number marker left

    const register = await api(app, 'letters.list', { q: 'zolkiewscy' });
    expect(register.items).toEqual([
      expect.objectContaining({
        regNo: 'BP.0121.2.2026',
        kind: 'diploma',
        recipientName: 'Zofia i Zdzisław Żółkiewscy',
      }),
    ]);
    const entry = register.items[0]!;
    expect(entry.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await api(app, 'letters.file', { id: entry.id });
    expect(createHash('sha256').update(Buffer.from(stored.base64, 'base64')).digest('hex')).toBe(
      entry.fileSha256,
    );
    expect(await text(stored.base64)).toContain('Zofia i Zdzisław Żółkiewscy');

    const again = await api(
      app,
      'letters.produce',
      diplomas('batch-00000002', { recipients: couples.slice(0, 1), output: 'separate' }),
    );
    expect((await api(app, 'letters.list', {})).items.map((l) => l.regNo)[0]).toBe('BP.0121.4.2026');
    expect(again.file.fileName).toMatch(/\.docx$/);
    // "Open in Word": a copy of the kept document goes to the system's default application.
    const opened: string[] = [];
    app.ctx.openPath = async (path) => {
      opened.push(path);
    };
    expect(await api(app, 'letters.open', { id: entry.id })).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(createHash('sha256').update(readFileSync(opened[0]!)).digest('hex')).toBe(entry.fileSha256);
    app.ctx.openPath = async () => {
      throw new Error('no application for .docx');
    };
    expect((await apiError(app, 'letters.open', { id: entry.id })).params).toEqual({ reason: 'cannotOpen' });
    const sheet = await api(app, 'letters.exportXlsx', { kind: ['diploma'] });
    expect(sheet.fileName).toMatch(/\.xlsx$/);
  });

  it('writes the register number and the suggested salutation into a letter', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const done = await api(app, 'letters.produce', {
      jobId: 'letter-0000001',
      templateId: 'builtin:congratulations_birthday:pl',
      kind: 'congratulations_birthday',
      date: '2026-03-02',
      recipients: [
        {
          name: 'Jan Kowalski',
          address: 'ul. Polna 12\n27-400 Ostrowiec Świętokrzyski',
          salutation: 'Szanowny Panie Janie',
          fields: { years: '90' },
        },
      ],
    });
    const body = await text(done.file.base64);
    expect(body).toContain('BP.0121.1.2026');
    expect(body).toContain('Szanowny Panie Janie');
    expect(body).toContain('90');
    expect(body).toContain('ul. Polna 12');
  });

  it('reports progress and, when cancelled, registers nothing and uses no numbers', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const many = Array.from({ length: 200 }, (_, i) => ({
      name: `Para ${i}`,
      fields: { names: `Para ${i}`, years: '50' },
    }));
    const seen: number[] = [];
    app.ctx.onEvent((event) => {
      if (event.type !== 'job.progress' || event.jobId !== 'cancel-me-01') return;
      seen.push(event.done);
      if (seen.length === 1) void app.dispatch('letters.cancel', { jobId: 'cancel-me-01' });
    });
    const result = await api(app, 'letters.produce', diplomas('cancel-me-01', { recipients: many }));
    expect(result).toMatchObject({ cancelled: true, registered: 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(rows(app, 'letters')).toBe(0);
    // The next letter gets number 1: the cancelled batch used none.
    const next = await api(
      app,
      'letters.produce',
      diplomas('after-cancel-1', { recipients: couples.slice(0, 1) }),
    );
    expect(next.registered).toBe(1);
    expect((await api(app, 'letters.list', {})).items[0]?.regNo).toBe('BP.0121.1.2026');
  });

  it('puts the city’s crest on the diploma once the office has set one, and refuses what is not an image', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const png = readFileSync('test/fixtures/letters/crest.png').toString('base64');
    const bad = await apiError(app, 'letters.setCrest', {
      file: { fileName: 'crest.txt', base64: Buffer.from('hello').toString('base64') },
    });
    expect(bad.issues).toEqual([{ path: 'file', message: 'invalidImage' }]);
    await api(app, 'letters.setCrest', { file: { fileName: 'herb.png', base64: png } });
    const done = await api(
      app,
      'letters.produce',
      diplomas('crest-000001', { recipients: couples.slice(0, 1) }),
    );
    const zip = await JSZip.loadAsync(Buffer.from(done.file.base64, 'base64'));
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('gives one file per recipient in a .zip when asked', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const done = await api(app, 'letters.produce', diplomas('batch-zip-0001', { output: 'separate' }));
    const zip = await JSZip.loadAsync(Buffer.from(done.file.base64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual([
      'BP.0121.1.2026-Anna_i_Jan_Kowalscy.docx',
      'BP.0121.2.2026-Zofia_i_Zdzisław_Żółkiewscy.docx',
      'BP.0121.3.2026-Halina_i_Józef_Wiśniewscy.docx',
    ]);
  });

  it('refuses a malformed Word template with its mistakes listed, and stores a good one', async () => {
    app = tempApp();
    const malformed = readFileSync('test/fixtures/letters/malformed.docx').toString('base64');
    const error = await apiError(app, 'letters.importTemplate', {
      fileName: 'malformed.docx',
      base64: malformed,
      name: 'Zły szablon',
      kind: 'congratulations_birthday',
      language: 'pl',
    });
    expect(error.code).toBe('TEMPLATE');
    expect(error.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['UNCLOSED_TAG']));
    expect(rows(app, 'letter_templates')).toBe(0);

    const good = readFileSync('test/fixtures/letters/congratulations-pl.docx').toString('base64');
    const template = await api(app, 'letters.importTemplate', {
      fileName: 'gratulacje.docx',
      base64: good,
      name: 'Gratulacje (Word)',
      kind: 'congratulations_jubilee',
      language: 'pl',
    });
    expect(template.placeholders).toEqual(expect.arrayContaining(['recipient.name', 'signatory.name']));
    expect((await api(app, 'letters.templates', {})).some((t) => t.id === template.id && !t.builtin)).toBe(
      true,
    );
  });
});
