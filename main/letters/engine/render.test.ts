import { describe, expect, it } from 'vitest';
import {
  count,
  fixture,
  openDocx,
  plainText,
  relationships,
  referencedIds,
} from '../../../test/fixtures/letters/read-docx';
import { solidPng } from '../../../test/fixtures/letters/png';
import { templateFrom } from '../../../test/fixtures/letters/word-like';
import { ImageDataError, renderTemplate } from './index';
import type { RenderData, TemplateImage } from './index';

const crest: TemplateImage = {
  kind: 'image',
  data: fixture('crest.png'),
  extension: '.png',
  widthCm: 2.5,
  heightCm: 2.5,
};

function letterData(overrides: RenderData = {}): RenderData {
  return {
    crest,
    place: 'Lublin',
    date: '23 listopada 2026 r.',
    caseNumber: 'BP.0531.12.2026',
    recipient: {
      salutation: 'Szanowny Panie',
      name: 'Zdzisław Żółkiewski',
      street: 'ul. Źródlana 7/3',
      postalCode: '20-950',
      city: 'Łęczna',
    },
    jubilee: true,
    jubileeYears: 50,
    signatory: { name: 'Олена Шевчук', function: 'Zastępczyni Prezydenta Miasta' },
    ...overrides,
  };
}

describe('renderTemplate: the congratulation letter', () => {
  it('fills every field, keeps Polish and Ukrainian letters, and leaves no tag behind', async () => {
    const doc = await openDocx(await renderTemplate(fixture('congratulations-pl.docx'), letterData()));
    const text = plainText(doc.documentXml);
    expect(text).toContain('Zdzisław Żółkiewski');
    expect(text).toContain('ul. Źródlana 7/3');
    expect(text).toContain('20-950 Łęczna');
    expect(text).toContain('Szanowny Panie,');
    expect(text).toContain('Lublin, dnia 23 listopada 2026 r.');
    expect(text).toContain('Олена Шевчук');
    expect(text).toContain('Zastępczyni Prezydenta Miasta');
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('undefined');
    // The footer is a template too.
    const footer = plainText(await doc.text('word/footer1.xml'));
    expect(footer).toContain('Znak sprawy: BP.0531.12.2026');
  });

  it('shows the jubilee paragraph only when jubilee is true, and drops the lines holding {?…}/{/…}', async () => {
    const template = fixture('congratulations-pl.docx');
    const on = (await openDocx(await renderTemplate(template, letterData()))).documentXml;
    const off = (await openDocx(await renderTemplate(template, letterData({ jubilee: false })))).documentXml;
    expect(plainText(on)).toContain('z okazji jubileuszu 50-lecia');
    expect(plainText(off)).not.toContain('jubileuszu');
    expect(plainText(off)).toContain('składam serdeczne gratulacje');
    // paragraphLoop: the paragraphs that only held {?jubilee} and {/jubilee} are gone, not left empty.
    const paragraphs = (xml: string) => count(xml, /<w:p[ >]/);
    const inTemplate = paragraphs((await openDocx(template)).documentXml);
    expect(paragraphs(on)).toBe(inTemplate - 2);
    expect(paragraphs(off)).toBe(inTemplate - 3);
  });

  it('renders missing values as nothing, never "undefined"', async () => {
    const doc = await openDocx(
      await renderTemplate(fixture('congratulations-pl.docx'), { recipient: { name: 'Anna' } }),
    );
    const text = plainText(doc.documentXml);
    expect(text).toContain('Anna');
    expect(text).toContain(', dnia');
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    expect(doc.documentXml).not.toContain('<w:drawing');
    expect(doc.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
  });

  it('prints text and numbers only: objects, booleans, functions and inherited properties print nothing', async () => {
    const template = await templateFrom(['[{a}][{b}][{c}][{d}][{e}][{f}][{g.h}][{toString}]']);
    const data = Object.assign(Object.create({ f: 'inherited' }) as RenderData, {
      a: 'tekst',
      b: 0,
      c: { x: 1 },
      d: true,
      e: () => 'function',
      g: Object.create({ h: 'inherited' }) as unknown,
    });
    const text = plainText((await openDocx(await renderTemplate(template, data))).documentXml);
    expect(text).toContain('[tekst][0][][][][][][]');
  });

  it('turns line breaks in a value into line breaks in Word, and escapes XML characters', async () => {
    const template = await templateFrom(['{address}']);
    const doc = await openDocx(
      await renderTemplate(template, { address: 'ul. Długa 5\n20-001 Lublin & <okolice>' }),
    );
    expect(doc.documentXml).toContain('<w:br/>');
    expect(plainText(doc.documentXml)).toContain('ul. Długa 5\n20-001 Lublin & <okolice>');
  });

  it('puts the crest in: one media file, referenced, with its size in cm and a PNG content type', async () => {
    const doc = await openDocx(await renderTemplate(fixture('congratulations-pl.docx'), letterData()));
    const media = doc.files.filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const bytes = await doc.zip.file(media[0]!)!.async('uint8array');
    expect(Buffer.from(bytes).equals(Buffer.from(crest.data))).toBe(true);

    const embeds = [...doc.documentXml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(1);
    const rel = relationships(doc.relsXml).find((r) => r.id === embeds[0]);
    expect(rel?.type).toMatch(/\/image$/);
    expect(`word/${rel?.target}`).toBe(media[0]);
    expect(doc.documentXml).toContain(`<wp:extent cx="${2.5 * 360000}" cy="${2.5 * 360000}"/>`);
    expect(doc.contentTypes).toMatch(/Extension="png"/);
  });

  it('refuses image data that is not what it says it is', async () => {
    const template = fixture('congratulations-pl.docx');
    const bad: unknown[] = [
      'crest.png',
      { ...crest, extension: '.jpg' }, // PNG bytes declared as JPEG
      { ...crest, widthCm: 0 },
      { ...crest, data: new Uint8Array(0) },
      { ...crest, kind: 'file' },
    ];
    for (const value of bad) {
      await expect(renderTemplate(template, letterData({ crest: value }))).rejects.toBeInstanceOf(
        ImageDataError,
      );
    }
  });

  it('stores a picture used many times once, with unique drawing ids', async () => {
    const template = await templateFrom(['{#people}{name}: {%signature}{/people}', 'Herb: {%crest}']);
    const signature: TemplateImage = {
      kind: 'image',
      data: solidPng(40, 10, [0, 0, 128]),
      extension: '.png',
      widthCm: 4,
      heightCm: 1,
    };
    const people = ['Ewa', 'Jan', 'Іван'].map((name) => ({ name, signature }));
    const doc = await openDocx(await renderTemplate(template, { people, crest }));
    expect(count(doc.documentXml, /<w:drawing/)).toBe(4);
    expect(doc.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    const ids = [...doc.documentXml.matchAll(/<wp:docPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(4);
    const rels = relationships(doc.relsXml).map((r) => r.id);
    for (const id of referencedIds(doc.documentXml)) expect(rels).toContain(id);
    // Text around an image tag in the same run stays.
    expect(plainText(doc.documentXml)).toContain('Herb: ');
    expect(plainText(doc.documentXml)).toContain('Іван: ');
  });
});

describe('renderTemplate: the diplomas loop', () => {
  const couples = [
    { names: 'Anna i Jan Kowalscy', years: 50 },
    { names: 'Olena i Taras Szewczuk', years: 55 },
    { names: 'Zofia i Włodzimierz Źdźbło', years: 60 },
  ];

  it('makes one page per couple: N-1 page breaks (no empty last page), names in order', async () => {
    const doc = await openDocx(
      await renderTemplate(fixture('diplomas-loop.docx'), {
        couples,
        signatory: { name: 'Jan Nowak', function: 'Prezydent' },
      }),
    );
    expect(count(doc.documentXml, /<w:br w:type="page"\/>/)).toBe(couples.length - 1);
    const text = plainText(doc.documentXml);
    expect(count(text, /DYPLOM/)).toBe(3);
    const positions = couples.map((c) => text.indexOf(c.names));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('jubileuszu 55-lecia');
    // Letter-level fields are found from inside the loop.
    expect(count(text, /Jan Nowak/)).toBe(3);
    // Landscape is kept.
    expect(doc.documentXml).toMatch(/w:orient="landscape"/);
  });

  it("repeats the template's own ornament with unique drawing ids", async () => {
    const doc = await openDocx(await renderTemplate(fixture('diplomas-loop.docx'), { couples }));
    const ids = [...doc.documentXml.matchAll(/<wp:docPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const rels = relationships(doc.relsXml).map((r) => r.id);
    for (const id of referencedIds(doc.documentXml)) expect(rels).toContain(id);
  });

  it('an empty list gives no diploma and no page break', async () => {
    const doc = await openDocx(await renderTemplate(fixture('diplomas-loop.docx'), { couples: [] }));
    expect(plainText(doc.documentXml)).not.toContain('DYPLOM');
    expect(count(doc.documentXml, /<w:br w:type="page"\/>/)).toBe(0);
  });
});
