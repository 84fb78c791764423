/** The register of outgoing correspondence: list and search, one entry, its stored document, .xlsx. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileOut, MethodInput, MethodOutput } from '../../../core/api/contract';
import { localDateOf } from '../../../core/deadlines';
import { AppError } from '../../../core/errors';
import { LetterListQuerySchema, type Letter } from '../../../core/letters/schema';
import { lettersToXlsx } from '../../export/letters-xlsx';
import type { AppContext } from '../context';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function listLetters(
  ctx: AppContext,
  input: MethodInput<'letters.list'>,
): MethodOutput<'letters.list'> {
  return ctx.letters.list(LetterListQuerySchema.parse(input));
}

export function requireLetter(ctx: AppContext, id: string): Letter {
  const letter = ctx.letters.letters.get(id);
  if (!letter) throw new AppError('NOT_FOUND', { id });
  return letter;
}

/** The document exactly as it was produced (its sha256 is in the register), fetched if need be. */
export async function letterFile(ctx: AppContext, id: string): Promise<FileOut> {
  const letter = requireLetter(ctx, id);
  const path = letter.fileSha256 ? await ctx.sync.fileBySha(letter.fileSha256).catch(() => null) : null;
  if (!path) throw new AppError('NOT_ALLOWED', { reason: 'letterFileMissing' });
  return { fileName: letter.fileName, mimeType: DOCX, base64: (await readFile(path)).toString('base64') };
}

/** A copy in `<dataDir>/opened/` (the kept original stays untouched), opened in Word or the like. */
export async function openLetter(ctx: AppContext, id: string): Promise<{ opened: boolean }> {
  const letter = requireLetter(ctx, id);
  const file = await letterFile(ctx, id);
  const dir = join(ctx.dataDir, 'opened');
  await mkdir(dir, { recursive: true });
  const path = join(dir, basename(letter.fileName) || `${letter.id}.docx`);
  await writeFile(path, Buffer.from(file.base64, 'base64'));
  try {
    await ctx.openPath(path);
  } catch {
    throw new AppError('NOT_ALLOWED', { reason: 'cannotOpen' });
  }
  return { opened: true };
}

export async function exportLetters(
  ctx: AppContext,
  input: MethodInput<'letters.exportXlsx'>,
): Promise<FileOut> {
  const query = { ...LetterListQuerySchema.parse(input), limit: 500, offset: 0 };
  const all: Letter[] = [];
  for (let page = ctx.letters.list(query); page.items.length; page = ctx.letters.list(query)) {
    all.push(...page.items);
    query.offset += page.items.length;
  }
  const office = ctx.settings.get().office;
  const day = localDateOf(ctx.clock().toISOString(), office.timeZone);
  const buffer = await lettersToXlsx(all, office.language);
  return { fileName: `letters-${day}.xlsx`, mimeType: XLSX, base64: buffer.toString('base64') };
}
