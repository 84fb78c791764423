// The diploma: one A4 landscape page in a decorative border, crest at the top, a big title, the names
// of the one recipient, what it is for, and at the bottom place and date (left) and signature (right).
import {
  BorderStyle,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  VerticalAlignSection,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import { crest, paragraph, section, signatureBlock } from './blocks';
import { p, type DiplomaText } from './model';
import { A4 } from './pack';

/** Dark gold, thin–thick–thin: prints well on white or cream paper. */
const FRAME: IBorderOptions = {
  style: BorderStyle.THIN_THICK_THIN_MEDIUM_GAP,
  size: 36,
  color: '7F6000',
  space: 24,
};
const MARGIN = 1247; // 2.2 cm: the text keeps clear of the frame
/** Landscape A4 width minus margins, in twips. */
const TEXT_WIDTH = A4.height - 2 * MARGIN;

function bottomRow(): Table {
  const half = Math.floor(TEXT_WIDTH / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({
      children,
      verticalAlign: VerticalAlignTable.BOTTOM,
      width: { size: half, type: WidthType.DXA },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([paragraph(p('{place}, {date}', { align: 'left', after: 0 }))]),
          cell(signatureBlock(undefined, 0)),
        ],
      }),
    ],
  });
}

export function diplomaSection(text: DiplomaText): ISectionOptions {
  return {
    properties: {
      verticalAlign: VerticalAlignSection.CENTER,
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        borders: {
          pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.PAGE },
          pageBorderTop: FRAME,
          pageBorderRight: FRAME,
          pageBorderBottom: FRAME,
          pageBorderLeft: FRAME,
        },
      },
    },
    children: [
      ...crest('center'),
      paragraph(p(text.title, { align: 'center', bold: true, size: 54, before: 120, after: 360 })),
      paragraph(p(text.to, { align: 'center', italic: true, size: 18, after: 160 })),
      paragraph(p('{names}', { align: 'center', bold: true, size: 30, after: 360 })),
      paragraph(p('{achievement}', { align: 'center', italic: true, size: 18, after: 160 })),
      ...section('years', [paragraph(p(text.yearsLine, { align: 'center', size: 16, after: 160 }))]),
      new Paragraph({ children: [], spacing: { before: 720, after: 0 } }),
      bottomRow(),
    ],
  };
}
