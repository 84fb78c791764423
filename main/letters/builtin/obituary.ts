// The obituary notice for the press: centred text in a single-cell table with a thick black frame,
// signed by the mayor. No letterhead, number or recipient: it is printed as it is.
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import { crest, paragraph, renderBlocks, section, signatureBlock } from './blocks';
import { p, type ObituaryText } from './model';
import { A4, LETTER_MARGINS } from './pack';

/** 6 pt black: the mourning frame. */
export const MOURNING: IBorderOptions = { style: BorderStyle.SINGLE, size: 48, color: '000000' };
const TEXT_WIDTH = A4.width - LETTER_MARGINS.left - LETTER_MARGINS.right;
const PADDING = 567; // 1 cm inside the frame

function content(text: ObituaryText): Paragraph[] {
  const centred = (runs: string, options: Parameters<typeof p>[1]) =>
    paragraph(p(runs, { align: 'center', ...options }));
  return [
    ...crest('center'),
    centred(text.opening, { italic: true, size: 14, before: 240, after: 240 }),
    ...(text.beforeName ? [centred(text.beforeName, { size: 14, after: 60 })] : []),
    centred('{deceased}', { bold: true, size: 24, after: 120 }),
    centred('{role}', { italic: true, size: 14, after: 120 }),
    centred(text.died, { after: 360 }),
    ...renderBlocks(text.body, { align: 'center', after: 200 }),
    ...section('funeral', [centred('{funeral}', { italic: true, size: 11, before: 120 })]),
    ...signatureBlock(undefined, 0, 120),
    new Paragraph({ children: [], spacing: { after: 240 } }),
  ];
}

export function obituarySection(text: ObituaryText): ISectionOptions {
  return {
    properties: { page: { size: A4, margin: { ...LETTER_MARGINS, top: 1701 } } },
    children: [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [TEXT_WIDTH],
        borders: {
          top: MOURNING,
          bottom: MOURNING,
          left: MOURNING,
          right: MOURNING,
          insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                children: content(text),
                width: { size: TEXT_WIDTH, type: WidthType.DXA },
                margins: { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING },
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ children: [] }),
    ],
  };
}
