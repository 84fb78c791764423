// Small helpers for the OOXML package (the .docx zip) that the engine and the combiner share.
import PizZip from 'pizzip';

export const CT_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CT_TEMPLATE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const CT_MACRO = /macroEnabled/i;
export const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const REL_OFFICE_DOCUMENT =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * A file of the package, or null. (PizZip's own `zip.file(name)` scans and copies every entry,
 * which is quadratic when combining hundreds of documents.)
 */
export function entry(zip: PizZip, path: string): PizZip.ZipObject | null {
  const file = Object.prototype.hasOwnProperty.call(zip.files, path) ? zip.files[path] : undefined;
  return file && !file.dir ? file : null;
}

/** The input is not a Word document we accept; `detail` says why (for logs). */
export class NotADocxError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'NotADocxError';
  }
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Reads the value of one attribute from an element's start tag text. */
export function attr(startTag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(startTag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : null;
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function relsPathOf(partPath: string): string {
  const dir = dirOf(partPath);
  const base = partPath.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${base}.rels`;
}

/** Resolves a relationship target (relative to the source part's folder) to a zip path. */
export function resolveTarget(sourcePartPath: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dirOf(sourcePartPath).split('/').filter(Boolean);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relative target from a source part's folder to a zip path (both inside the package). */
export function relativeTarget(sourcePartPath: string, zipPath: string): string {
  const from = dirOf(sourcePartPath).split('/').filter(Boolean);
  const to = zipPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (!id || target === null) continue;
    rels.push({
      id,
      type: attr(tag, 'Type') ?? '',
      target,
      external: attr(tag, 'TargetMode') === 'External',
    });
  }
  return rels;
}

export function relationshipXml(rel: Relationship): string {
  return (
    `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"` +
    `${rel.external ? ' TargetMode="External"' : ''}/>`
  );
}

/** Appends relationships to a .rels document's text. */
export function addRelationships(relsXml: string, rels: Relationship[]): string {
  const added = rels.map(relationshipXml).join('');
  if (/<\/Relationships>\s*$/.test(relsXml))
    return relsXml.replace(/<\/Relationships>\s*$/, `${added}</Relationships>`);
  return relsXml.replace(/<Relationships\b([^>]*)\/>\s*$/, `<Relationships$1>${added}</Relationships>`);
}

export function contentTypesXml(zip: PizZip): string {
  const file = entry(zip, '[Content_Types].xml');
  if (!file) throw new NotADocxError('no [Content_Types].xml');
  return file.asText();
}

/** Adds `<Default Extension=…>` to [Content_Types].xml unless the extension is already there. */
export function ensureDefaultContentType(zip: PizZip, extension: string, contentType: string): void {
  const xml = contentTypesXml(zip);
  const present = [...xml.matchAll(/<Default\b[^>]*>/g)].some(
    (m) => (attr(m[0], 'Extension') ?? '').toLowerCase() === extension.toLowerCase(),
  );
  if (present) return;
  zip.file(
    '[Content_Types].xml',
    xml.replace(
      /<\/Types>\s*$/,
      `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/></Types>`,
    ),
  );
}

/** The content type [Content_Types].xml gives a part (Override first, then Default by extension). */
export function contentTypeOf(zip: PizZip, partPath: string): string | null {
  const xml = contentTypesXml(zip);
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) {
    if ((attr(m[0], 'PartName') ?? '').replace(/^\//, '') === partPath) return attr(m[0], 'ContentType');
  }
  const ext = partPath.slice(partPath.lastIndexOf('.') + 1).toLowerCase();
  for (const m of xml.matchAll(/<Default\b[^>]*>/g)) {
    if ((attr(m[0], 'Extension') ?? '').toLowerCase() === ext) return attr(m[0], 'ContentType');
  }
  return null;
}

export function addOverrides(zip: PizZip, parts: { path: string; type: string }[]): void {
  if (parts.length === 0) return;
  const added = parts
    .map(({ path, type }) => `<Override PartName="/${escapeXml(path)}" ContentType="${escapeXml(type)}"/>`)
    .join('');
  zip.file('[Content_Types].xml', contentTypesXml(zip).replace(/<\/Types>\s*$/, `${added}</Types>`));
}

/** The path of the main document part (usually word/document.xml), from the package relationships. */
export function mainPartPath(zip: PizZip): string {
  const rels = entry(zip, '_rels/.rels');
  if (rels) {
    const main = parseRels(rels.asText()).find((r) => r.type === REL_OFFICE_DOCUMENT && !r.external);
    if (main) return resolveTarget('', main.target);
  }
  return 'word/document.xml';
}

/**
 * Opens a .docx (or a .dotx Word template, which is turned into a document) and checks that it is
 * a Word document. Macro-enabled files (.docm, .dotm) are refused. Throws NotADocxError.
 */
export function openDocx(bytes: Uint8Array): PizZip {
  if (!(bytes instanceof Uint8Array) || bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new NotADocxError('not a zip file (a .docx starts with "PK")');
  }
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch (error) {
    throw new NotADocxError(`unreadable zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  const main = mainPartPath(zip);
  if (!entry(zip, main)) throw new NotADocxError(`no main document part (${main})`);
  const type = contentTypeOf(zip, main);
  if (type && CT_MACRO.test(type))
    throw new NotADocxError('macro-enabled Word files (.docm/.dotm) are not accepted');
  if (type === CT_TEMPLATE) {
    const xml = contentTypesXml(zip).split(CT_TEMPLATE).join(CT_DOCUMENT);
    zip.file('[Content_Types].xml', xml);
  } else if (type !== CT_DOCUMENT) {
    throw new NotADocxError(`not a Word document (main part type ${type ?? 'unknown'})`);
  }
  return zip;
}

/** Parts that may hold drawings: the body, headers, footers, notes, comments (also when renamed d2-footer1.xml). */
const DRAWING_PARTS = /^word\/([^/]*-)?(document\d*|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/** Gives every drawing in the document parts a unique wp:docPr id (Word reports duplicates as damage). */
export function renumberDrawingIds(zip: PizZip): void {
  let next = 1;
  const main = mainPartPath(zip);
  const paths = Object.keys(zip.files)
    .filter((p) => p === main || DRAWING_PARTS.test(p))
    .sort((a, b) => (a === main ? -1 : b === main ? 1 : a.localeCompare(b)));
  for (const path of paths) {
    const file = entry(zip, path);
    if (!file) continue;
    const xml = file.asText();
    if (!xml.includes('docPr')) continue;
    zip.file(
      path,
      xml.replace(
        /(<wp:docPr\b[^>]*?\sid=")(\d+)(")/g,
        (_m, a: string, _id: string, b: string) => `${a}${next++}${b}`,
      ),
    );
  }
}

/** Paragraph texts of a part with their offsets in the part's full text (what docxtemplater's offsets count). */
export function paragraphsOf(xml: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  let offset = 0;
  let current: { start: number; text: string } | null = null;
  for (const m of xml.matchAll(/<w:p[ >]|<\/w:p>|<(w|m|a):t(?:\s[^>]*)?>([^<]*)<\/\1:t>/g)) {
    if (m[0].startsWith('<w:p')) {
      current = { start: offset, text: '' };
      paragraphs.push(current);
    } else if (m[0] === '</w:p>') {
      current = null;
    } else {
      const raw = m[2] ?? '';
      if (!current) {
        current = { start: offset, text: '' };
        paragraphs.push(current);
      }
      current.text += unescapeXml(raw);
      offset += raw.length;
    }
  }
  return paragraphs;
}

/** Up to ~80 characters of the paragraph around `offset` (or around `needle` when the offset is unknown). */
export function contextAt(xml: string, offset: number | null, needle: string | null): string | null {
  const paragraphs = paragraphsOf(xml);
  let found: { text: string; at: number } | null = null;
  if (offset !== null) {
    // Offsets count escaped characters; close enough to pick the paragraph.
    const p = [...paragraphs].reverse().find((x) => x.start <= offset && x.text.length > 0);
    if (p) found = { text: p.text, at: offset - p.start };
  }
  if (needle && (!found || !found.text.includes(needle))) {
    const p = paragraphs.find((x) => x.text.includes(needle));
    if (p) found = { text: p.text, at: p.text.indexOf(needle) };
  }
  if (!found) return null;
  const text = found.text.replace(/\s+/g, ' ').trim();
  if (text.length <= 80) return text;
  const at = Math.max(0, Math.min(found.at, text.length));
  let from = Math.max(0, at - 30);
  const to = Math.min(text.length, from + 78);
  from = Math.max(0, to - 78);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
