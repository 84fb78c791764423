import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../../core/letters/schema';
import {
  BUILTIN_FIELDS,
  BUILTIN_TEMPLATES,
  COMMON_FIELDS,
  builtinTemplateDocx,
  builtinTemplateId,
  generateBuiltinTemplate,
} from './index';
import { partOf } from './test-helpers';

const KINDS = [
  'congratulations_birthday',
  'congratulations_jubilee',
  'congratulations_marriage',
  'thanks',
  'invitation',
  'diploma',
  'condolences',
  'obituary',
  'patronage_decision',
] as const;

describe('the catalogue of built-in templates', () => {
  it('lists every id once, built from kind and language', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILTIN_TEMPLATES) expect(t.id).toBe(`builtin:${t.kind}:${t.language}`);
    expect(builtinTemplateId('diploma', 'uk')).toBe('builtin:diploma:uk');
  });

  it('has Polish and Ukrainian for each kind, English only for the birthday letter and the diploma', () => {
    const has = (kind: string, language: string) =>
      BUILTIN_TEMPLATES.some((t) => t.kind === kind && t.language === language);
    for (const kind of KINDS) {
      expect(has(kind, 'pl'), kind).toBe(true);
      expect(has(kind, 'uk'), kind).toBe(true);
    }
    const english = BUILTIN_TEMPLATES.filter((t) => t.language === 'en').map((t) => t.kind);
    expect(english.sort()).toEqual(['congratulations_birthday', 'diploma']);
    expect(BUILTIN_TEMPLATES).toHaveLength(KINDS.length * 2 + 2);
  });

  it('leaves the kinds produced elsewhere out', () => {
    const kinds = new Set(BUILTIN_TEMPLATES.map((t) => t.kind));
    for (const kind of LETTER_KINDS)
      expect(kinds.has(kind), kind).toBe((KINDS as readonly string[]).includes(kind));
  });

  it('names each template in its own language', () => {
    const byId = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t.name]));
    expect(byId.get('builtin:congratulations_birthday:pl')).toBe('Gratulacje z okazji urodzin');
    expect(byId.get('builtin:congratulations_birthday:uk')).toBe('Привітання з днем народження');
    expect(byId.get('builtin:congratulations_birthday:en')).toBe('Birthday congratulations');
    expect(byId.get('builtin:diploma:pl')).toBe('Dyplom');
    expect(byId.get('builtin:diploma:uk')).toBe('Диплом');
    expect(byId.get('builtin:obituary:pl')).toBe('Nekrolog');
    for (const t of BUILTIN_TEMPLATES) {
      if (t.language === 'uk') expect(t.name, t.id).toMatch(/^[\p{Script=Cyrillic}\s’'-]+$/u);
      if (t.language === 'pl') expect(t.name, t.id).toMatch(/^[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ\s()-]+$/);
      if (t.language === 'en') expect(t.name, t.id).toMatch(/^[A-Za-z\s]+$/);
    }
    for (const language of ['pl', 'uk', 'en']) {
      const names = BUILTIN_TEMPLATES.filter((t) => t.language === language).map((t) => t.name);
      expect(new Set(names).size, language).toBe(names.length);
    }
  });

  it('lists the kind-specific fields, the same in every language and none of them common', () => {
    expect(BUILTIN_FIELDS.congratulations_birthday).toEqual(['years']);
    expect(BUILTIN_FIELDS.patronage_decision).toContain('reportDays');
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.fields).toEqual([...BUILTIN_FIELDS[t.kind as keyof typeof BUILTIN_FIELDS]]);
      for (const field of t.fields) expect(COMMON_FIELDS).not.toContain(field);
    }
    expect(COMMON_FIELDS).toEqual(
      expect.arrayContaining([
        'letterhead.show',
        'crest',
        'hasCrest',
        'salutation',
        'recipient.addressLines',
      ]),
    );
  });
});

describe('builtinTemplateDocx', () => {
  it('rejects an id that is not a built-in template', async () => {
    await expect(builtinTemplateDocx('builtin:inquiry_answer:pl')).rejects.toThrow(/Unknown built-in/);
    await expect(builtinTemplateDocx('builtin:invitation:en')).rejects.toThrow(/Unknown built-in/);
  });

  it('gives every caller its own copy of the cached bytes', async () => {
    const first = await builtinTemplateDocx('builtin:thanks:pl');
    const copy = Uint8Array.from(first);
    first.fill(0);
    const second = await builtinTemplateDocx('builtin:thanks:pl');
    expect(second).not.toBe(first);
    expect(second).toEqual(copy);
  });

  it('generates the same bytes every time, so a built-in template has a stable hash', async () => {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === 'builtin:diploma:uk')!;
    const a = await generateBuiltinTemplate(template);
    const b = await generateBuiltinTemplate(template);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(await builtinTemplateDocx(template.id)))).toBe(true);
    // Not "now": fixed document dates and zip entry dates.
    expect(await partOf(a, 'docProps/core.xml')).toContain('>2026-01-01T00:00:00Z</dcterms:created>');
    const zip = await JSZip.loadAsync(a);
    for (const entry of Object.values(zip.files))
      expect(entry.date.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
