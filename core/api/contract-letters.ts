/**
 * The letters part of the one API contract (spread into contract.ts): templates, recipient lists,
 * producing documents (with a register entry each) and the register of outgoing correspondence.
 */
import { z } from 'zod';
import { FileInSchema as FileIn, FileOutSchema as FileOut } from './files';
import {
  LETTER_KINDS,
  LETTER_LANGUAGES,
  LetterListQuerySchema,
  LetterSchema,
  LetterTemplateSchema,
  ProduceLettersSchema,
} from '../letters/schema';

const ById = z.object({ id: z.string().min(1, 'required').max(100, 'tooLong') });

export const TemplateIssueSchema = z.object({
  code: z.string(),
  tag: z.string().nullable(),
  context: z.string().nullable(),
});
export const TemplateInspectionSchema = z.object({
  ok: z.boolean(),
  placeholders: z.array(z.string()),
  loops: z.array(z.string()),
  conditions: z.array(z.string()),
  images: z.array(z.string()),
  issues: z.array(TemplateIssueSchema),
});

const Mapping = z.record(z.string().max(200, 'tooLong'), z.string().max(200, 'tooLong'));

export const lettersContract = {
  'letters.templates': { input: z.object({}).strict(), output: z.array(LetterTemplateSchema) },
  'letters.inspectTemplate': { input: FileIn, output: TemplateInspectionSchema },
  'letters.importTemplate': {
    input: FileIn.extend({
      name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
      kind: z.enum(LETTER_KINDS, 'invalidChoice'),
      language: z.enum(LETTER_LANGUAGES, 'invalidChoice'),
      mapping: Mapping.default({}),
    }),
    output: LetterTemplateSchema,
  },
  'letters.updateTemplate': {
    input: ById.extend({
      name: z.string().trim().min(1, 'required').max(200, 'tooLong').optional(),
      mapping: Mapping.optional(),
    }),
    output: LetterTemplateSchema,
  },
  'letters.removeTemplate': { input: ById, output: z.object({ removed: z.boolean() }) },
  'letters.templateFile': { input: ById, output: FileOut },
  'letters.importRecipients': {
    input: FileIn,
    output: z.object({
      columns: z.array(z.object({ key: z.string(), header: z.string() })),
      rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.string()) })),
      problems: z.array(
        z.object({
          row: z.number(),
          column: z.string().nullable(),
          code: z.string(),
          value: z.string().optional(),
        }),
      ),
      mapping: z.record(z.string(), z.string()),
    }),
  },
  /** Preview (no numbers, nothing registered) or the real thing: numbers, register entries, files. */
  'letters.produce': {
    input: ProduceLettersSchema.extend({ format: z.enum(['docx', 'pdf'], 'invalidChoice').default('docx') }),
    output: z.object({
      file: FileOut,
      registered: z.number(),
      batchId: z.string().nullable(),
      cancelled: z.boolean(),
    }),
  },
  'letters.cancel': {
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'letters.pdfAvailable': { input: z.object({}).strict(), output: z.object({ available: z.boolean() }) },
  /** The city's crest (PNG or JPEG) for letterheads and diplomas; null removes it. */
  'letters.setCrest': {
    input: z.object({ file: FileIn.nullable() }),
    output: z.object({ crest: z.boolean() }),
  },
  'letters.list': {
    input: LetterListQuerySchema,
    output: z.object({ total: z.number(), items: z.array(LetterSchema) }),
  },
  'letters.get': { input: ById, output: LetterSchema },
  'letters.file': { input: ById, output: FileOut },
  /** Opens the entry's document in the default application (Word), e.g. to print it from there. */
  'letters.open': { input: ById, output: z.object({ opened: z.boolean() }) },
  'letters.exportXlsx': { input: LetterListQuerySchema, output: FileOut },
} as const;
