/**
 * The contact directory part of the one API contract (spread into contract.ts): people and
 * organisations, distribution lists, a record's history across modules, duplicates and merge,
 * CSV / vCard import and export, and the person's data rights (GDPR/RODO export and erasure).
 */
import { z } from 'zod';
import { FileInSchema as FileIn, FileOutSchema as FileOut } from './files';
import { ROW_FIELDS } from '../contacts/csv';
import {
  CONTACT_CATEGORIES,
  ContactCreateInputSchema,
  ContactSchema,
  ContactUpdateInputSchema,
} from '../contacts/schema';

const Id = z.string().min(1, 'required').max(64, 'tooLong');
const ById = z.object({ id: Id });

/** A stored contact plus what the screens show without another call. */
export const ContactViewSchema = ContactSchema.extend({
  displayName: z.string(),
  /** A person's organisation: the linked one's name (organisationId), else as written; '' for an organisation. */
  organisationDisplay: z.string(),
});
export type ContactView = z.infer<typeof ContactViewSchema>;

export const DistributionListSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DistributionList = z.infer<typeof DistributionListSchema>;

/** A record in another module that refers to the contact. */
export const HistoryReferenceSchema = z.object({
  module: z.string(),
  id: z.string(),
  regNo: z.string().optional(),
  date: z.string().optional(),
  title: z.string().optional(),
  role: z.string().optional(),
});

const ReasonSchema = z.object({
  kind: z.enum(['email', 'phone', 'name', 'organisation']),
  value: z.string(),
});

export const ContactListQuerySchema = z.object({
  /** Name, organisation, e-mail, phone or tag; Latin and Cyrillic spellings find each other. */
  q: z.string().trim().max(200, 'tooLong').default(''),
  category: z.array(z.enum(CONTACT_CATEGORIES, 'invalidChoice')).max(6, 'tooMany').default([]),
  tag: z.string().trim().max(60, 'tooLong').optional(),
  listId: Id.optional(),
  includeErased: z.boolean().default(false),
  /** Only records past their retention date (GDPR storage limitation): to erase or prolong. */
  pastRetention: z.boolean().default(false),
  limit: z.number().int().min(1).max(5000).default(1000),
});

const Selection = z.object({
  /** Only these contacts; else everything the list query finds. */
  ids: z.array(Id).max(5000, 'tooMany').optional(),
  query: ContactListQuerySchema.optional(),
});

/** Field → the CSV column (its header) it is read from. */
const ColumnMapping = z.partialRecord(z.enum(ROW_FIELDS, 'invalidChoice'), z.string().max(300, 'tooLong'));

const MergeInput = z.object({
  primaryId: Id,
  duplicateIds: z.array(Id).min(1, 'required').max(20, 'tooMany'),
});

export const ImportRowSchema = z.object({
  /** 1-based row (CSV, after the header) or card (vCard) number. */
  index: z.number(),
  name: z.string(),
  /** Can this row become a contact at all. */
  valid: z.boolean(),
  problems: z.array(z.object({ path: z.string(), message: z.string(), value: z.string().optional() })),
  /** An existing contact this row looks like (same e-mail, phone or name). */
  duplicateOf: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

export const contactsContract = {
  'contacts.list': {
    input: ContactListQuerySchema,
    output: z.object({
      items: z.array(ContactViewSchema),
      total: z.number(),
      /** Every tag in use, for the filter. */
      tags: z.array(z.string()),
      lists: z.array(DistributionListSchema),
      /** How many visible records are past their retention date and not erased yet. */
      pastRetention: z.number(),
    }),
  },
  'contacts.get': {
    input: ById,
    output: z.object({
      contact: ContactViewSchema,
      /** An organisation's people (a newsroom's journalists). */
      people: z.array(ContactViewSchema),
      /** Inquiries, authorizations, letters, patronage — the record's and, for an outlet, its people's. */
      history: z.array(HistoryReferenceSchema),
      duplicates: z.array(
        z.object({
          id: z.string(),
          displayName: z.string(),
          score: z.number(),
          reasons: z.array(ReasonSchema),
        }),
      ),
      /** Whether this workstation's account may change the record. */
      canEdit: z.boolean(),
    }),
  },
  'contacts.create': { input: ContactCreateInputSchema, output: ContactViewSchema },
  'contacts.update': { input: ContactUpdateInputSchema, output: ContactViewSchema },
  /** Only a contact nothing refers to; one that registers refer to is erased instead. */
  'contacts.remove': { input: ById, output: z.object({ removed: z.boolean() }) },
  'contacts.duplicates': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        primaryId: z.string(),
        score: z.number(),
        reasons: z.array(ReasonSchema),
        contacts: z.array(ContactViewSchema),
      }),
    ),
  },
  'contacts.mergePreview': {
    input: MergeInput,
    output: z.object({
      merged: ContactViewSchema,
      conflicts: z.array(
        z.object({ field: z.string(), kept: z.string().nullable(), dropped: z.array(z.string()) }),
      ),
    }),
  },
  /** Keeps primaryId, moves every reference (inquiries, authorizations, letters, patronage, people) to it. */
  'contacts.merge': { input: MergeInput, output: ContactViewSchema },
  'contacts.exportCsv': { input: Selection, output: FileOut },
  'contacts.exportVcard': { input: Selection, output: FileOut },
  /** Reads a .csv or .vcf file and says what importing it would do; writes nothing. */
  'contacts.importPreview': {
    input: FileIn.extend({ mapping: ColumnMapping.optional() }),
    output: z.object({
      format: z.enum(['csv', 'vcard']),
      rows: z.array(ImportRowSchema),
      /** A CSV file's column headers (empty for vCard), and which field each is read into. */
      columns: z.array(z.string()),
      mapping: z.record(z.string(), z.string()),
    }),
  },
  'contacts.import': {
    input: FileIn.extend({
      /** As the person corrected it in the preview; else the columns are matched by their headers. */
      mapping: ColumnMapping.optional(),
      /** Rows that look like an existing contact are left out (default) or imported anyway. */
      skipDuplicates: z.boolean().default(true),
      /** Imported contacts join this distribution list. */
      listId: Id.optional(),
    }),
    output: z.object({ created: z.number(), skippedDuplicates: z.number(), invalid: z.number() }),
  },
  /** Everything held about the person (GDPR art. 15), as a JSON file. */
  'contacts.exportPersonData': { input: ById, output: FileOut },
  /** GDPR art. 17: blanks the personal data, keeps the record that registers point at. */
  'contacts.erase': { input: ById, output: ContactViewSchema },
  'contacts.lists': { input: z.object({}).strict(), output: z.array(DistributionListSchema) },
  'contacts.saveList': {
    input: z.object({
      id: Id.optional(),
      name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
      description: z.string().trim().max(2000, 'tooLong').default(''),
    }),
    output: DistributionListSchema,
  },
  'contacts.removeList': { input: ById, output: z.object({ removed: z.boolean() }) },
  /** Recipients for the letters module from a distribution list or picked contacts. */
  'contacts.recipients': {
    input: Selection.extend({ listId: Id.optional() }),
    output: z.array(
      z.object({
        contactId: z.string(),
        name: z.string(),
        address: z.string(),
        salutation: z.string(),
        fields: z.record(z.string(), z.string()),
      }),
    ),
  },
} as const;
