/**
 * The answer letter to a journalist, in the office's language: letterhead, place and date, reference,
 * recipient, subject, salutation, a sentence with the received date and the legal basis, the answer text,
 * and the signature block.
 */
import { exportText } from '../../core/i18n/export-texts';
import type { Inquiry } from '../../core/inquiries/schema';
import {
  letterhead,
  packDocx,
  para,
  placeAndDate,
  receivedDate,
  recipient,
  reference,
  signature,
  subjectLine,
  userText,
  type LetterContext,
} from './docx-parts';
import { citationText } from './format';

export async function answerLetterDocx(inquiry: Inquiry, ctx: LetterContext): Promise<Buffer> {
  const lang = ctx.language;
  const answer = inquiry.answerText?.trim() ? userText(inquiry.answerText) : [];

  const children = [
    ...letterhead(ctx.office),
    // A sent answer carries the date it was sent; a draft carries today's date.
    placeAndDate(ctx, inquiry.answerSentAt),
    reference(inquiry, lang),
    recipient(inquiry),
    subjectLine(inquiry, lang),
    para(exportText(lang, 'letter.salutation', { journalist: inquiry.journalistName })),
    para(
      exportText(lang, 'letter.intro', {
        receivedDate: receivedDate(inquiry, ctx),
        citation: citationText(inquiry.ruleId, lang),
      }),
      { align: 'justify' },
    ),
    ...(answer.length ? answer : [para(exportText(lang, 'letter.noAnswerText'))]),
    ...signature(ctx.office, exportText(lang, 'letter.regards')),
  ];

  return packDocx(
    `${exportText(lang, 'letter.ref', { regNo: inquiry.regNo })} – ${inquiry.subject}`,
    lang,
    children,
  );
}
