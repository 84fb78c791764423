import { describe, expect, it } from 'vitest';
import {
  count,
  fixture,
  openDocx,
  plainText,
  referencedIds,
  relationships,
} from '../../../test/fixtures/letters/read-docx';
import { solidPng } from '../../../test/fixtures/letters/png';
import { combineDocuments, renderMany, renderTemplate } from './index';
import type { RenderData, TemplateImage } from './index';

const crest: TemplateImage = {
  kind: 'image',
  data: fixture('crest.png'),
  extension: '.png',
  widthCm: 2,
  heightCm: 2,
};
const names = ['Zdzisław Żółkiewski', 'Олена Шевчук', 'Anna Nowak'];

function letters(): Promise<Uint8Array[]> {
  const records: RenderData[] = names.map((name, i) => ({
    crest,
    recipient: { name },
    caseNumber: `BP.${i + 1}`,
    jubilee: i === 1,
    signatory: { name: `Podpisujący ${i + 1}` },
  }));
  return renderMany(fixture('congratulations-pl.docx'), records);
}

/** Checks what Word checks first: every reference resolves, ids are unique, every part has a type. */
async function expectConsistent(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof openDocx>>> {
  const doc = await openDocx(bytes);
  const rels = relationships(doc.relsXml);
  const ids = rels.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of referencedIds(doc.documentXml)) expect(ids).toContain(id);
  for (const rel of rels.filter((r) => !r.external)) expect(doc.files).toContain(`word/${rel.target}`);
  const drawingIds = [...doc.documentXml.matchAll(/<wp:docPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(drawingIds).size).toBe(drawingIds.length);
  for (const part of doc.files.filter((f) => /^word\/[^/]+\.xml$/.test(f))) {
    const name = part.slice('word/'.length);
    const hasOverride = doc.contentTypes.includes(`PartName="/${part}"`);
    const hasDefault = doc.contentTypes.includes('Extension="xml"');
    expect(hasOverride || hasDefault, name).toBe(true);
    // Header and footer parts need their own override to be read as headers/footers.
    if (/^(header|footer)|-(header|footer)\d*\.xml$/.test(name)) expect(hasOverride, name).toBe(true);
    // Their own relationships resolve too.
    const partRels = doc.files.includes(`word/_rels/${name}.rels`)
      ? relationships(await doc.text(`word/_rels/${name}.rels`))
      : [];
    const partIds = partRels.map((r) => r.id);
    for (const id of referencedIds(await doc.text(part))) {
      if (part !== 'word/document.xml') expect(partIds, `${name} → ${id}`).toContain(id);
    }
  }
  return doc;
}

describe('combineDocuments', () => {
  it('puts 3 letters with pictures one after another, each in its own section, without id clashes', async () => {
    const template = fixture('congratulations-pl.docx');
    const docs = await Promise.all(
      names.map((name, i) =>
        renderTemplate(template, {
          // The third letter has another picture: it must not be mixed up with the shared crest.
          crest: { ...crest, data: i === 2 ? solidPng(16, 16, [200, 0, 0]) : crest.data },
          recipient: { name },
          caseNumber: `BP.${i + 1}`,
          signatory: { name: `Podpisujący ${i + 1}` },
        }),
      ),
    );
    const combined = await expectConsistent(await combineDocuments(docs));
    const text = plainText(combined.documentXml);
    const positions = names.map((n) => text.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // 3 sections: 2 section breaks inside paragraphs + the body's last one.
    expect(count(combined.documentXml, /<w:sectPr\b/)).toBe(3);
    expect(count(combined.documentXml, /<w:pPr>(?:(?!<\/w:pPr>).)*<w:sectPr\b/s)).toBe(2);
    // Pictures: 3 drawings, 2 distinct images (letters 1 and 2 share the crest).
    expect(count(combined.documentXml, /<w:drawing/)).toBe(3);
    expect(combined.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    const embedTargets = [...combined.documentXml.matchAll(/r:embed="([^"]+)"/g)].map(
      (m) => relationships(combined.relsXml).find((r) => r.id === m[1])?.target,
    );
    expect(embedTargets[0]).toBe(embedTargets[1]);
    expect(embedTargets[2]).not.toBe(embedTargets[0]);
    // Each letter keeps its own footer (its own case number).
    const footers = combined.files.filter((f) => /^word\/(d\d+-)?footer\d*\.xml$/.test(f));
    expect(footers).toHaveLength(3);
    const footerTexts = await Promise.all(footers.map(async (f) => plainText(await combined.text(f))));
    expect(footerTexts.map((t) => /BP\.(\d)/.exec(t)?.[1]).sort()).toEqual(['1', '2', '3']);
    // Page numbers restart for every letter.
    expect(count(combined.documentXml, /<w:pgNumType\b[^>]*w:start="1"/)).toBe(3);
  });

  it('keeps a landscape diploma landscape between portrait letters, with no footer of a letter on it', async () => {
    const [first, second] = await letters();
    const diplomas = await renderTemplate(fixture('diplomas-loop.docx'), {
      couples: [
        { names: 'Anna i Jan', years: 50 },
        { names: 'Ewa i Piotr', years: 60 },
      ],
    });
    const combined = await expectConsistent(await combineDocuments([first!, diplomas, second!]));
    const sections = [...combined.documentXml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    expect(sections.map((s) => (s.includes('w:orient="landscape"') ? 'L' : 'P'))).toEqual(['P', 'L', 'P']);
    // The diploma section gets an empty footer instead of inheriting the first letter's.
    const footerRel = /<w:footerReference\b[^>]*r:id="([^"]+)"/.exec(sections[1]!)?.[1];
    const target = relationships(combined.relsXml).find((r) => r.id === footerRel)?.target;
    expect(target).toBeTruthy();
    expect(plainText(await combined.text(`word/${target}`)).trim()).toBe('');
    // The diplomas' own ornament (a template picture) came along.
    expect(count(plainText(combined.documentXml), /DYPLOM/)).toBe(2);
    expect(count(combined.documentXml, /<w:drawing/)).toBe(4);
  });

  it('handles one document, and refuses none or a non-document', async () => {
    const [one] = await letters();
    const alone = await expectConsistent(await combineDocuments([one!]));
    expect(plainText(alone.documentXml)).toContain(names[0]);
    await expect(combineDocuments([])).rejects.toBeInstanceOf(RangeError);
    await expect(combineDocuments([one!, fixture('crest.png')])).rejects.toThrow(
      /document 2 is not a \.docx/,
    );
  });

  it('combines many letters with one copy of the shared crest', async () => {
    const template = fixture('congratulations-pl.docx');
    const records = Array.from({ length: 40 }, (_, i) => ({ crest, recipient: { name: `Osoba ${i + 1}` } }));
    const combined = await expectConsistent(await combineDocuments(await renderMany(template, records)));
    expect(count(combined.documentXml, /<w:sectPr\b/)).toBe(40);
    expect(combined.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    expect(plainText(combined.documentXml)).toContain('Osoba 40');
  });
});
