// Test helpers: read a .docx the way the engine will, and look at its text pieces and tags.
import JSZip from 'jszip';

export async function partOf(docx: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name} in the document`);
  return file.async('string');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name]!);

/** The text of every `<w:t>` element, in order. */
export function textPieces(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
}

/** The text of each paragraph (its `<w:t>` pieces joined). */
export function paragraphTexts(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((chunk) => textPieces(chunk).join(''))
    .filter((text) => text !== '');
}

/** Text pieces where a brace is not part of a whole `{tag}` inside that same piece. */
export function brokenBraces(xml: string): string[] {
  return textPieces(xml).filter((piece) => /[{}]/.test(piece.replace(/\{[^{}]+\}/g, '')));
}

/** Every tag as typed, without braces (`?years`, `/years`, `%crest`, `names`). */
export function tagsIn(xml: string): string[] {
  return textPieces(xml).flatMap((piece) => [...piece.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
}

/** Opening and closing section/loop tags nest properly (`{?a}{#b}{/b}{/a}`). */
export function sectionsBalanced(tags: string[]): boolean {
  const open: string[] = [];
  for (const tag of tags) {
    const sign = tag.charAt(0);
    if (sign === '?' || sign === '^' || sign === '#') open.push(tag.slice(1));
    else if (sign === '/' && open.pop() !== tag.slice(1)) return false;
  }
  return open.length === 0;
}
