/**
 * Documents made by the inquiry generators (answer letter, refusal decision) go into the register of
 * outgoing correspondence too: once per inquiry and kind, the first time the document is produced or
 * the inquiry is answered/refused. Registering never blocks the inquiry itself: if no number can be
 * had (offline, block used up) the next export registers it.
 */
import type { Inquiry } from '../../../core/inquiries/schema';
import type { LetterKind } from '../../../core/letters/schema';
import { formatRegNumber } from '../../../core/settings/schema';
import { localDateOf } from '../../../core/deadlines';
import type { AppContext } from '../context';
import { prepareNumber, takeNumber } from '../numbering';

export async function registerInquiryLetter(
  ctx: AppContext,
  inquiry: Inquiry,
  kind: Extract<LetterKind, 'inquiry_answer' | 'refusal_decision'>,
  document: { fileName: string; bytes: Uint8Array },
): Promise<void> {
  if (ctx.letters.letters.find({ kind, batchId: inquiry.id }).length > 0) return;
  const office = ctx.settings.get().office;
  const sentAt =
    (kind === 'inquiry_answer' ? inquiry.answerSentAt : inquiry.refusedAt) ?? ctx.clock().toISOString();
  const date = localDateOf(sentAt, office.timeZone);
  const year = Number(date.slice(0, 4));
  const series = office.letterNumberPattern;
  try {
    await prepareNumber(ctx, series, year);
  } catch {
    return;
  }
  const stored = ctx.sync.storeFile(document.bytes);
  ctx.letters.transaction(() => {
    if (ctx.letters.letters.find({ kind, batchId: inquiry.id }).length > 0) return;
    const seq = takeNumber(ctx, series, year);
    ctx.letters.letters.insert({
      regNo: formatRegNumber(series, seq, year),
      regYear: year,
      regSeq: seq,
      date,
      kind,
      language: office.language,
      subject: `${inquiry.regNo}: ${inquiry.subject}`,
      recipientName: `${inquiry.journalistName}, ${inquiry.outletName}`,
      recipientAddress: inquiry.contact,
      salutation: '',
      templateId: null,
      templateName: kind,
      signatoryName: office.signatoryName,
      signatoryFunction: office.signatoryFunction,
      fileName: document.fileName,
      fileSha256: stored.sha256,
      // The inquiry the document answers: one entry per inquiry and kind.
      batchId: inquiry.id,
      contactId: inquiry.contactId ?? null,
    });
  });
  ctx.emit({ type: 'data.changed', table: 'letters' });
}
