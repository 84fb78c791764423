import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplateDocx } from '../main/letters/builtin';
import { coupleSurname, diplomaRecipients, diplomaRecords } from './letters-dataset';
import { measureLetters, type LettersBenchResult } from './letters-run';
import { checkContent, paragraphTexts, toDocxTemplatesSyntax, withDottedKeys } from './letters-scenarios';
import { BENCH_OFFICE } from './vocabulary';

describe('letters bench data', () => {
  it('gives every couple its own names and a jubilee', () => {
    const recipients = diplomaRecipients(300);
    expect(new Set(recipients.map((r) => r.fields.names)).size).toBe(300);
    expect(recipients.every((r) => ['50', '55', '60', '65', '70'].includes(r.fields.years!))).toBe(true);
    expect(diplomaRecipients(300)).toEqual(recipients);
    expect(['Kowalski', 'Łęcki', 'Piątek', 'Stępień', 'Gałązka', 'Mazur'].map(coupleSurname)).toEqual([
      'Kowalscy',
      'Łęccy',
      'Piątkowie',
      'Stępniowie',
      'Gałązkowie',
      'Mazurowie',
    ]);
  });

  it("rewrites the diploma's tags in docx-templates' syntax and gives nested fields dotted names", async () => {
    const converted = toDocxTemplatesSyntax(await builtinTemplateDocx('builtin:diploma:pl'));
    const text = paragraphTexts(new PizZip(converted).file('word/document.xml')!.asText());
    expect(text).toEqual(
      expect.arrayContaining(['+++IF hasCrest+++', '+++names+++', '+++IF years+++', '+++END-IF+++']),
    );
    expect(text.join('\n')).not.toMatch(/[{}]|crest\+\+\+/);
    expect(withDottedKeys({ a: { b: { c: 1 } }, d: 2 })).toEqual({
      a: { b: { c: 1 } },
      'a.b': { c: 1 },
      'a.b.c': 1,
      d: 2,
    });
  });
});

describe('letters bench scenarios', () => {
  let result: LettersBenchResult;
  beforeAll(async () => {
    result = await measureLetters({ letters: 3, rounds: 1, warmup: 0, workerStart: false });
  }, 120_000);

  it('makes the same diplomas with every engine, and the check says so', () => {
    expect(result.results.map((r) => r.scenario.key)).toEqual([
      'produce',
      'engine',
      'engine-combine',
      'docxtemplater',
      'docx-templates',
    ]);
    for (const r of result.results) {
      expect(r.check.problems, r.scenario.name).toEqual([]);
      expect(r.same, r.scenario.name).toBe(true);
      expect(r.output.documents, r.scenario.name).toBe(3);
      expect(r.times, r.scenario.name).toHaveLength(1);
    }
    const combined = result.results.filter((r) => r.output.combined !== null).map((r) => r.scenario.key);
    expect(combined).toEqual(['produce', 'engine-combine']);
  });

  it("says no when a document is not the recipient's", () => {
    const records = diplomaRecords(BENCH_OFFICE, diplomaRecipients(3));
    const engine = result.results.find((r) => r.scenario.key === 'engine-combine')!;
    const check = checkContent({ ...engine.output, first: engine.output.last }, records);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        `first: missing "${records[0]!.names as string}"`,
        'combined: the first diploma differs',
      ]),
    );
  });
});
