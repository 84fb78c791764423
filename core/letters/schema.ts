/**
 * Letters, diplomas and obituaries signed by the mayor, and the register of outgoing correspondence
 * (seeds 002 and 003). Every produced document gets a register entry with a number that never collides
 * between workstations (main/services/numbering.ts). Messages are i18n keys under `validation.`.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, 'tooLong');
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate');

export const LETTER_KINDS = [
  'congratulations_birthday',
  'congratulations_jubilee',
  'congratulations_marriage',
  'thanks',
  'invitation',
  'diploma',
  'condolences',
  'obituary',
  'patronage_decision',
  'inquiry_answer',
  'refusal_decision',
  'other',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_LANGUAGES = ['pl', 'uk', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** One entry of the register of outgoing correspondence. */
export const LetterSchema = z.object({
  id: z.string(),
  regNo: z.string(),
  regYear: z.number(),
  regSeq: z.number(),
  date: z.string(),
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LETTER_LANGUAGES),
  subject: z.string(),
  recipientName: z.string(),
  recipientAddress: z.string(),
  salutation: z.string(),
  templateId: z.string().nullable(),
  templateName: z.string(),
  signatoryName: z.string(),
  signatoryFunction: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  batchId: z.string().nullable(),
  /** The contact directory's record of the recipient, when the letter was addressed from it. */
  contactId: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Letter = z.infer<typeof LetterSchema>;

export const LetterListQuerySchema = z.object({
  q: text(200).default(''),
  kind: z.array(z.enum(LETTER_KINDS, 'invalidChoice')).max(LETTER_KINDS.length, 'tooMany').default([]),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  batchId: z.string().max(64, 'tooLong').optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type LetterListQuery = z.output<typeof LetterListQuerySchema>;

/** Where the recipients' data comes from: typed, an imported list, or (later) the contact directory. */
export const RECIPIENT_SOURCES = ['typed', 'import', 'contacts'] as const;

/** One recipient as the producer sends it: the merge fields plus what the register records. */
export const RecipientInputSchema = z.object({
  /** Merge fields for the template, e.g. givenName, familyName, organisation, names, years. */
  fields: z.record(z.string().max(100, 'tooLong'), text(2000)).default({}),
  /** Shown in the register, e.g. "Jan Kowalski, Szkoła Podstawowa nr 3". */
  name: required(300),
  address: text(1000).default(''),
  /** The salutation as the person accepted or edited it ("Szanowny Panie Janie"). */
  salutation: text(300).default(''),
  /** The recipient's record in the contact directory (its page then lists the letter). */
  contactId: z.string().max(64, 'tooLong').optional(),
});
export type RecipientInput = z.output<typeof RecipientInputSchema>;

export const ProduceLettersSchema = z.object({
  /** Chosen by the caller so it can follow progress events and cancel. */
  jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'invalid'),
  templateId: z.string().min(1, 'required').max(64, 'tooLong'),
  kind: z.enum(LETTER_KINDS, 'invalidChoice'),
  date: LocalDate,
  subject: text(500).default(''),
  /** Fields common to every letter (occasion, event date…), merged under each recipient's own. */
  common: z.record(z.string().max(100, 'tooLong'), text(5000)).default({}),
  recipients: z.array(RecipientInputSchema).min(1, 'required').max(5000, 'tooMany'),
  recipientSource: z.enum(RECIPIENT_SOURCES, 'invalidChoice').default('typed'),
  output: z.enum(['combined', 'separate'], 'invalidChoice').default('combined'),
  /** Preview: render without numbers or register entries (first few recipients only). */
  preview: z.boolean().default(false),
});
export type ProduceLetters = z.output<typeof ProduceLettersSchema>;

export const LetterTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LETTER_LANGUAGES),
  builtin: z.boolean(),
  placeholders: z.array(z.string()),
  loops: z.array(z.string()),
  conditions: z.array(z.string()),
  images: z.array(z.string()),
  /** Template placeholder → recipient field or common field it is filled from. */
  mapping: z.record(z.string(), z.string()),
  fileSha256: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LetterTemplate = z.infer<typeof LetterTemplateSchema>;
