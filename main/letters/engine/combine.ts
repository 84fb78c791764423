// One .docx from many: every document's body one after another, each in its own section (so each
// starts on a new page and keeps its own page size, orientation, margins, header and footer, and
// its page numbers restart at 1).
//
// How: the first document is the base (its styles, numbering, settings and theme are kept). For
// every further document the body is appended after a section break that carries the previous
// document's section properties; every relationship its body refers to (pictures, hyperlinks,
// headers, footers and their own pictures) is copied under a fresh id and, for parts, a fresh file
// name, so ids never collide. Identical pictures are stored once (1,000 letters with the same crest
// hold one crest). Drawing ids are renumbered across the whole result.
//
// Limits (fine for documents rendered from our templates, which share styles): styles and list
// numbering come from the first document; footnotes, endnotes and comments of the 2nd and later
// documents are dropped (their references would point at the wrong notes).
import { createHash } from 'node:crypto';
import type PizZip from 'pizzip';
import {
  addOverrides,
  addRelationships,
  attr,
  contentTypeOf,
  contentTypesXml,
  dirOf,
  ensureDefaultContentType,
  mainPartPath,
  openDocx,
  parseRels,
  relativeTarget,
  relsPathOf,
  renumberDrawingIds,
  resolveTarget,
  entry,
} from './ooxml';
import type { Relationship } from './ooxml';

interface BodyParts {
  /** From the start of the file to the end of `<w:body>`'s start tag. */
  head: string;
  /** The body's content without the final section properties. */
  content: string;
  /** The body's final `<w:sectPr>…</w:sectPr>`, or '' when there is none. */
  sectPr: string;
  /** From `</w:body>` to the end. */
  tail: string;
}

function splitBody(xml: string, which: string): BodyParts {
  const open = /<w:body\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  if (!open || close < 0) throw new TypeError(`combineDocuments: ${which} has no document body`);
  const bodyStart = open.index + open[0].length;
  let content = xml.slice(bodyStart, close);
  let sectPr = '';
  const sect = content.lastIndexOf('<w:sectPr');
  if (
    sect >= 0 &&
    !content.slice(sect).includes('</w:p>') &&
    /<\/w:sectPr>\s*$|<w:sectPr\b[^>]*\/>\s*$/.test(content)
  ) {
    sectPr = content
      .slice(sect)
      .trim()
      .replace(/^<w:sectPr\b([^>]*)\/>$/, '<w:sectPr$1></w:sectPr>');
    content = content.slice(0, sect);
  }
  return { head: xml.slice(0, bodyStart), content, sectPr, tail: xml.slice(close) };
}

const AFTER_PG_NUM_TYPE =
  /<w:(cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\b|<\/w:sectPr>/;

/** Section properties for one combined document: starts on a new page, page numbers from 1. */
function normaliseSection(sectPr: string): string {
  let s = sectPr || '<w:sectPr></w:sectPr>';
  s = s.replace(/<w:type\b[^>]*w:val="(continuous|nextColumn)"[^>]*\/>/g, '');
  if (!s.includes('<w:pgNumType')) {
    const at = AFTER_PG_NUM_TYPE.exec(s);
    if (at) s = `${s.slice(0, at.index)}<w:pgNumType w:start="1"/>${s.slice(at.index)}`;
  } else if (!/<w:pgNumType\b[^>]*\sw:start=/.test(s)) {
    s = s.replace(/<w:pgNumType\b/, '<w:pgNumType w:start="1"');
  }
  return s;
}

/** A tiny paragraph that ends a section (section properties live in a paragraph except for the last). */
function sectionBreak(sectPr: string): string {
  return (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
    `<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sectPr}</w:pPr></w:p>`
  );
}

/** Adds to the base root element the namespace declarations (and mc:Ignorable prefixes) it lacks. */
function mergeNamespaces(baseHead: string, otherXml: string): string {
  const rootOf = (xml: string) => /<w:document\b[^>]*>/.exec(xml);
  const baseRoot = rootOf(baseHead);
  const otherRoot = rootOf(otherXml);
  if (!baseRoot || !otherRoot) return baseHead;
  let root = baseRoot[0];
  for (const m of otherRoot[0].matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)) {
    if (!new RegExp(`\\sxmlns:${m[1]}=`).test(root))
      root = root.replace(/\s*>$/, ` xmlns:${m[1]}="${m[2]}">`);
  }
  const baseIgnorable = attr(root, 'mc:Ignorable');
  const otherIgnorable = attr(otherRoot[0], 'mc:Ignorable');
  if (baseIgnorable !== null && otherIgnorable) {
    const merged = new Set(baseIgnorable.split(/\s+/).filter(Boolean));
    for (const prefix of otherIgnorable.split(/\s+/)) {
      if (prefix && new RegExp(`\\sxmlns:${prefix}=`).test(root)) merged.add(prefix);
    }
    root = root.replace(/(\smc:Ignorable=")[^"]*(")/, `$1${[...merged].join(' ')}$2`);
  }
  return baseHead.slice(0, baseRoot.index) + root + baseHead.slice(baseRoot.index + baseRoot[0].length);
}

function sha1(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

const HDR_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CT_BASE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

class Combiner {
  readonly base: PizZip;
  readonly mainPath: string;
  private readonly relsPath: string;
  private readonly usedIds: Set<string>;
  private readonly newRels: Relationship[] = [];
  /** sha1 of a binary part's bytes → its path in the result. */
  private readonly stored = new Map<string, string>();
  private bookmark = 0;
  /** Header/footer kinds ("header:default", "footer:first"…) that some earlier section defined. */
  private readonly definedKinds = new Set<string>();
  private readonly emptyParts = new Map<'header' | 'footer', string>();
  /** Content types to add, written once at the end (the file would otherwise be rewritten per part). */
  private readonly overrides: { path: string; type: string }[] = [];
  private readonly defaults = new Map<string, string>();

  constructor(base: PizZip) {
    this.base = base;
    this.mainPath = mainPartPath(base);
    this.relsPath = relsPathOf(this.mainPath);
    this.usedIds = new Set(parseRels(entry(base, this.relsPath)?.asText() ?? '').map((r) => r.id));
    for (const [path, file] of Object.entries(base.files)) {
      if (!file.dir && /^word\/media\//.test(path)) this.stored.set(sha1(file.asUint8Array()), path);
    }
  }

  private freshPath(path: string, doc: number): string {
    const dir = dirOf(path);
    const name = path.slice(dir.length ? dir.length + 1 : 0);
    let candidate = `${dir ? `${dir}/` : ''}d${doc}-${name}`;
    for (let n = 2; this.base.files[candidate]; n++)
      candidate = `${dir ? `${dir}/` : ''}d${doc}-${n}-${name}`;
    return candidate;
  }

  /** Copies a part (and, recursively, the parts its own relationships point to) into the base. */
  private copyPart(src: PizZip, path: string, doc: number, copied: Map<string, string>): string | null {
    const done = copied.get(path);
    if (done) return done;
    const file = entry(src, path);
    if (!file) return null;
    const data = file.asUint8Array();
    const relsFile = entry(src, relsPathOf(path));
    const binary = !relsFile && !/\.(xml|rels)$/i.test(path);
    if (binary) {
      const existing = this.stored.get(sha1(data));
      if (existing) {
        copied.set(path, existing);
        return existing;
      }
    }
    const target = this.freshPath(path, doc);
    copied.set(path, target);
    this.base.file(target, data, { binary: true });
    if (binary) this.stored.set(sha1(data), target);
    const type = contentTypeOf(src, path);
    const hasOverride = contentTypesXml(src).includes(`PartName="/${path}"`);
    if (type && hasOverride) this.overrides.push({ path: target, type });
    else if (type) this.defaults.set(target.slice(target.lastIndexOf('.') + 1), type);
    if (relsFile) {
      const rels = parseRels(relsFile.asText()).map((rel) => {
        if (rel.external) return rel;
        const copiedTarget = this.copyPart(src, resolveTarget(path, rel.target), doc, copied);
        return copiedTarget ? { ...rel, target: relativeTarget(target, copiedTarget) } : rel;
      });
      this.base.file(
        relsPathOf(target),
        addRelationships(relsFile.asText().replace(/<Relationship\b[^>]*>/g, ''), rels),
      );
    }
    return target;
  }

  /** Copies what a document's body refers to, and rewrites its relationship ids. */
  importReferences(src: PizZip, srcMain: string, xml: string, doc: number): string {
    const rels = new Map(parseRels(entry(src, relsPathOf(srcMain))?.asText() ?? '').map((r) => [r.id, r]));
    const idMap = new Map<string, string>();
    const copied = new Map<string, string>();
    for (const m of xml.matchAll(/\sr:[A-Za-z]+="([^"]+)"/g)) {
      const oldId = m[1] as string;
      if (idMap.has(oldId)) continue;
      const rel = rels.get(oldId);
      if (!rel) continue;
      let n = 1;
      while (this.usedIds.has(`rIdD${doc}r${n}`)) n++;
      const id = `rIdD${doc}r${n}`;
      this.usedIds.add(id);
      idMap.set(oldId, id);
      if (rel.external) {
        this.newRels.push({ ...rel, id });
        continue;
      }
      const copiedPath = this.copyPart(src, resolveTarget(srcMain, rel.target), doc, copied);
      this.newRels.push({
        ...rel,
        id,
        target: copiedPath ? relativeTarget(this.mainPath, copiedPath) : rel.target,
      });
    }
    return xml.replace(/(\sr:[A-Za-z]+=")([^"]+)(")/g, (whole, a: string, id: string, b: string) => {
      const mapped = idMap.get(id);
      return mapped ? `${a}${mapped}${b}` : whole;
    });
  }

  /** Makes bookmark ids unique across documents and drops ids Word must keep unique per document. */
  cleanBody(xml: string, doc: number): string {
    const ids = new Map<string, number>();
    let out = xml.replace(
      /(<w:bookmark(?:Start|End)\b[^>]*\sw:id=")(\d+)(")/g,
      (_w, a: string, id: string, b: string) => {
        let mapped = ids.get(id);
        if (mapped === undefined) {
          mapped = ++this.bookmark;
          ids.set(id, mapped);
        }
        return `${a}${mapped}${b}`;
      },
    );
    out = out.replace(/\sw14:(paraId|textId)="[^"]*"/g, '');
    if (doc > 0) {
      out = out.replace(
        /<w:(footnoteReference|endnoteReference|commentReference|commentRangeStart|commentRangeEnd)\b[^>]*\/>/g,
        '',
      );
    }
    return out;
  }

  private emptyPartId(kind: 'header' | 'footer'): string {
    const known = this.emptyParts.get(kind);
    if (known) return known;
    const path = this.freshPath(`word/pressdesk-empty-${kind}.xml`, 0);
    const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
    this.base.file(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${root} ${HDR_NS}><w:p/></${root}>`,
    );
    this.overrides.push({ path, type: `${CT_BASE}${kind}+xml` });
    let n = 1;
    while (this.usedIds.has(`rIdEmpty${kind}${n}`)) n++;
    const id = `rIdEmpty${kind}${n}`;
    this.usedIds.add(id);
    this.newRels.push({
      id,
      type: `${REL_BASE}${kind}`,
      target: relativeTarget(this.mainPath, path),
      external: false,
    });
    this.emptyParts.set(kind, id);
    return id;
  }

  /**
   * A section without its own header or footer of some kind would show the previous document's
   * (Word's inheritance between sections); give it an empty one instead.
   */
  ownHeadersAndFooters(sectPr: string): string {
    const refs: string[] = [];
    for (const kind of ['header', 'footer'] as const) {
      for (const type of ['default', 'first', 'even']) {
        const has = new RegExp(`<w:${kind}Reference\\b[^>]*w:type="${type}"`).test(sectPr);
        const key = `${kind}:${type}`;
        if (has) this.definedKinds.add(key);
        else if (this.definedKinds.has(key)) {
          refs.push(`<w:${kind}Reference w:type="${type}" r:id="${this.emptyPartId(kind)}"/>`);
        }
      }
    }
    if (!refs.length) return sectPr;
    return sectPr.replace(/^<w:sectPr\b[^>]*>/, (start) => start + refs.join(''));
  }

  finish(xml: string): Uint8Array {
    this.base.file(this.mainPath, xml);
    if (this.newRels.length) {
      const relsXml = entry(this.base, this.relsPath)?.asText() ?? '';
      this.base.file(this.relsPath, addRelationships(relsXml, this.newRels));
    }
    for (const [extension, type] of this.defaults) ensureDefaultContentType(this.base, extension, type);
    addOverrides(this.base, this.overrides);
    renumberDrawingIds(this.base);
    return this.base.generate({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

function openOrThrow(bytes: Uint8Array, index: number): PizZip {
  try {
    return openDocx(bytes);
  } catch (error) {
    throw new TypeError(
      `combineDocuments: document ${index + 1} is not a .docx (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** One combined .docx with every document one after another, each starting on a new page. */
export async function combineDocuments(docs: Uint8Array[]): Promise<Uint8Array> {
  if (docs.length === 0) throw new RangeError('combineDocuments: no documents to combine');
  const combiner = new Combiner(openOrThrow(docs[0] as Uint8Array, 0));
  const baseXml = entry(combiner.base, combiner.mainPath)?.asText() ?? '';
  const first = splitBody(baseXml, 'document 1');
  let head = first.head;
  const chunks: string[] = [combiner.cleanBody(first.content, 0)];
  let previousSection = first.sectPr;
  for (let i = 1; i < docs.length; i++) {
    const src = openOrThrow(docs[i] as Uint8Array, i);
    const srcMain = mainPartPath(src);
    const xml = entry(src, srcMain)?.asText() ?? '';
    const parts = splitBody(xml, `document ${i + 1}`);
    head = mergeNamespaces(head, xml);
    const imported = combiner.importReferences(src, srcMain, parts.content + parts.sectPr, i);
    const sect = parts.sectPr ? imported.slice(imported.lastIndexOf('<w:sectPr')) : '';
    const content = parts.sectPr ? imported.slice(0, imported.lastIndexOf('<w:sectPr')) : imported;
    chunks.push(
      sectionBreak(combiner.ownHeadersAndFooters(normaliseSection(previousSection))),
      combiner.cleanBody(content, i),
    );
    previousSection = sect;
    // Let the event loop breathe on long runs (1,000 letters).
    if (i % 50 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const lastSection =
    docs.length > 1 ? combiner.ownHeadersAndFooters(normaliseSection(previousSection)) : previousSection;
  return combiner.finish(head + chunks.join('') + lastSection + first.tail);
}
