import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, COMMON_FIELDS, builtinTemplateDocx, type BuiltinTemplate } from './index';
import { brokenBraces, paragraphTexts, partOf, sectionsBalanced, tagsIn, textPieces } from './test-helpers';

const document = (t: BuiltinTemplate) =>
  builtinTemplateDocx(t.id).then((d) => partOf(d, 'word/document.xml'));
const ofKind = (kind: string) => BUILTIN_TEMPLATES.filter((t) => t.kind === kind);
const isLetter = (t: BuiltinTemplate) => t.kind !== 'diploma' && t.kind !== 'obituary';
/** The `<w:sectPr>` of the (only) section. */
const sectPr = (xml: string) => xml.slice(xml.lastIndexOf('<w:sectPr'));

describe('test helpers', () => {
  it('notice a tag split between two text pieces, and unbalanced sections', () => {
    const split = '<w:r><w:t>Dla {na</w:t></w:r><w:r><w:t xml:space="preserve">mes}</w:t></w:r>';
    expect(brokenBraces(split)).toEqual(['Dla {na', 'mes}']);
    expect(brokenBraces('<w:t>{names} i {years}</w:t>')).toEqual([]);
    expect(sectionsBalanced(['?a', '#b', '/a', '/b'])).toBe(false);
    expect(sectionsBalanced(['?a', '#b', 'line', '/b', '/a'])).toBe(true);
  });
});

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  it('is a .docx with word/document.xml, styles and the proofing language of its language', async () => {
    const bytes = await builtinTemplateDocx(template.id);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const lang = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' }[template.language];
    const styles = await partOf(bytes, 'word/styles.xml');
    expect(styles).toContain(`w:lang w:val="${lang}"`);
    expect(styles).toContain('Times New Roman');
  });

  it('keeps every tag whole inside one text piece, with sections properly nested', async () => {
    const xml = await document(template);
    expect(brokenBraces(xml)).toEqual([]);
    expect(sectionsBalanced(tagsIn(xml))).toBe(true);
  });

  it('uses its listed fields and the common ones, and no others', async () => {
    const tags = tagsIn(await document(template));
    const paths = new Set(tags.map((tag) => tag.replace(/^[?^#/%]/, '')));
    for (const field of template.fields) expect(tags, field).toContain(field);
    for (const path of paths) {
      expect([...COMMON_FIELDS, ...template.fields, 'line'], path).toContain(path);
    }
    expect(tags).toContain('signatory.name');
    expect(tags).toContain('signatory.function');
    if (template.kind !== 'obituary') expect(tags).toContain('place');
  });
});

describe.each(BUILTIN_TEMPLATES.filter(isLetter).map((t) => [t.id, t] as const))(
  'letter %s',
  (_id, template) => {
    it('has the parts of a letter in order', async () => {
      const tags = tagsIn(await document(template));
      const order = [
        '?letterhead.show',
        '%crest',
        'letterhead.office',
        'letterhead.address',
        '/letterhead.show',
        'date',
        'regNo',
        'recipient.name',
        '#recipient.addressLines',
        'line',
        '/recipient.addressLines',
        'salutation',
        'signatory.function',
        'signatory.name',
      ];
      const positions = order.map((tag) => tags.indexOf(tag));
      expect(
        positions.every((p) => p >= 0),
        JSON.stringify(positions),
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('is A4 portrait without a page border', async () => {
      const sect = sectPr(await document(template));
      expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(sect).not.toContain('landscape');
      expect(sect).not.toContain('<w:pgBorders');
    });
  },
);

describe('the texts', () => {
  const text = async (id: string) =>
    textPieces(await document(BUILTIN_TEMPLATES.find((t) => t.id === id)!)).join('');

  it('keep Polish and Ukrainian letters intact', async () => {
    expect(await text('builtin:congratulations_birthday:pl')).toContain(
      'Z okazji {?years}{years}. {/years}urodzin proszę przyjąć najserdeczniejsze życzenia',
    );
    expect(await text('builtin:congratulations_marriage:pl')).toContain('Życzę Państwu dużo zdrowia');
    expect(await text('builtin:condolences:pl')).toContain('Wyrazy głębokiego współczucia');
    expect(await text('builtin:obituary:pl')).toContain('Z głębokim żalem przyjęliśmy wiadomość o śmierci');
    expect(await text('builtin:obituary:uk')).toContain('З глибоким сумом сприйняли звістку про смерть');
    expect(await text('builtin:congratulations_birthday:uk')).toContain('міцного здоров’я');
    expect(await text('builtin:patronage_decision:uk')).toContain('Протягом {reportDays} днів');
  });

  it('close letters in their language', async () => {
    expect(await text('builtin:thanks:pl')).toContain('Z wyrazami szacunku');
    expect(await text('builtin:thanks:uk')).toContain('З повагою');
    expect(await text('builtin:congratulations_birthday:en')).toContain('Yours sincerely');
    expect(await text('builtin:thanks:pl')).toContain('{salutation},');
    expect(await text('builtin:thanks:uk')).toContain('{salutation}!');
  });

  it('state the conditions of a patronage: the logo {logoDays} days ahead, a report within {reportDays} days', async () => {
    const pl = await text('builtin:patronage_decision:pl');
    expect(pl).toContain('najpóźniej {logoDays} dni przed rozpoczęciem wydarzenia');
    expect(pl).toContain('W terminie {reportDays} dni od zakończenia wydarzenia');
    expect(pl).toContain('DECYZJA');
  });
});

describe('the diploma', () => {
  it.each(ofKind('diploma').map((t) => [t.id, t] as const))(
    '%s is A4 landscape in a page border',
    async (_id, t) => {
      const xml = await document(t);
      const sect = sectPr(xml);
      expect(sect).toContain('w:orient="landscape"');
      expect(sect).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
      expect(sect).toMatch(/<w:pgBorders[^>]*>/);
      for (const side of ['top', 'left', 'bottom', 'right'])
        expect(sect).toMatch(new RegExp(`<w:${side} w:val="thinThickThin`));
      const paragraphs = paragraphTexts(xml);
      expect(paragraphs).toContain({ pl: 'DYPLOM', uk: 'ДИПЛОМ', en: 'DIPLOMA' }[t.language]);
      expect(paragraphs).toContain({ pl: 'dla', uk: 'для', en: 'awarded to' }[t.language]);
      expect(paragraphs.indexOf('{?hasCrest}')).toBeLessThan(paragraphs.indexOf('{names}'));
      expect(paragraphs).toContain('{%crest}');
    },
  );
});

describe('the obituary', () => {
  it.each(ofKind('obituary').map((t) => [t.id, t] as const))(
    '%s is framed by a thick black single-cell table',
    async (_id, t) => {
      const xml = await document(t);
      const table = xml.match(/<w:tbl>[\s\S]*<\/w:tbl>/)?.[0] ?? '';
      expect(table.match(/<w:tc>/g)).toHaveLength(1);
      for (const side of ['top', 'left', 'bottom', 'right']) {
        expect(table).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="48"`));
      }
      expect(tagsIn(table)).toEqual(
        expect.arrayContaining(['deceased', 'role', 'dateOfDeath', '?funeral', 'signatory.name']),
      );
      expect(table).toMatch(/<w:jc w:val="center"\/>/);
    },
  );
});
