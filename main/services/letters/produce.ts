/**
 * Producing letters: one or a batch from a template. Documents are rendered first (preview: just a few,
 * nothing registered), then numbered from the register's series and registered in one transaction,
 * then the numbers are written into the documents, which are kept by content (their sha256 is in the
 * register) and returned as one combined document or a .zip of one file per recipient.
 */
import JSZip from 'jszip';
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import type { Letter } from '../../../core/letters/schema';
import { formatRegNumber } from '../../../core/settings/schema';
import { combineDocuments, inspectTemplate, renderMany } from '../../letters/engine';
import { docxToPdf, findSoffice } from '../../letters/pdf/soffice';
import { renderInWorker } from '../../letters/worker/render-in-worker';
import type { AppContext } from '../context';
import { prepareNumber, takeNumber } from '../numbering';
import { crestImage } from './crest';
import { startJob } from './jobs';
import { letterData } from './merge-data';
import { numberMarker, writeNumber } from './numbers-in-documents';
import { findTemplate, templateBytes, templateError } from './templates';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';
const ZIP = 'application/zip';
const PREVIEW_COUNT = 3;
/** Above this many documents the batch goes to a worker thread (starting one costs a little). */
const WORKER_THRESHOLD = 20;
const safe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);

type Output = MethodOutput<'letters.produce'>;

export async function produceLetters(
  ctx: AppContext,
  input: MethodInput<'letters.produce'>,
): Promise<Output> {
  return (await produceWithEntries(ctx, input)).output;
}

/** As produceLetters, also giving the register entries made (other modules link to them). */
export async function produceWithEntries(
  ctx: AppContext,
  input: MethodInput<'letters.produce'>,
): Promise<{ output: Output; entries: Letter[] }> {
  const request = { ...input, format: input.format ?? 'docx', output: input.output ?? 'combined' };
  const template = findTemplate(ctx, request.templateId);
  const bytes = await templateBytes(ctx, template);
  const inspection = inspectTemplate(bytes);
  if (!inspection.ok) throw templateError(inspection);
  if (request.format === 'pdf' && !(await findSoffice()))
    throw new AppError('NOT_ALLOWED', { reason: 'noLibreOffice' });

  const office = ctx.settings.get().office;
  const preview = request.preview ?? false;
  const recipients = preview ? request.recipients.slice(0, PREVIEW_COUNT) : request.recipients;
  const series = office.letterNumberPattern;
  const year = Number(request.date.slice(0, 4));
  if (!preview) await prepareNumber(ctx, series, year, recipients.length);

  const base = {
    office,
    language: template.language,
    date: request.date,
    subject: request.subject ?? '',
    common: request.common ?? {},
    crest: await crestImage(ctx),
  };
  const job = startJob(ctx, request.jobId);
  let docs: Uint8Array[];
  try {
    const records = recipients.map((r, i) =>
      letterData(
        base,
        { address: '', salutation: '', fields: {}, ...r },
        preview ? '…' : numberMarker(i),
        template.mapping,
      ),
    );
    const progress = (done: number) => job.progress(done, records.length);
    // A big batch renders in a worker thread so the services stay responsive (other calls, Cancel).
    docs =
      records.length > WORKER_THRESHOLD
        ? await renderInWorker(bytes, records, progress, job.signal)
        : await renderMany(bytes, records, progress, job.signal);
  } catch (error) {
    job.finish();
    if (job.signal.aborted)
      return {
        output: {
          file: { fileName: '', mimeType: DOCX, base64: '' },
          registered: 0,
          batchId: null,
          cancelled: true,
        },
        entries: [],
      };
    throw error;
  }
  job.finish();
  if (preview) {
    const file = await combineDocuments(docs);
    return {
      output: { file: toFile('preview.docx', DOCX, file), registered: 0, batchId: null, cancelled: false },
      entries: [],
    };
  }

  // Numbers and register entries together: a number is used exactly when its entry exists.
  const batchId = recipients.length > 1 ? request.jobId : null;
  const entries = ctx.letters.transaction(() =>
    recipients.map((r) => {
      const seq = takeNumber(ctx, series, year);
      return ctx.letters.letters.insert({
        regNo: formatRegNumber(series, seq, year),
        regYear: year,
        regSeq: seq,
        date: request.date,
        kind: request.kind,
        language: template.language,
        subject: request.subject ?? '',
        recipientName: r.name,
        recipientAddress: r.address ?? '',
        salutation: r.salutation ?? '',
        templateId: template.id,
        templateName: template.name,
        signatoryName: office.signatoryName,
        signatoryFunction: office.signatoryFunction,
        fileName: '',
        fileSha256: '',
        batchId,
        contactId: r.contactId ?? null,
      });
    }),
  );
  const numbered = await Promise.all(
    docs.map((doc, i) => writeNumber(doc, i, entries[i]!.regNo, office.stationery)),
  );
  const files = numbered.map((doc, i) => ({
    name: `${safe(entries[i]!.regNo)}-${safe(entries[i]!.recipientName)}.docx`,
    stored: ctx.sync.storeFile(doc),
    doc,
  }));
  ctx.letters.transaction(() =>
    files.forEach((f, i) =>
      ctx.letters.letters.update(entries[i]!.id, { fileName: f.name, fileSha256: f.stored.sha256 }),
    ),
  );
  ctx.emit({ type: 'data.changed', table: 'letters' });

  const first = entries[0]!;
  const stem =
    entries.length === 1 ? safe(first.regNo) : `${safe(template.name)}-${request.date}-${entries.length}`;
  let file: MethodOutput<'letters.produce'>['file'];
  if (request.output === 'separate' && files.length > 1) {
    const zip = new JSZip();
    for (const f of files) {
      if (request.format === 'pdf') zip.file(f.name.replace(/\.docx$/, '.pdf'), await docxToPdf(f.doc));
      else zip.file(f.name, f.doc);
    }
    file = toFile(
      `${stem}.zip`,
      ZIP,
      await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    );
  } else {
    const combined = files.length === 1 ? files[0]!.doc : await combineDocuments(numbered);
    file =
      request.format === 'pdf'
        ? toFile(`${stem}.pdf`, PDF, await docxToPdf(combined))
        : toFile(`${stem}.docx`, DOCX, combined);
  }
  return { output: { file, registered: entries.length, batchId, cancelled: false }, entries };
}

function toFile(fileName: string, mimeType: string, bytes: Uint8Array) {
  return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}
