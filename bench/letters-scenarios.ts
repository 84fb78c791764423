import { defaultPatronageSettings } from '../core/patronage/settings';
import { defaultReminderSettings } from '../core/reminders/lead-times';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import type { DXT } from 'docxtemplater';
import { createReport } from 'docx-templates';
import PizZip from 'pizzip';
import type { RecipientInput } from '../core/letters/schema';
import { openDatabase } from '../db/connection';
import { builtinTemplateDocx } from '../main/letters/builtin';
import { PL as PL_TEXTS } from '../main/letters/builtin/texts-pl';
import { combineDocuments, renderMany } from '../main/letters/engine';
import { createContext, type AppContext } from '../main/services/context';
import { produceLetters } from '../main/services/letters/produce';
import { createConfSettingsStore } from '../main/settings/conf-store';
import {
  DIPLOMA_ACHIEVEMENT,
  DIPLOMA_DATE,
  DIPLOMA_SUBJECT,
  DIPLOMA_TEMPLATE_ID,
  diplomaRecipients,
  diplomaRecords,
} from './letters-dataset';
import { BENCH_OFFICE } from './vocabulary';

/**
 * The letters part of `npm run bench` (issue 5): the same diplomas made by PressDesk (through the
 * real services, and its engine alone) and by plain docxtemplater and docx-templates, from the same
 * built-in template and the same data. Each scenario's output is unzipped and checked for the names.
 */

export type LettersScenarioKey = 'produce' | 'engine' | 'engine-combine' | 'docxtemplater' | 'docx-templates';

/** What one run made, kept out of the timing: it is read back only for the check and the sizes. */
export interface LettersRun {
  docs?: Uint8Array[];
  combined?: Uint8Array;
  /** produceLetters: the batch whose stored files are the documents. */
  batchId?: string | null;
}

export interface LettersScenario {
  key: LettersScenarioKey;
  name: string;
  /** What the timed run includes, for the note under the table. */
  includes: string;
  /** Makes the first `count` diplomas (timed). */
  run: (count: number) => Promise<LettersRun>;
}

export interface LettersOutput {
  documents: number;
  first: Uint8Array;
  last: Uint8Array;
  /** Sum of the sizes of the separate documents (for produceLetters: the stored, numbered files). */
  documentBytes: number;
  combined: Uint8Array | null;
}

// ---------------------------------------------------------------------------------------------
// The other engines' versions of the same job

/**
 * docxtemplater's default parser reads a tag as one own property of the data (`{signatory.name}` is
 * the key "signatory.name"), so for plain docxtemplater every nested field is also given under its
 * dotted name. Done once, before timing.
 */
export function withDottedKeys(record: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = { ...record };
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      flat[`${path}.${key}`] = child;
      walk(child, `${path}.${key}`);
    }
  };
  for (const [key, value] of Object.entries(record)) walk(value, key);
  return flat;
}

/**
 * `{?flag}` opens a section the way `{#flag}` does (docxtemplater's own loop module): the template's
 * conditions use that sign, which plain docxtemplater does not know. One matcher, no parser.
 */
function conditionSign(): DXT.Module {
  return {
    name: 'ConditionSign',
    matchers: () => [['?', 'loop', { expandTo: 'auto', location: 'start', inverted: false }]],
  };
}

/** Plain docxtemplater + pizzip: default options with paragraphLoop and linebreaks, deflated like ours. */
export function renderWithDocxtemplater(template: Uint8Array, data: Record<string, unknown>): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), {
    paragraphLoop: true,
    linebreaks: true,
    modules: [conditionSign()],
  });
  doc.render(data);
  return doc.toUint8Array({ compression: 'DEFLATE' });
}

export const DOCX_TEMPLATES_DELIMITER = '+++';

/**
 * The template in docx-templates' syntax: `{field}` → `+++field+++`, `{?flag}…{/flag}` →
 * `+++IF flag+++…+++END-IF+++` (`{^flag}` → `+++IF !(flag)+++`); image tags are dropped (the crest's
 * condition is false in this job). Only the main document part is rewritten; every tag of the
 * built-in template is whole in one run. Loops are not converted (the diploma has none).
 */
export function toDocxTemplatesSyntax(template: Uint8Array): Uint8Array {
  const zip = new PizZip(template);
  const part = 'word/document.xml';
  const xml = zip.file(part)?.asText();
  if (xml === undefined) throw new Error('toDocxTemplatesSyntax: no word/document.xml');
  const open: string[] = [];
  const d = DOCX_TEMPLATES_DELIMITER;
  const converted = xml.replace(/\{([?^/%#]?)([^{}<>]*)\}/g, (_tag, sign: string, name: string) => {
    switch (sign) {
      case '?':
        open.push(name);
        return `${d}IF ${name}${d}`;
      case '^':
        open.push(name);
        return `${d}IF !(${name})${d}`;
      case '/':
        if (open.pop() !== name) throw new Error(`toDocxTemplatesSyntax: {/${name}} closes no condition`);
        return `${d}END-IF${d}`;
      case '%':
        return '';
      case '#':
        throw new Error(`toDocxTemplatesSyntax: loop {#${name}} is not converted`);
      default:
        return `${d}${name}${d}`;
    }
  });
  if (open.length > 0) throw new Error(`toDocxTemplatesSyntax: {?${open.join('}, {?')}} not closed`);
  if (/[{}]/.test(textOf(converted))) throw new Error('toDocxTemplatesSyntax: a tag was left');
  zip.file(part, converted);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

export function renderWithDocxTemplates(template: Uint8Array, data: Record<string, unknown>) {
  return createReport({ template, data, cmdDelimiter: DOCX_TEMPLATES_DELIMITER, noSandbox: false });
}

// ---------------------------------------------------------------------------------------------
// Reading the documents back

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
}

/** The text of every non-empty paragraph of a WordprocessingML part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((m) => textOf(m[1] ?? ''))
    .filter((text) => text.trim() !== '');
}

function documentXml(docx: Uint8Array): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error('not a .docx: no word/document.xml');
  return xml;
}

/** Paragraph elements (empty ones included) in a document's body. */
export function paragraphCount(docx: Uint8Array): number {
  return documentXml(docx).match(/<w:p(?:\s[^>/]*)?\/?>/g)?.length ?? 0;
}

const LEFTOVER = /[{}]|\+\+\+|undefined|\u27E6REG/;

/** What is wrong with one diploma's text for its record ([] when nothing). */
export function diplomaProblems(paragraphs: readonly string[], record: Record<string, unknown>): string[] {
  const signatory = record.signatory as { name: string; function: string };
  const expected = [
    PL_TEXTS.diploma!.title,
    record.names as string,
    record.achievement as string,
    PL_TEXTS.diploma!.yearsLine.replace('{years}', record.years as string),
    `${record.place as string}, ${record.date as string}`,
    signatory.function,
    signatory.name,
  ];
  const problems = expected.filter((line) => !paragraphs.includes(line)).map((line) => `missing "${line}"`);
  const left = paragraphs.find((p) => LEFTOVER.test(p));
  if (left !== undefined) problems.push(`left over in "${left}"`);
  return problems;
}

export interface ContentCheck {
  ok: boolean;
  problems: string[];
  /** The text of the first and the last document, to compare the scenarios with each other. */
  fingerprint: string;
}

/**
 * Unzips the first and the last document and checks them against their records; a combined document
 * must hold every document, one after another (the first and last equal to the separate ones, the
 * names of every record in order).
 */
export function checkContent(
  output: LettersOutput,
  records: readonly Record<string, unknown>[],
): ContentCheck {
  const problems: string[] = [];
  if (output.documents !== records.length)
    problems.push(`${output.documents} documents for ${records.length} records`);
  const first = paragraphTexts(documentXml(output.first));
  const last = paragraphTexts(documentXml(output.last));
  problems.push(...diplomaProblems(first, records[0]!).map((p) => `first: ${p}`));
  problems.push(...diplomaProblems(last, records.at(-1)!).map((p) => `last: ${p}`));
  if (output.combined) {
    const all = paragraphTexts(documentXml(output.combined));
    const per = first.length;
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((line, i) => line === b[i]);
    if (all.length !== per * records.length) {
      problems.push(`combined: ${all.length} paragraphs, expected ${per} × ${records.length}`);
    } else {
      if (!same(all.slice(0, per), first)) problems.push('combined: the first diploma differs');
      if (!same(all.slice(-per), last)) problems.push('combined: the last diploma differs');
      const misplaced = records.findIndex(
        (record, i) => !all.slice(i * per, (i + 1) * per).includes(record.names as string),
      );
      if (misplaced >= 0) problems.push(`combined: diploma ${misplaced + 1} lacks its names`);
    }
  }
  return { ok: problems.length === 0, problems, fingerprint: JSON.stringify([first, last]) };
}

// ---------------------------------------------------------------------------------------------
// Setting up

export interface LettersBench {
  ctx: AppContext;
  dataDir: string;
  template: Uint8Array;
  recipients: RecipientInput[];
  records: Record<string, unknown>[];
  scenarios: LettersScenario[];
  /** Reads a run's documents back (untimed). */
  collect: (run: LettersRun, count: number) => Promise<LettersOutput>;
  close: () => void;
}

const sum = (docs: readonly Uint8Array[]) => docs.reduce((total, doc) => total + doc.byteLength, 0);

/**
 * A workstation in a temporary data directory (created like bench/run.ts does: openDatabase, conf
 * settings store, the bench office), the built-in Polish diploma and `count` recipients.
 */
export async function prepareLettersBench(count: number): Promise<LettersBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pressdesk-bench-letters-'));
  const db = openDatabase(join(dataDir, 'pressdesk.sqlite'));
  try {
    const settings = createConfSettingsStore(dataDir, 'bench');
    settings.set({
      userName: 'Sekretariat',
      office: BENCH_OFFICE,
      reminders: defaultReminderSettings(),
      patronage: defaultPatronageSettings(),
    });
    const ctx = createContext({
      mode: 'browser',
      appVersion: 'bench',
      dataDir,
      db,
      settings,
      clock: () => new Date(),
    });
    const office = settings.get().office;
    const template = await builtinTemplateDocx(DIPLOMA_TEMPLATE_ID);
    const recipients = diplomaRecipients(count);
    const records = diplomaRecords(office, recipients);
    const flatRecords = records.map(withDottedKeys);
    const docxTemplatesTemplate = toDocxTemplatesSyntax(template);
    let job = 0;

    const scenarios: LettersScenario[] = [
      {
        key: 'produce',
        name: 'PressDesk produce (engine + numbers + register + files + combined .docx)',
        includes:
          'produceLetters through the real services: template lookup and check, merge data, rendering ' +
          '(in a worker thread above 20 documents), numbers and register entries in one transaction, ' +
          'numbers written into each document, each stored by sha256, one combined .docx (base64)',
        run: async (n) => {
          const jobId = `bench-diplomas-${String(++job).padStart(4, '0')}`;
          const result = await produceLetters(ctx, {
            jobId,
            templateId: DIPLOMA_TEMPLATE_ID,
            kind: 'diploma',
            date: DIPLOMA_DATE,
            subject: DIPLOMA_SUBJECT,
            common: { achievement: DIPLOMA_ACHIEVEMENT },
            recipients: recipients.slice(0, n),
          });
          if (result.cancelled || result.registered !== n)
            throw new Error(`produceLetters registered ${result.registered} of ${n}`);
          return { combined: new Uint8Array(Buffer.from(result.file.base64, 'base64')), batchId: jobId };
        },
      },
      {
        key: 'engine',
        name: 'PressDesk engine only (renderMany)',
        includes:
          'renderMany of our engine in this thread: the template validated once, then per document ' +
          'open, compile (our parser, condition and image modules), render, trim, zip',
        run: async (n) => ({ docs: await renderMany(template, records.slice(0, n)) }),
      },
      {
        key: 'engine-combine',
        name: 'PressDesk engine + combine',
        includes: 'renderMany as above, then combineDocuments into one .docx',
        run: async (n) => {
          const docs = await renderMany(template, records.slice(0, n));
          return { docs, combined: await combineDocuments(docs) };
        },
      },
      {
        key: 'docxtemplater',
        name: 'docxtemplater',
        includes:
          'plain docxtemplater + pizzip per document: open, compile, render, zip (DEFLATE); default ' +
          'parser and options with paragraphLoop and linebreaks, one matcher for the {?…} sign; ' +
          'nested fields given under their dotted names too (prepared before timing)',
        run: async (n) => ({
          docs: flatRecords.slice(0, n).map((data) => renderWithDocxtemplater(template, data)),
        }),
      },
      {
        key: 'docx-templates',
        name: 'docx-templates',
        includes:
          "createReport per document on the template rewritten to docx-templates' syntax (+++…+++, " +
          'IF/END-IF, image dropped; rewritten before timing), noSandbox: false (commands run in node:vm)',
        run: async (n) => {
          const docs: Uint8Array[] = [];
          for (const data of records.slice(0, n))
            docs.push(await renderWithDocxTemplates(docxTemplatesTemplate, data));
          return { docs };
        },
      },
    ];

    const collect = async (run: LettersRun, n: number): Promise<LettersOutput> => {
      if (run.docs) {
        return {
          documents: run.docs.length,
          first: run.docs[0]!,
          last: run.docs.at(-1)!,
          documentBytes: sum(run.docs),
          combined: run.combined ?? null,
        };
      }
      // produceLetters: the documents are the files the register points to, in number order.
      const shas = db
        .prepare(
          n > 1
            ? 'SELECT file_sha256 FROM letters WHERE batch_id = ? ORDER BY reg_seq'
            : 'SELECT file_sha256 FROM letters ORDER BY rowid DESC LIMIT 1',
        )
        .pluck()
        .all(...(n > 1 ? [run.batchId] : [])) as string[];
      const paths = await Promise.all(shas.map((sha) => ctx.sync.fileBySha(sha)));
      if (paths.length === 0 || paths.some((p) => p === null))
        throw new Error(`the register holds ${paths.length} files for batch ${run.batchId}`);
      const files = paths as string[];
      return {
        documents: files.length,
        first: new Uint8Array(readFileSync(files[0]!)),
        last: new Uint8Array(readFileSync(files.at(-1)!)),
        documentBytes: files.reduce((total, path) => total + statSync(path).size, 0),
        combined: run.combined ?? null,
      };
    };

    return {
      ctx,
      dataDir,
      template,
      recipients,
      records,
      scenarios,
      collect,
      close: () => {
        db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
