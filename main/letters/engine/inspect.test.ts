import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { fixture, openDocx } from '../../../test/fixtures/letters/read-docx';
import { templateFrom } from '../../../test/fixtures/letters/word-like';
import { TemplateError, inspectTemplate, renderTemplate } from './index';
import type { TemplateIssueCode } from './index';

describe('inspectTemplate on the fixtures', () => {
  it('really meets Word-like split tags (the fixture is not a clean "{recipient.name}")', async () => {
    const { documentXml } = await openDocx(fixture('congratulations-pl.docx'));
    expect(documentXml).not.toContain('{recipient.name}');
    expect(documentXml).toContain('<w:proofErr w:type="spellStart"/>');
    expect(documentXml).toMatch(/<w:t xml:space="preserve">\{<\/w:t>/);
  });

  it('lists the fields, the condition and the crest of the congratulation letter', () => {
    const result = inspectTemplate(fixture('congratulations-pl.docx'));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.placeholders).toEqual([
      'caseNumber', // in the footer
      'date',
      'jubileeYears',
      'place',
      'recipient.city',
      'recipient.name',
      'recipient.postalCode',
      'recipient.salutation',
      'recipient.street',
      'signatory.function',
      'signatory.name',
    ]);
    expect(result.conditions).toEqual(['jubilee']);
    expect(result.loops).toEqual([]);
    expect(result.images).toEqual(['crest']);
  });

  it('lists the loop of the diplomas with its item fields under the loop path', () => {
    const result = inspectTemplate(fixture('diplomas-loop.docx'));
    expect(result.ok).toBe(true);
    expect(result.loops).toEqual(['couples']);
    expect(result.placeholders).toEqual(expect.arrayContaining(['couples.names', 'couples.years']));
    expect(result.conditions).toEqual([]);
    expect(result.images).toEqual([]);
  });

  it('reports every problem of the malformed template with its code, tag and readable context', () => {
    const result = inspectTemplate(fixture('malformed.docx'));
    expect(result.ok).toBe(false);
    const byCode = (code: TemplateIssueCode) => result.issues.filter((i) => i.code === code);

    expect(byCode('UNCLOSED_TAG')).toEqual([
      expect.objectContaining({
        tag: 'recipient.name',
        context: 'Szanowny Panie {recipient.name, dziękujemy za list.',
      }),
    ]);
    expect(byCode('UNOPENED_TAG')).toEqual([
      expect.objectContaining({ tag: '/couples', context: expect.stringContaining('Lista par: {/couples}') }),
    ]);
    expect(byCode('FORBIDDEN_EXPRESSION')).toEqual([
      expect.objectContaining({
        tag: 'recipient.name.toUpperCase()',
        context: expect.stringContaining('Wielkimi literami'),
      }),
    ]);
    expect(byCode('UNKNOWN_COMMAND')).toEqual([expect.objectContaining({ tag: '@rawXml' })]);
    expect(result.issues).toHaveLength(4);
    for (const issue of result.issues) {
      expect(issue.context?.length).toBeLessThanOrEqual(82);
      expect(issue.detail).toBeTruthy();
    }
    // What is still recognisable is listed, refused tags are not.
    expect(result.placeholders).toEqual(['date']);
    expect(result.loops).toEqual([]);
  });

  it('renderTemplate refuses the malformed template with the same issues', async () => {
    const error = await renderTemplate(fixture('malformed.docx'), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues.map((i) => i.code).sort()).toEqual(
      ['FORBIDDEN_EXPRESSION', 'UNCLOSED_TAG', 'UNKNOWN_COMMAND', 'UNOPENED_TAG'].sort(),
    );
  });
});

describe('inspectTemplate on input that is not a Word document', () => {
  async function zipWith(files: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it.each([
    ['a PNG', () => Promise.resolve(fixture('crest.png'))],
    ['nothing', () => Promise.resolve(new Uint8Array(0))],
    ['text', () => Promise.resolve(new TextEncoder().encode('{recipient.name}'))],
    ['a truncated .docx', () => Promise.resolve(fixture('congratulations-pl.docx').slice(0, 400))],
    ['a zip without Word parts', () => zipWith({ 'hello.txt': 'hi' })],
  ])('gives NOT_A_DOCX for %s, without throwing', async (_name, make) => {
    const result = inspectTemplate(await make());
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['NOT_A_DOCX']);
    expect(result.placeholders).toEqual([]);
  });

  it('refuses a macro-enabled document (.docm) and accepts a Word template (.dotx)', async () => {
    const source = await JSZip.loadAsync(fixture('congratulations-pl.docx'));
    const types = await source.file('[Content_Types].xml')!.async('string');
    const withMainType = async (type: string) => {
      source.file('[Content_Types].xml', types.replace(/wordprocessingml\.document\.main\+xml/, type));
      return source.generateAsync({ type: 'uint8array' });
    };
    const docm = inspectTemplate(await withMainType('vnd.ms-word.document.macroEnabled.main+xml'));
    expect(docm.issues.map((i) => i.code)).toEqual(['NOT_A_DOCX']);

    const dotx = await withMainType('wordprocessingml.template.main+xml');
    expect(inspectTemplate(dotx).ok).toBe(true);
    const rendered = await openDocx(await renderTemplate(dotx, { recipient: { name: 'Ala' } }));
    expect(rendered.contentTypes).toContain('wordprocessingml.document.main+xml');
    expect(rendered.contentTypes).not.toContain('template.main+xml');
  });

  it('renderTemplate throws a TemplateError with NOT_A_DOCX for them', async () => {
    const error = await renderTemplate(fixture('crest.png'), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues[0]?.code).toBe('NOT_A_DOCX');
  });
});

describe('tags that must never run: the template is data, not code', () => {
  it.each([
    ['{recipient.name.toUpperCase()}', 'FORBIDDEN_EXPRESSION'],
    ["{require('child_process')}", 'FORBIDDEN_EXPRESSION'],
    ['{process.env.HOME}', 'FORBIDDEN_EXPRESSION'],
    ['{this.constructor}', 'FORBIDDEN_EXPRESSION'],
    ['{constructor}', 'FORBIDDEN_EXPRESSION'],
    ['{__proto__.polluted}', 'FORBIDDEN_EXPRESSION'],
    ['{a + b}', 'FORBIDDEN_EXPRESSION'],
    ['{name | upper}', 'FORBIDDEN_EXPRESSION'],
    ['{items[0]}', 'FORBIDDEN_EXPRESSION'],
    ['{#list.filter(x => x)}{/list.filter(x => x)}', 'FORBIDDEN_EXPRESSION'],
    ['{%crest()}', 'FORBIDDEN_EXPRESSION'],
    ['{EXEC fs.rmSync}', 'UNKNOWN_COMMAND'],
    ['{FOR x IN items}', 'UNKNOWN_COMMAND'],
    ['{=<% %>=}', 'UNKNOWN_COMMAND'],
    ['{@raw}', 'UNKNOWN_COMMAND'],
    ['{-w:p items}{/items}', 'UNKNOWN_COMMAND'],
    ['{imię i nazwisko}', 'UNKNOWN_COMMAND'],
  ])('%s is refused as %s, before any data is seen', async (tag, code) => {
    const template = await templateFrom([`Treść: ${tag}`]);
    const result = inspectTemplate(template);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain(code);
    await expect(renderTemplate(template, { recipient: { name: 'x' } })).rejects.toBeInstanceOf(
      TemplateError,
    );
  });

  it('accepts Polish field names, spaces around names and hyphens inside them', async () => {
    const template = await templateFrom(['{imię} { nazwisko } {kod-pocztowy}']);
    const result = inspectTemplate(template);
    expect(result.issues).toEqual([]);
    expect(result.placeholders).toEqual(['imię', 'kod-pocztowy', 'nazwisko']);
  });

  it.each([
    ['{{name}', 'DUPLICATE_OPEN'],
    ['{name}}', 'UNOPENED_TAG'],
    ['name}', 'UNOPENED_TAG'],
    ['{#couples} {names}', 'UNCLOSED_LOOP'],
    ['{#couples} {/pairs}', 'UNCLOSED_LOOP'],
  ])('%s gives %s', async (text, code) => {
    const result = inspectTemplate(await templateFrom([text]));
    expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it('names an unclosed section with the sign it was typed with', async () => {
    const result = inspectTemplate(await templateFrom(['{?vip} Gość honorowy', '{#guests}{name}']));
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'UNCLOSED_LOOP', tag: '?vip', context: '{?vip} Gość honorowy' }),
        expect.objectContaining({ code: 'UNCLOSED_LOOP', tag: '#guests', context: '{#guests}{name}' }),
      ]),
    );
  });

  it('tells a condition ({?x} / {^x}) from a loop ({#x}), also inside a loop', async () => {
    const template = await templateFrom([
      '{?hasTitle}{title} {/hasTitle}{^hasTitle}Pan/Pani {/hasTitle}',
      '{#guests}{name}{?vip} (VIP){/vip}{%photo}{/guests}',
    ]);
    const result = inspectTemplate(template);
    expect(result.issues).toEqual([]);
    expect(result.conditions).toEqual(['guests.vip', 'hasTitle']);
    expect(result.loops).toEqual(['guests']);
    expect(result.images).toEqual(['guests.photo']);
    expect(result.placeholders).toEqual(['guests.name', 'title']);
  });
});
