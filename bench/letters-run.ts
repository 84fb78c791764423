import { performance } from 'node:perf_hooks';
import { renderInWorker } from '../main/letters/worker/render-in-worker';
import { DIPLOMA_TEMPLATE_ID } from './letters-dataset';
import {
  checkContent,
  paragraphCount,
  prepareLettersBench,
  type ContentCheck,
  type LettersOutput,
  type LettersScenario,
  type LettersScenarioKey,
} from './letters-scenarios';
import { summarize, type Stats } from './measure';
import { bytes, ms, ratio, table, thousands } from './report';

/**
 * The letters part of `npm run bench`: BENCH_LETTERS personalised diplomas from the built-in Polish
 * diploma, made by PressDesk (through the services, and by its engine alone) and by docxtemplater and
 * docx-templates in the same run. Prints figures and ratios only; it never fails on timings.
 */

/** Documents each scenario makes, untimed, before the timed rounds. */
export const LETTERS_WARMUP = 20;

export interface LettersBenchOptions {
  letters: number;
  rounds: number;
  /** Documents each scenario makes once, untimed, before the rounds (module loading, JIT); default LETTERS_WARMUP. */
  warmup?: number;
  /** Also time starting the render worker with one diploma (default true). */
  workerStart?: boolean;
}

export interface LettersResult {
  scenario: LettersScenario;
  /** Milliseconds of each round. */
  times: number[];
  stats: Stats;
  output: LettersOutput;
  check: ContentCheck;
  /** ok, and the first and last documents read the same as docxtemplater's. */
  same: boolean;
}

export interface LettersBenchResult {
  letters: number;
  rounds: number;
  results: LettersResult[];
  /** renderInWorker of one diploma: starting the worker (from sources: tsx's loader) and one render. */
  workerStartMs: number | null;
}

/**
 * Runs every scenario `rounds` times on `letters` diplomas, the scenarios taking turns within a round.
 * The first round's documents are read back (untimed) for the content check and the sizes.
 */
export async function measureLetters(options: LettersBenchOptions): Promise<LettersBenchResult> {
  const bench = await prepareLettersBench(options.letters);
  try {
    const warmup = Math.min(options.warmup ?? LETTERS_WARMUP, options.letters);
    for (const scenario of bench.scenarios) if (warmup > 0) await scenario.run(warmup);

    const times = new Map<LettersScenarioKey, number[]>();
    const outputs = new Map<LettersScenarioKey, LettersOutput>();
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of bench.scenarios) {
        const start = performance.now();
        const run = await scenario.run(options.letters);
        const elapsed = performance.now() - start;
        times.set(scenario.key, [...(times.get(scenario.key) ?? []), elapsed]);
        if (round === 0) outputs.set(scenario.key, await bench.collect(run, options.letters));
      }
    }

    const checks = new Map(
      [...outputs].map(([key, output]) => [key, checkContent(output, bench.records)] as const),
    );
    const reference = checks.get('docxtemplater')?.fingerprint;
    const results = bench.scenarios.map((scenario): LettersResult => {
      const check = checks.get(scenario.key)!;
      const samples = times.get(scenario.key)!;
      return {
        scenario,
        times: samples,
        stats: summarize(samples),
        output: outputs.get(scenario.key)!,
        check,
        same: check.ok && check.fingerprint === reference,
      };
    });

    let workerStartMs: number | null = null;
    if (options.workerStart ?? true) {
      const start = performance.now();
      await renderInWorker(
        bench.template,
        bench.records.slice(0, 1),
        () => undefined,
        new AbortController().signal,
      );
      workerStartMs = performance.now() - start;
    }
    return { letters: options.letters, rounds: options.rounds, results, workerStartMs };
  } finally {
    bench.close();
  }
}

function sameCell(result: LettersResult): string {
  if (result.same) return 'yes';
  if (!result.check.ok) return `NO (${result.check.problems.slice(0, 2).join('; ')})`;
  return 'NO (text differs from docxtemplater)';
}

export function lettersTable(result: LettersBenchResult): string {
  const baseline = (key: LettersScenarioKey) =>
    result.results.find((r) => r.scenario.key === key)?.stats.p50 ?? Number.NaN;
  const docxtemplater = baseline('docxtemplater');
  const docxTemplates = baseline('docx-templates');
  return table(
    [
      'scenario',
      'documents',
      'total ms',
      'min ms',
      'ms/doc',
      'vs docxtemplater',
      'vs docx-templates',
      'same content',
    ],
    result.results.map((r) => [
      r.scenario.name,
      thousands(r.output.documents),
      ms(r.stats.p50),
      ms(r.stats.min),
      ms(r.stats.p50 / result.letters),
      ratio(r.stats.p50, docxtemplater),
      ratio(r.stats.p50, docxTemplates),
      sameCell(r),
    ]),
  );
}

export function sizesTable(result: LettersBenchResult): string {
  return table(
    ['scenario', 'documents', 'separate files', 'per document', 'w:p per document', 'combined .docx'],
    result.results.map((r) => [
      r.scenario.name,
      thousands(r.output.documents),
      bytes(r.output.documentBytes),
      bytes(Math.round(r.output.documentBytes / Math.max(1, r.output.documents))),
      thousands(paragraphCount(r.output.first)),
      r.output.combined ? bytes(r.output.combined.byteLength) : '–',
    ]),
  );
}

export async function runLettersBenchmarks(options: LettersBenchOptions): Promise<void> {
  console.log(
    `\nLetters: ${thousands(options.letters)} personalised diplomas from one template ` +
      `(${DIPLOMA_TEMPLATE_ID}, golden-wedding couples, different names and years; no crest), ` +
      `${options.rounds} round(s) per scenario, taking turns, after an untimed warm-up of ${Math.min(LETTERS_WARMUP, options.letters)} each`,
  );
  const result = await measureLetters(options);
  console.log(
    `\nDiplomas (ms for all ${thousands(options.letters)}; total = median of ${options.rounds} round(s), min = fastest)`,
  );
  console.log(lettersTable(result));
  console.log(
    '\nvs X = total ÷ total of X in this run (1.00× = as fast). same content = the first and the last ' +
      "document (and a combined document's every diploma) hold the recipient's names, achievement, " +
      "years, place and date and signatory, no tag is left, and they read like docxtemplater's.",
  );
  console.log('\nOutput sizes (first round)');
  console.log(sizesTable(result));
  console.log('\nWhat each scenario includes:');
  for (const r of result.results) console.log(`  ${r.scenario.name}: ${r.scenario.includes}.`);
  if (result.workerStartMs !== null)
    console.log(
      `  Starting the render worker and rendering one diploma in it took ${ms(result.workerStartMs)} ms ` +
        "(from sources: tsx's loader compiles the engine in the worker; the built app starts the bundled " +
        'render-worker.mjs); produceLetters pays it once per batch above 20 documents.',
    );
  for (const r of result.results.filter((x) => !x.check.ok))
    console.log(`  ${r.scenario.name} content problems: ${r.check.problems.join('; ')}`);
}
