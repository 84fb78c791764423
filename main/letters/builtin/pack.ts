// Packs the paragraphs of one built-in template into .docx bytes that are the same on every run
// (fixed document dates and zip entry dates), so a built-in template has a stable SHA-256.
import { Document, Packer, type ISectionOptions } from 'docx';
import JSZip from 'jszip';
import type { LetterLanguage } from '../../../core/letters/schema';
import { FONT } from './blocks';

const PROOFING: Record<LetterLanguage, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };
/** Half-points: 12 pt. */
const SIZE = 24;
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const FIXED_W3CDTF = '2026-01-01T00:00:00Z';

/** A4 in twips (portrait; `docx` swaps them for landscape). */
export const A4 = { width: 11906, height: 16838 } as const;
export const LETTER_MARGINS = { top: 1134, bottom: 1134, left: 1418, right: 1134 } as const;

export interface PackOptions {
  title: string;
  language: LetterLanguage;
  section: ISectionOptions;
}

export async function packTemplate({ title, language, section }: PackOptions): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'PressDesk',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, language: { value: PROOFING[language] } } },
      },
    },
    sections: [section],
  });
  return deterministic(await Packer.toBuffer(doc));
}

/** Rewrites the package with fixed timestamps (docx stamps "now" into docProps/core.xml and the zip). */
async function deterministic(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = new TextDecoder()
        .decode(content)
        .replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          (_m, open: string, _tag: string, close: string) => `${open}${FIXED_W3CDTF}${close}`,
        );
    }
    target.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
