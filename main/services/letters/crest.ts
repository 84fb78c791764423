/** The city's crest: kept by content like other files, referenced from the office settings. */
import { readFile } from 'node:fs/promises';
import type { MethodInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type { AppContext } from '../context';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const MAX_BYTES = 2 * 1024 * 1024;

function imageExtension(bytes: Uint8Array): '.png' | '.jpg' | null {
  if (PNG.every((b, i) => bytes[i] === b)) return '.png';
  if (JPEG.every((b, i) => bytes[i] === b)) return '.jpg';
  return null;
}

export function setCrest(ctx: AppContext, input: MethodInput<'letters.setCrest'>): { crest: boolean } {
  const settings = ctx.settings.get();
  if (!input.file) {
    ctx.settings.set({ ...settings, office: { ...settings.office, crest: null } });
    ctx.emit({ type: 'data.changed', table: 'settings' });
    return { crest: false };
  }
  const bytes = new Uint8Array(Buffer.from(input.file.base64, 'base64'));
  const extension = imageExtension(bytes);
  if (!extension || bytes.byteLength > MAX_BYTES) {
    throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'invalidImage' }]);
  }
  const stored = ctx.sync.storeFile(bytes);
  ctx.settings.set({
    ...settings,
    office: { ...settings.office, crest: { sha256: stored.sha256, extension } },
  });
  ctx.emit({ type: 'data.changed', table: 'settings' });
  return { crest: true };
}

/** The crest's bytes for a document, or null (none set, or its file is not on this workstation). */
export async function crestImage(
  ctx: AppContext,
): Promise<{ data: Uint8Array; extension: '.png' | '.jpg' } | null> {
  const crest = ctx.settings.get().office.crest;
  if (!crest) return null;
  const path = await ctx.sync.fileBySha(crest.sha256).catch(() => null);
  return path ? { data: new Uint8Array(await readFile(path)), extension: crest.extension } : null;
}
