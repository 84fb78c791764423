// Layout blocks of the built-in templates, in the look of main/export/docx-parts.ts (Times New Roman
// 12 pt, letterhead on the left, place and date on the right, signature in the right half).
//
// Every tag is written as a run of its own (`new TextRun('{names}')`), so the engine always sees it
// whole. Paragraph-level sections and loops put their opening and closing tags in paragraphs of their
// own, which the engine drops when rendering (docxtemplater's paragraph loops).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import {
  isSection,
  p,
  type Align,
  type Block,
  type LanguagePack,
  type ParaSpec,
  type Run,
  type RunSpec,
} from './model';

export const FONT = 'Times New Roman';
/** Twips: left indent of the recipient and signature blocks (right half of the page). */
export const RIGHT_HALF = 4800;
const AFTER = 160;

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Splits text so that each `{tag}` is a segment of its own. */
export function splitTags(text: string): string[] {
  return text.split(/(\{[^{}]*\})/).filter((s) => s !== '');
}

/** One run per tag and per text between tags; a tab character becomes a Word tab. */
function runsOf(run: Run, defaults: Omit<RunSpec, 'text'>): TextRun[] {
  const spec: RunSpec = typeof run === 'string' ? { text: run } : run;
  const bold = spec.bold ?? defaults.bold;
  const italics = spec.italic ?? defaults.italic;
  const sizePt = spec.size ?? defaults.size;
  const size = sizePt ? sizePt * 2 : undefined;
  return splitTags(spec.text).map((segment) => {
    if (!segment.includes('\t')) return new TextRun({ text: segment, bold, italics, size });
    const children: (string | Tab)[] = [];
    segment.split('\t').forEach((part, i) => {
      if (i > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    return new TextRun({ children, bold, italics, size });
  });
}

export interface ParaDefaults {
  align?: Align;
  after?: number;
  size?: number;
  indentLeft?: number;
}

export function paragraph(spec: ParaSpec, defaults: ParaDefaults = {}): Paragraph {
  const children: ParagraphChild[] = spec.runs.flatMap((run) =>
    runsOf(run, { bold: spec.bold, italic: spec.italic, size: spec.size ?? defaults.size }),
  );
  const left = spec.indentLeft ?? defaults.indentLeft;
  return new Paragraph({
    children,
    alignment: ALIGN[spec.align ?? defaults.align ?? 'justify'],
    spacing: { before: spec.before, after: spec.after ?? defaults.after ?? AFTER },
    indent: left || spec.hanging ? { left, hanging: spec.hanging } : undefined,
    keepNext: spec.keepNext,
    keepLines: true,
  });
}

/** A paragraph holding only one tag (a section or loop boundary, an image). */
export function tagParagraph(tag: string, align: Align = 'left', indentLeft?: number): Paragraph {
  return new Paragraph({
    children: [new TextRun(tag)],
    alignment: ALIGN[align],
    spacing: { after: 0 },
    indent: indentLeft ? { left: indentLeft } : undefined,
  });
}

/** `{?flag}` (or `{^flag}`) … `{/flag}` around whole paragraphs. */
export function section<T extends FileChild = Paragraph>(
  flag: string,
  children: T[],
  show: 'truthy' | 'falsy' = 'truthy',
): (T | Paragraph)[] {
  return [tagParagraph(`{${show === 'truthy' ? '?' : '^'}${flag}}`), ...children, tagParagraph(`{/${flag}}`)];
}

export function renderBlocks(blocks: Block[], defaults: ParaDefaults = {}): Paragraph[] {
  return blocks.flatMap((block) => {
    if (typeof block === 'string') return [paragraph({ runs: [block] }, defaults)];
    if (isSection(block)) return section(block.flag, renderBlocks(block.blocks, defaults), block.show);
    return [paragraph(block, defaults)];
  });
}

/** The crest alone in its paragraph, shown only when there is one. */
export function crest(align: Align): Paragraph[] {
  return section('hasCrest', [tagParagraph('{%crest}', align)]);
}

function officeLines(): Paragraph[] {
  return [
    paragraph(p('{letterhead.office}', { bold: true, size: 14, after: 0 }), { align: 'left' }),
    paragraph(p('{letterhead.city}', { after: 0 }), { align: 'left' }),
    paragraph(p('{letterhead.address}', { after: 0 }), { align: 'left' }),
  ];
}

/** Twips: the crest's column (the letter service sizes the crest 2.5 cm wide). */
const CREST_COLUMN = 1814;

/** Crest on the left, office, city and address beside it. */
function crestAndOffice(width: number): Table {
  const cell = (children: Paragraph[], size: number) =>
    new TableCell({
      children,
      width: { size, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [CREST_COLUMN, width - CREST_COLUMN],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [cell([tagParagraph('{%crest}')], CREST_COLUMN), cell(officeLines(), width - CREST_COLUMN)],
      }),
    ],
  });
}

/**
 * The letterhead, left out on pre-printed stationery: with a crest, the crest beside the office's
 * name and address; without, the name and address alone. A rule under it.
 */
export function letterhead(textWidth: number): FileChild[] {
  return section<FileChild>('letterhead.show', [
    ...section<FileChild>('hasCrest', [crestAndOffice(textWidth)]),
    ...section('hasCrest', officeLines(), 'falsy'),
    new Paragraph({
      children: [],
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
    }),
  ]);
}

export function placeAndDate(): Paragraph {
  return paragraph(p('{place}, {date}', { align: 'right', after: 120 }));
}

/** "Znak: {regNo}", left out when the letter has no number yet (a preview). */
export function reference(pack: LanguagePack): Paragraph[] {
  return section('regNo', [paragraph(p(pack.reference, { align: 'left', after: 240 }))]);
}

/** Name, organisation and one paragraph per address line, in the right half. */
export function recipientBlock(): Paragraph[] {
  const line = (text: string, bold?: boolean) =>
    paragraph(p(text, { bold, align: 'left', after: 0, indentLeft: RIGHT_HALF }));
  return [
    line('{recipient.name}', true),
    ...section('recipient.organisation', [line('{recipient.organisation}')]),
    tagParagraph('{#recipient.addressLines}', 'left', RIGHT_HALF),
    line('{line}'),
    tagParagraph('{/recipient.addressLines}', 'left', RIGHT_HALF),
    new Paragraph({ children: [], spacing: { after: 0 } }),
  ];
}

export function subjectLine(pack: LanguagePack): Paragraph[] {
  return section('subject', [
    paragraph({
      runs: [{ text: `${pack.subjectLabel} `, bold: true }, '{subject}'],
      align: 'left',
      after: 240,
    }),
  ]);
}

export function salutation(pack: LanguagePack): Paragraph {
  return paragraph(p(`{salutation}${pack.salutationEnd}`, { align: 'left', before: 120, after: 240 }));
}

/** Closing, function, room for the signature, name: centred in the right half. */
export function signatureBlock(closing?: string, indentLeft = RIGHT_HALF, gap = 720): Paragraph[] {
  const line = (text: string, options: Omit<ParaSpec, 'runs'>) =>
    paragraph(p(text, { align: 'center', indentLeft, ...options }));
  return [
    ...(closing ? [line(closing, { before: 240, after: 240, keepNext: true })] : []),
    line('{signatory.function}', { before: closing ? 0 : 480, after: 0, keepNext: true }),
    line('{signatory.name}', { before: gap, after: 0, bold: true }),
  ];
}
