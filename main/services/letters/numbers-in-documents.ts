/**
 * Documents are rendered before they get their registration numbers, with a unique marker where the
 * number goes; the numbers are taken afterwards in the same transaction as the register entries and
 * written over the markers. A cancelled or failed batch therefore uses no numbers (no gaps in the register).
 */
import JSZip from 'jszip';

export const numberMarker = (index: number): string => `\u27E6REG${index}\u27E7`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Stationery {
  enabled: boolean;
  topMm: number;
  leftMm: number;
}

const TWIPS_PER_MM = 1440 / 25.4;

/**
 * Pre-printed stationery: the letterhead is on the paper, so the text must start below and beside it.
 * The page margins of every section are set to the office's offsets.
 */
export function applyStationery(xml: string, stationery: Stationery | null): string {
  if (!stationery?.enabled) return xml;
  const top = Math.round(stationery.topMm * TWIPS_PER_MM);
  const left = Math.round(stationery.leftMm * TWIPS_PER_MM);
  return xml.replace(/<w:pgMar\b[^>]*\/>/g, (tag) =>
    tag.replace(/w:top="-?\d+"/, `w:top="${top}"`).replace(/w:left="-?\d+"/, `w:left="${left}"`),
  );
}

/** Replaces the marker of `index` with the registration number in every part of the document. */
export async function writeNumber(
  docx: Uint8Array,
  index: number,
  regNo: string,
  stationery: Stationery | null = null,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const body = await zip.file('word/document.xml')?.async('string');
  if (body !== undefined) zip.file('word/document.xml', applyStationery(body, stationery));
  const marker = numberMarker(index);
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    if (xml.includes(marker)) zip.file(name, xml.split(marker).join(escapeXml(regNo)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
