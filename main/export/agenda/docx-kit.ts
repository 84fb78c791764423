/**
 * Tables, headings and packing for the agenda documents. The letters' helpers (docx-parts.ts) build
 * paragraphs only and pack one portrait section; plans and protocols also need tables and landscape
 * pages, so this packer takes both. Font, size and proofing language match docx-parts so every
 * generated document looks alike.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Language } from '../../../core/settings/schema';

const PROOFING: Record<Language, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };
const FONT = 'Times New Roman';
/** Half-points: 12 pt for text, 10 pt inside tables so five columns fit a portrait page. */
const SIZE = 24;
const TABLE_SIZE = 20;
const HEADER_FILL = 'E7ECF3';

const PORTRAIT_MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
/** Usable width in twips: A4 (11906 × 16838) minus the margins above. */
export const PORTRAIT_WIDTH = 11906 - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const LANDSCAPE_WIDTH = 16838 - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/** One line of a cell; `strike` marks a cancelled event (the text says so too, for plain-text readers). */
export interface CellLine {
  text: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

export type Block = Paragraph | Table;

function lineParagraph(line: string | CellLine): Paragraph {
  const l = typeof line === 'string' ? { text: line } : line;
  return new Paragraph({
    children: [
      // `|| undefined`: leave unset flags out of the XML instead of writing w:val="false".
      new TextRun({
        text: l.text,
        bold: l.bold || undefined,
        italics: l.italics || undefined,
        strike: l.strike || undefined,
        size: TABLE_SIZE,
      }),
    ],
    spacing: { after: 40 },
  });
}

/** A cell with one paragraph per line; an empty cell still gets a paragraph, as Word requires. */
export function cell(lines: ReadonlyArray<string | CellLine>, width: number): TableCell {
  const visible = lines.filter((l) => (typeof l === 'string' ? l : l.text).trim() !== '');
  return new TableCell({
    children: visible.length ? visible.map(lineParagraph) : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A bordered table whose header row repeats on every page and whose rows do not split across pages. */
export function dataTable(headers: readonly string[], rows: TableCell[][], widths: readonly number[]): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map(
      (h, i) =>
        new TableCell({
          children: [lineParagraph({ text: h, bold: true })],
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
        }),
    ),
  });
  return new Table({
    rows: [headerRow, ...rows.map((children) => new TableRow({ children, cantSplit: true }))],
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}

/** Two borderless columns side by side, e.g. the two signatures under a protocol. */
export function sideBySide(left: Paragraph[], right: Paragraph[], totalWidth: number): Table {
  const half = Math.floor(totalWidth / 2);
  const column = (children: Paragraph[]) =>
    new TableCell({
      children: children.length ? children : [new Paragraph({})],
      width: { size: half, type: WidthType.DXA },
    });
  return new Table({
    rows: [new TableRow({ children: [column(left), column(right)], cantSplit: true })],
    columnWidths: [half, half],
    width: { size: half * 2, type: WidthType.DXA },
    borders: TableBorders.NONE,
  });
}

/** A centred bold heading line. */
export function heading(text: string, size = 28, after = 120): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: true, size })],
    alignment: AlignmentType.CENTER,
    spacing: { after },
  });
}

export async function packAgendaDocx(
  title: string,
  lang: Language,
  children: Block[],
  orientation: 'portrait' | 'landscape' = 'portrait',
): Promise<Buffer> {
  const landscape = orientation === 'landscape';
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
        properties: {
          page: {
            // docx swaps A4's width and height itself for landscape.
            size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
