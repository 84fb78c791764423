// The portrait letter: letterhead, place and date, reference, recipient, optional heading and subject,
// salutation, the kind's text, closing and signature.
import type { ISectionOptions } from 'docx';
import {
  letterhead,
  placeAndDate,
  recipientBlock,
  reference,
  renderBlocks,
  salutation,
  signatureBlock,
  subjectLine,
} from './blocks';
import type { LanguagePack, LetterText } from './model';
import { A4, LETTER_MARGINS } from './pack';

export function letterSection(pack: LanguagePack, text: LetterText): ISectionOptions {
  return {
    properties: { page: { size: A4, margin: LETTER_MARGINS } },
    children: [
      ...letterhead(A4.width - LETTER_MARGINS.left - LETTER_MARGINS.right),
      placeAndDate(),
      ...reference(pack),
      ...recipientBlock(),
      ...renderBlocks(text.heading ?? [], { align: 'center', after: 60 }),
      ...(text.subjectLine ? subjectLine(pack) : []),
      salutation(pack),
      ...renderBlocks(text.body),
      ...signatureBlock(pack.closing),
    ],
  };
}
