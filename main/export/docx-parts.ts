/**
 * Building blocks shared by the answer letter and the refusal decision: letterhead, place/date line,
 * reference, recipient block, body paragraphs, signature, and the final packing into a .docx Buffer.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { exportText } from '../../core/i18n/export-texts';
import type { Inquiry } from '../../core/inquiries/schema';
import type { Language, OfficeSettings } from '../../core/settings/schema';
import { formatLongDateOf, paragraphsOf } from './format';

export interface LetterContext {
  office: OfficeSettings;
  language: Language;
  /** ISO instant: the date printed on the document when it has no date of its own. */
  now: string;
}

const PROOFING: Record<Language, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };
const FONT = 'Times New Roman';
/** Half-points: 12 pt. */
const SIZE = 24;
const AFTER = 160;

export interface BlockOptions {
  bold?: boolean;
  align?: 'left' | 'right' | 'center' | 'justify';
  after?: number;
  before?: number;
  indentLeft?: number;
  size?: number;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** One paragraph; `lines` are joined with line breaks inside it. */
export function para(lines: string | string[], options: BlockOptions = {}): Paragraph {
  const list = typeof lines === 'string' ? [lines] : lines;
  const children: ParagraphChild[] = list.map(
    (line, i) =>
      new TextRun({ text: line, bold: options.bold, size: options.size, break: i > 0 ? 1 : undefined }),
  );
  return new Paragraph({
    children,
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { after: options.after ?? AFTER, before: options.before },
    indent: options.indentLeft ? { left: options.indentLeft } : undefined,
  });
}

/** "Label: value" with a bold label. */
export function labelled(label: string, value: string, options: BlockOptions = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: label, bold: true }), new TextRun({ text: ` ${value}` })],
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { after: options.after ?? AFTER, before: options.before },
  });
}

/** User text split on blank lines into justified paragraphs. */
export function userText(text: string): Paragraph[] {
  return paragraphsOf(text).map((lines) => para(lines, { align: 'justify' }));
}

export function letterhead(office: OfficeSettings): Paragraph[] {
  const address = office.address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return [
    para(office.officeName, { bold: true, after: 0, size: 28 }),
    para([office.cityName, ...address], { after: 360 }),
  ];
}

/** "Łódź, 23 listopada 2026 r." on the right; the date is the given instant's local day (default: now). */
export function placeAndDate(ctx: LetterContext, instant?: string | null): Paragraph {
  const date = formatLongDateOf(instant ?? ctx.now, ctx.office.timeZone, ctx.language);
  return para(exportText(ctx.language, 'letter.placeDate', { city: ctx.office.cityName, date }), {
    align: 'right',
  });
}

export function reference(inquiry: Inquiry, lang: Language): Paragraph {
  return para(exportText(lang, 'letter.ref', { regNo: inquiry.regNo }), { after: 240 });
}

/** Journalist, outlet and contact, indented to the right half of the page. */
export function recipient(inquiry: Inquiry): Paragraph {
  const lines = [inquiry.journalistName, inquiry.outletName, ...inquiry.contact.split(/\r?\n/)]
    .map((l) => l.trim())
    .filter(Boolean);
  return para(lines, { indentLeft: 4800, after: 360, bold: false });
}

export function subjectLine(inquiry: Inquiry, lang: Language): Paragraph {
  return labelled(exportText(lang, 'letter.reLabel'), inquiry.subject, { after: 240 });
}

/** The received date in words, in the office zone. */
export function receivedDate(inquiry: Inquiry, ctx: LetterContext): string {
  return formatLongDateOf(inquiry.receivedAt, ctx.office.timeZone, ctx.language);
}

/** Signature block on the right: optional closing, a gap for the signature, name and function. */
export function signature(office: OfficeSettings, closing?: string): Paragraph[] {
  const lines = [office.signatoryName, office.signatoryFunction].map((l) => l.trim()).filter(Boolean);
  return [
    ...(closing ? [para(closing, { indentLeft: 4800, before: 240, after: 600 })] : []),
    para(lines.length ? lines : ['……………………………'], { indentLeft: 4800, before: closing ? 0 : 600 }),
  ];
}

export async function packDocx(title: string, lang: Language, children: Paragraph[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'PressDesk',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, language: { value: PROOFING[lang] } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
