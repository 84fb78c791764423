/**
 * Import and export of the directory: CSV (semicolon-separated, UTF-8 with BOM, as Polish Excel opens
 * it; headers in the office's language) and vCard 4.0 (phones, Outlook, Google, Thunderbird). An import
 * is previewed first — which rows can become contacts, their problems, which look like someone already
 * in the directory — and then created in one transaction.
 */
import { contactFromRow, contactsToCsv, type RowMapping } from '../../../core/contacts/csv';
import { contactsFromVcard, contactsToVcard } from '../../../core/contacts/vcard';
import { findDuplicates } from '../../../core/contacts/duplicates';
import { contactSchemas, displayName, type Contact, type ContactFields } from '../../../core/contacts/schema';
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { PhoneCountry } from '../../../core/contacts/phone';
import { AppError } from '../../../core/errors';
import { readCsv } from '../../letters/recipients/csv';
import { RecipientImportError } from '../../letters/recipients/errors';
import type { AppContext } from '../context';
import { assertMayWrite } from '../access';
import { visibleTo } from './access';
import { findContacts } from './contact-service';
import { CSV_LABELS, importLabels, mappingFromHeaders } from '../../../core/contacts/csv-labels';
import { phoneCountryOf } from './merge';

type Selection = MethodInput<'contacts.exportCsv'>;
type FileOut = MethodOutput<'contacts.exportCsv'>;

function selected(ctx: AppContext, selection: Selection): Contact[] {
  if (selection.ids) {
    const visible = visibleTo(ctx);
    return selection.ids
      .map((id) => ctx.contacts.contacts.get(id))
      .filter((c): c is Contact => c !== null && visible(c));
  }
  // The whole selection, however large the directory (the list screen shows only its first page).
  const items = findContacts(ctx, selection.query ?? {}).items;
  return items.map(({ displayName: _d, organisationDisplay: _o, ...contact }) => contact);
}

function names(ctx: AppContext) {
  const organisationNames = Object.fromEntries(
    ctx.contacts.contacts.find({ kind: 'organisation' }).map((o) => [o.id, displayName(o)]),
  );
  const listNames = Object.fromEntries(ctx.contacts.lists.find({}).map((l) => [l.id, l.name]));
  return { organisationNames, listNames };
}

const stamp = (ctx: AppContext) => ctx.clock().toISOString().slice(0, 10);

export function exportCsv(ctx: AppContext, selection: Selection): FileOut {
  const language = ctx.settings.get().office.language;
  const text = contactsToCsv(selected(ctx, selection), { labels: CSV_LABELS[language], ...names(ctx) });
  return { fileName: `kontakty-${stamp(ctx)}.csv`, mimeType: 'text/csv', base64: toBase64(text) };
}

export function exportVcard(ctx: AppContext, selection: Selection): FileOut {
  const text = contactsToVcard(selected(ctx, selection), { organisationNames: names(ctx).organisationNames });
  return { fileName: `kontakty-${stamp(ctx)}.vcf`, mimeType: 'text/vcard', base64: toBase64(text) };
}

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

interface ParsedRow {
  index: number;
  name: string;
  fields: ContactFields | null;
  problems: { path: string; message: string; value?: string }[];
}

function parseFile(
  ctx: AppContext,
  file: { fileName: string; base64: string; mapping?: RowMapping | undefined },
  preview = false,
) {
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  const text = Buffer.from(bytes).toString('utf8');
  const phoneCountry = phoneCountryOf(ctx);
  const isVcard = /\.vcf$/i.test(file.fileName) || /^\uFEFF?\s*BEGIN:VCARD/i.test(text);
  if (isVcard) {
    const cards = contactsFromVcard(text, { sourceText: file.fileName, phoneCountry });
    return {
      format: 'vcard' as const,
      columns: [] as string[],
      mapping: {} as Record<string, string>,
      rows: cards.map((c) => toParsed(phoneCountry, c.index, c.name, c.input, c.problems)),
    };
  }
  let grid;
  try {
    grid = readCsv(bytes);
  } catch (error) {
    if (error instanceof RecipientImportError)
      throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'unreadableFile' }]);
    throw error;
  }
  const [header, ...body] = grid.rows;
  if (!header) throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'emptyFile' }]);
  const mapping = file.mapping ?? mappingFromHeaders(header.cells);
  const unknown = Object.entries(mapping).filter(([, column]) => !header.cells.includes(column));
  if (unknown.length > 0)
    throw new AppError(
      'VALIDATION',
      {},
      unknown.map(([field]) => ({ path: `mapping.${field}`, message: 'invalidChoice' })),
    );
  // A preview still shows the columns so the person can say what they hold; an import needs some.
  if (Object.keys(mapping).length === 0 && !preview)
    throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'noKnownColumns' }]);
  const options = {
    labels: importLabels(ctx.settings.get().office.language),
    sourceText: file.fileName,
    phoneCountry,
  };
  const rows = body
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const values = Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? '']));
      const imported = contactFromRow(values, mapping, options);
      // Shown for a row that cannot become a contact; a valid row is named from its fields.
      const firstCell = r.cells.find((c) => c.trim() !== '') ?? '';
      return toParsed(phoneCountry, r.row, firstCell, imported.input, imported.problems);
    });
  return { format: 'csv' as const, columns: header.cells, mapping: mapping as Record<string, string>, rows };
}

/** A row as it will be created: phone numbers read in the office's country. */
function toParsed(
  country: PhoneCountry,
  index: number,
  name: string,
  input: unknown,
  problems: ParsedRow['problems'],
): ParsedRow {
  const parsed = input === null ? null : contactSchemas(country).create.safeParse(input);
  const fields = parsed?.success ? (parsed.data as ContactFields) : null;
  return { index, name: fields ? displayName(fields) : name, fields, problems };
}

/** For each row, an existing contact it looks like (same e-mail, phone, name or organisation name). */
function duplicatesAgainstDirectory(ctx: AppContext, rows: readonly ParsedRow[]) {
  const existing = ctx.contacts.contacts.find({}).filter(visibleTo(ctx));
  const candidates = rows.map((r, i) =>
    r.fields ? { ...r.fields, id: `\u0000row${i}`, erasedAt: null, createdAt: '', updatedAt: '' } : null,
  );
  const groups = findDuplicates([...existing, ...candidates.filter((c) => c !== null)], {
    phoneCountry: phoneCountryOf(ctx),
  });
  const byId = new Map(existing.map((c) => [c.id, c]));
  return rows.map((_, i) => {
    const id = `\u0000row${i}`;
    const group = groups.find((g) => g.ids.includes(id));
    const match = group?.ids.map((x) => byId.get(x)).find((c) => c !== undefined);
    return match ? { id: match.id, displayName: displayName(match) } : null;
  });
}

export function importPreview(
  ctx: AppContext,
  file: MethodInput<'contacts.importPreview'>,
): MethodOutput<'contacts.importPreview'> {
  const { format, rows, columns, mapping } = parseFile(ctx, file, true);
  const duplicates = duplicatesAgainstDirectory(ctx, rows);
  return {
    format,
    columns,
    mapping,
    rows: rows.map((r, i) => ({
      index: r.index,
      name: r.name,
      valid: r.fields !== null,
      problems: r.problems,
      duplicateOf: duplicates[i] ?? null,
    })),
  };
}

export function importContacts(
  ctx: AppContext,
  input: MethodInput<'contacts.import'>,
): MethodOutput<'contacts.import'> {
  assertMayWrite(ctx, 'contacts');
  const { rows } = parseFile(ctx, input);
  const duplicates = duplicatesAgainstDirectory(ctx, rows);
  const listId = input.listId;
  if (listId !== undefined && !ctx.contacts.lists.get(listId))
    throw new AppError('NOT_FOUND', { id: listId });
  const skip = input.skipDuplicates ?? true;
  let created = 0;
  let skippedDuplicates = 0;
  ctx.contacts.transaction(() => {
    rows.forEach((row, i) => {
      if (!row.fields) return;
      if (skip && duplicates[i]) {
        skippedDuplicates++;
        return;
      }
      const lists = listId ? [...new Set([...row.fields.lists, listId])] : row.fields.lists;
      ctx.contacts.contacts.insert({ ...row.fields, lists, erasedAt: null });
      created++;
    });
  });
  if (created > 0) ctx.emit({ type: 'data.changed', table: 'contacts' });
  return { created, skippedDuplicates, invalid: rows.filter((r) => !r.fields).length };
}
