// A docxtemplater module for `{%name}` image tags (the city's crest, a scanned signature).
//
// Why our own instead of docxtemplater-image-module-free: that package names every image
// "…png" whatever it is, gives every picture the same drawing id (Word calls that damage), adds
// one media file per occurrence (a crest in a 1,000-record loop = 1,000 copies) and its original
// depends on the unmaintained `xmldom` 0.1. This module is small and uses docxtemplater's public
// module API (matchers / postparse with the expandToOne trait / render / events): one media file
// per distinct picture, real extension and content type, sizes in centimetres, unique ids.
import Docxtemplater from 'docxtemplater';
import type { DXT } from 'docxtemplater';
import type PizZip from 'pizzip';
import {
  EMPTY_RELS,
  REL_IMAGE,
  addRelationships,
  escapeXml,
  ensureDefaultContentType,
  parseRels,
  relativeTarget,
  relsPathOf,
  renumberDrawingIds,
  entry,
} from './ooxml';
import { IMAGE_MODULE } from './syntax';
import type { TemplateImage } from './types';

/** The data given for an image tag is not a usable TemplateImage. */
export class ImageDataError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ImageDataError';
  }
}

interface ExpandOptions {
  moduleName: string;
  expandTo: string;
  getInner(args: {
    part: DXT.Part;
    left: number;
    right: number;
    postparsed: DXT.Part[];
    index: number;
  }): DXT.Part;
  error?: { message: string; id: string; explanation(part: DXT.Part): string };
}
interface DocxtemplaterInternals {
  DocUtils: { traits: { expandToOne(postparsed: DXT.Part[], options: ExpandOptions): DXT.Part[] } };
  Errors: { XTTemplateError: new (message: string) => Error & { properties?: Record<string, unknown> } };
}
const internals = Docxtemplater as unknown as DocxtemplaterInternals;

interface ImagePart extends DXT.Part {
  textBefore?: string;
  textAfter?: string;
}

const EMU_PER_CM = 360000;
const NS =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function textRun(text: string): string {
  return text ? `<w:t xml:space="preserve">${text}</w:t>` : '';
}

function drawingXml(rId: string, name: string, widthCm: number, heightCm: number): string {
  const cx = Math.round(widthCm * EMU_PER_CM);
  const cy = Math.round(heightCm * EMU_PER_CM);
  const n = escapeXml(name);
  return (
    `<w:drawing ${NS}><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="1" name="${n}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="${n}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing>`
  );
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPG = [0xff, 0xd8, 0xff];

/** Checks an image value from the data; throws ImageDataError with the tag's name. */
export function asTemplateImage(value: unknown, tag: string): TemplateImage {
  const v = value as Partial<TemplateImage> | null;
  if (typeof v !== 'object' || v === null || v.kind !== 'image') {
    throw new ImageDataError(`The value for the image {%${tag}} must be { kind: 'image', … }`);
  }
  if (!(v.data instanceof Uint8Array) || v.data.length === 0) {
    throw new ImageDataError(`The image {%${tag}} has no data`);
  }
  if (v.extension !== '.png' && v.extension !== '.jpg') {
    throw new ImageDataError(`The image {%${tag}} must be .png or .jpg`);
  }
  const magic = v.extension === '.png' ? PNG : JPG;
  if (!magic.every((byte, i) => v.data?.[i] === byte)) {
    throw new ImageDataError(`The data of the image {%${tag}} is not a ${v.extension} file`);
  }
  for (const size of [v.widthCm, v.heightCm]) {
    if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0 || size > 100) {
      throw new ImageDataError(`The image {%${tag}} needs a width and a height in cm (0–100)`);
    }
  }
  return v as TemplateImage;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b));
}

/** One instance per render (docxtemplater clones attached modules). */
export class ImageModule implements DXT.Module {
  readonly name = 'PressDeskImageModule';
  private zip: PizZip | null = null;
  private media: { data: Uint8Array; path: string }[] = [];
  /** rels path → (media zip path → rId), and the ids each rels file already had. */
  private rels = new Map<
    string,
    { existing: Set<string>; byMedia: Map<string, string>; added: { id: string; target: string }[] }
  >();
  private counter = 0;

  clone(): ImageModule {
    return new ImageModule();
  }

  matchers(): [string, string, Record<string, unknown>][] {
    return [['%', IMAGE_MODULE, {}]];
  }

  set(options: { zip?: PizZip }): void {
    if (options.zip) this.zip = options.zip;
  }

  postparse(postparsed: DXT.Part[]): DXT.Part[] {
    return internals.DocUtils.traits.expandToOne(postparsed, {
      moduleName: IMAGE_MODULE,
      expandTo: 'w:t',
      getInner({ part, left, right, postparsed: parts, index }) {
        let textBefore = '';
        let textAfter = '';
        for (let i = left + 1; i < right; i++) {
          const p = parts[i];
          if (i === index || !p) continue;
          if (p.type === 'placeholder') {
            const err = new internals.Errors.XTTemplateError('Image tag shares its text with another tag');
            err.properties = {
              id: 'image_tag_not_alone',
              xtag: `%${part.value.trim()}`,
              offset: part.offset,
              explanation: `The image tag {%${part.value}} must not share its text with another tag`,
            };
            throw err;
          }
          if (p.type === 'content' && p.position === 'insidetag') {
            if (i < index) textBefore += p.value;
            else textAfter += p.value;
          }
        }
        return { ...part, textBefore, textAfter } as ImagePart;
      },
      error: {
        message: 'Image tag not in a text run',
        id: 'image_tag_outside_run',
        explanation: (part) => `The image tag {%${part.value}} is not inside a text run`,
      },
    });
  }

  render(part: ImagePart, options: DXT.RenderOptions): DXT.Rendered | null {
    if (part.module !== IMAGE_MODULE) return null;
    const around = (inner: string): DXT.Rendered => ({
      value: textRun(part.textBefore ?? '') + inner + textRun(part.textAfter ?? ''),
      errors: [],
    });
    let value: unknown;
    try {
      value = options.scopeManager.getValue(part.value, { part });
    } catch (error) {
      return { value: '', errors: [error] };
    }
    if (value === undefined || value === null || value === '' || value === false) return around('');
    let image: TemplateImage;
    try {
      image = asTemplateImage(value, part.value.trim());
    } catch (error) {
      return { value: '', errors: [error] };
    }
    const rId = this.addImage(options.filePath, image);
    return around(drawingXml(rId, part.value.trim(), image.widthCm, image.heightCm));
  }

  on(event: string): void {
    if (event === 'synced-zip') this.flush();
  }

  private addImage(partPath: string, image: TemplateImage): string {
    const zip = this.zip;
    if (!zip) throw new Error('ImageModule used before docxtemplater gave it the zip');
    let media = this.media.find((m) => sameBytes(m.data, image.data));
    if (!media) {
      let path: string;
      do path = `word/media/pressdesk-image-${++this.counter}${image.extension}`;
      while (zip.files[path]);
      media = { data: image.data, path };
      this.media.push(media);
    }
    const relsPath = relsPathOf(partPath);
    let rels = this.rels.get(relsPath);
    if (!rels) {
      const existing = new Set(parseRels(entry(zip, relsPath)?.asText() ?? '').map((r) => r.id));
      rels = { existing, byMedia: new Map(), added: [] };
      this.rels.set(relsPath, rels);
    }
    let id = rels.byMedia.get(media.path);
    if (!id) {
      let n = rels.byMedia.size + 1;
      while (rels.existing.has(`rIdPdImg${n}`)) n++;
      id = `rIdPdImg${n}`;
      rels.existing.add(id);
      rels.byMedia.set(media.path, id);
      rels.added.push({ id, target: relativeTarget(partPath, media.path) });
    }
    return id;
  }

  /** After docxtemplater wrote its parts: add media, relationships, content types; renumber drawings. */
  private flush(): void {
    const zip = this.zip;
    if (!zip) return;
    for (const m of this.media) zip.file(m.path, m.data, { binary: true });
    for (const [relsPath, rels] of this.rels) {
      if (rels.added.length === 0) continue;
      const xml = entry(zip, relsPath)?.asText() ?? EMPTY_RELS;
      zip.file(
        relsPath,
        addRelationships(
          xml,
          rels.added.map((r) => ({ id: r.id, type: REL_IMAGE, target: r.target, external: false })),
        ),
      );
    }
    if (this.media.some((m) => m.path.endsWith('.png'))) ensureDefaultContentType(zip, 'png', 'image/png');
    if (this.media.some((m) => m.path.endsWith('.jpg'))) ensureDefaultContentType(zip, 'jpg', 'image/jpeg');
    renumberDrawingIds(zip);
  }
}
