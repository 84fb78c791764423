/**
 * Templates the letters are produced from: the built-in ones (generated, in PL/UK and an EN sample)
 * and the office's own Word templates (stored by content, synced as files, with a placeholder mapping).
 */
import { readFile } from 'node:fs/promises';
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type { LetterTemplate } from '../../../core/letters/schema';
import { BUILTIN_TEMPLATES, builtinTemplateDocx } from '../../letters/builtin';
import { inspectTemplate, type TemplateInspection } from '../../letters/engine';
import type { AppContext } from '../context';

const EPOCH = '2026-01-01T00:00:00.000Z';

export function builtinTemplates(): LetterTemplate[] {
  return BUILTIN_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    language: t.language,
    builtin: true,
    placeholders: [...t.fields],
    loops: [],
    conditions: [],
    images: [],
    mapping: {},
    fileSha256: '',
    createdAt: EPOCH,
    updatedAt: EPOCH,
  }));
}

export function listTemplates(ctx: AppContext): LetterTemplate[] {
  return [...builtinTemplates(), ...ctx.letters.templates.find({}, [{ field: 'name', nocase: true }])];
}

export function findTemplate(ctx: AppContext, id: string): LetterTemplate {
  const template = builtinTemplates().find((t) => t.id === id) ?? ctx.letters.templates.get(id);
  if (!template) throw new AppError('NOT_FOUND', { id });
  return template;
}

/** The template's .docx: generated for a built-in one; the stored file (fetched if need be) otherwise. */
export async function templateBytes(ctx: AppContext, template: LetterTemplate): Promise<Uint8Array> {
  if (template.builtin) return builtinTemplateDocx(template.id);
  const path = await ctx.sync.fileBySha(template.fileSha256).catch(() => null);
  if (!path) throw new AppError('NOT_ALLOWED', { reason: 'templateFileMissing' });
  return new Uint8Array(await readFile(path));
}

function decode(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** A template's problems as a translatable error: one issue per malformed tag, with where it is. */
export function templateError(inspection: TemplateInspection): AppError {
  return new AppError(
    'TEMPLATE',
    {},
    inspection.issues.map((issue) => ({ path: issue.tag ?? issue.context ?? '', message: issue.code })),
  );
}

export function inspectUpload(
  input: MethodInput<'letters.inspectTemplate'>,
): MethodOutput<'letters.inspectTemplate'> {
  const { ok, placeholders, loops, conditions, images, issues } = inspectTemplate(decode(input.base64));
  return {
    ok,
    placeholders,
    loops,
    conditions,
    images,
    issues: issues.map((i) => ({ code: i.code, tag: i.tag, context: i.context })),
  };
}

/** Stores a Word template the office authored, only when it has no malformed tags. */
export function importTemplate(
  ctx: AppContext,
  input: MethodInput<'letters.importTemplate'>,
): LetterTemplate {
  const bytes = decode(input.base64);
  const inspection = inspectTemplate(bytes);
  if (!inspection.ok) throw templateError(inspection);
  const stored = ctx.sync.storeFile(bytes);
  const created = ctx.letters.transaction(() =>
    ctx.letters.templates.insert({
      name: input.name,
      kind: input.kind,
      language: input.language,
      builtin: false,
      placeholders: inspection.placeholders,
      loops: inspection.loops,
      conditions: inspection.conditions,
      images: inspection.images,
      mapping: input.mapping ?? {},
      fileSha256: stored.sha256,
    }),
  );
  ctx.emit({ type: 'data.changed', table: 'letter_templates' });
  return created;
}

export function updateTemplate(
  ctx: AppContext,
  input: MethodInput<'letters.updateTemplate'>,
): LetterTemplate {
  const template = findTemplate(ctx, input.id);
  if (template.builtin) throw new AppError('NOT_ALLOWED', { reason: 'builtinTemplate' });
  const updated = ctx.letters.transaction(() =>
    ctx.letters.templates.update(template.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.mapping !== undefined ? { mapping: input.mapping } : {}),
    }),
  );
  ctx.emit({ type: 'data.changed', table: 'letter_templates' });
  return updated;
}

export function removeTemplate(ctx: AppContext, id: string): { removed: boolean } {
  const template = findTemplate(ctx, id);
  if (template.builtin) throw new AppError('NOT_ALLOWED', { reason: 'builtinTemplate' });
  ctx.letters.transaction(() => ctx.letters.templates.tombstone(template.id));
  ctx.emit({ type: 'data.changed', table: 'letter_templates' });
  return { removed: true };
}
