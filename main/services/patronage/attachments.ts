/**
 * Files of an application (the application itself, the programme) and of its report (photos), kept
 * by content in the data folder and synced as blobs; the record holds their sha256.
 */
import { readFile } from 'node:fs/promises';
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { PatronageView } from '../../../core/api/contract-patronage';
import { AppError } from '../../../core/errors';
import type { AppContext } from '../context';
import { assertMayWrite } from '../access';
import { fileNames, requireApplication, viewOne } from './view';

export function attachFile(ctx: AppContext, input: MethodInput<'patronage.attach'>): PatronageView {
  assertMayWrite(ctx, 'patronage_applications');
  const bytes = new Uint8Array(Buffer.from(input.file.base64, 'base64'));
  if (bytes.length === 0) throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'emptyFile' }]);
  const stored = ctx.sync.storeFile(bytes);
  const updated = ctx.patronage.transaction(() => {
    const app = requireApplication(ctx, input.id);
    if (app.status === 'refused' || app.status === 'withdrawn')
      throw new AppError('NOT_ALLOWED', { reason: 'patronageClosed' });
    // The name it came with, for the list and the download; the record itself keeps the content's hash.
    ctx.patronage.files.insert({
      applicationId: app.id,
      sha256: stored.sha256,
      name: input.file.fileName,
      mimeType: kindOf(Buffer.from(bytes.subarray(0, 8))).mime,
    });
    if (input.target === 'report') {
      if (app.status !== 'granted') throw new AppError('NOT_ALLOWED', { reason: 'patronageNotGranted' });
      const list = [...new Set([...app.reportAttachments, stored.sha256])];
      return ctx.patronage.records.update(app.id, { reportAttachments: list });
    }
    return ctx.patronage.records.update(app.id, {
      attachments: [...new Set([...app.attachments, stored.sha256])],
    });
  });
  ctx.emit({ type: 'data.changed', table: 'patronage_applications' });
  return viewOne(ctx, updated);
}

/** What the file is, from its first bytes (the record keeps only the content's hash). */
function kindOf(bytes: Buffer): { ext: string; mime: string } {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return { ext: 'jpg', mime: 'image/jpeg' };
  if (bytes.subarray(0, 4).toString('latin1') === '\x89PNG') return { ext: 'png', mime: 'image/png' };
  if (bytes.subarray(0, 4).toString('latin1') === '%PDF') return { ext: 'pdf', mime: 'application/pdf' };
  if (bytes.subarray(0, 2).toString('latin1') === 'PK')
    return { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  return { ext: 'bin', mime: 'application/octet-stream' };
}

export async function attachmentFile(
  ctx: AppContext,
  input: MethodInput<'patronage.attachment'>,
): Promise<MethodOutput<'patronage.attachment'>> {
  const app = requireApplication(ctx, input.id);
  if (![...app.attachments, ...app.reportAttachments].includes(input.sha256))
    throw new AppError('NOT_FOUND', { id: input.sha256 });
  const path = await ctx.sync.fileBySha(input.sha256).catch(() => null);
  if (!path) throw new AppError('NOT_ALLOWED', { reason: 'attachmentMissing' });
  const bytes = await readFile(path);
  const { ext, mime } = kindOf(bytes);
  return {
    fileName: fileNames(ctx, app.id)[input.sha256] ?? `zalacznik-${input.sha256.slice(0, 8)}.${ext}`,
    mimeType: mime,
    base64: bytes.toString('base64'),
  };
}
