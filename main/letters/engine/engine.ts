/**
 * Letter template engine: Word (.docx) templates written by the press office → letters, diplomas,
 * obituaries.
 *
 * ENGINE CHOICE: docxtemplater (+ pizzip), not docx-templates.
 * - Security. Templates come from users. docx-templates evaluates every command as JavaScript
 *   (in a `vm` context, which Node itself says is not a security boundary), so safety would rest
 *   on our own filter of JS source text — one missed trick and a template runs code in the main
 *   process. docxtemplater never evaluates a tag: it hands the tag text to a *parser* that we
 *   supply (syntax.ts), which accepts only field names and dotted paths and reads own properties
 *   of the data. There is no interpreter to escape from; "forbidden" tags are refused at compile
 *   time, before any data is seen. Its raw-XML tag `{@…}`, dash loops and the delimiter switch
 *   `{=…=}` are refused too (UNKNOWN_COMMAND).
 * - Word reality: it joins tags that Word splits across runs and proofing marks, reports *all*
 *   template errors at once with an id, the tag and an offset (→ our issue codes and context), and
 *   `paragraphLoop` removes the paragraphs that only hold `{#…}`/`{/…}`.
 * - Syntax the office can type: `{field}`, `{#list}…{/list}`, `{%image}` with the default `{ }`
 *   delimiters. We add `{?flag}…{/flag}` for conditions (docxtemplater's own loop, guarded so the
 *   section renders once or not at all) so that inspection can tell a condition from a list.
 * - Maintenance: docxtemplater is very widely used and actively released (MIT core; only some
 *   extra modules are paid). Images use our own small module (image-module.ts) on its public
 *   module API rather than docxtemplater-image-module-free (see that file for why).
 * - Cost: a docxtemplater instance renders once, so renderMany validates the template once and
 *   then opens + compiles per record (a few ms each; see README.md for a measurement).
 */
import Docxtemplater from 'docxtemplater';
import type { DXT } from 'docxtemplater';
import type PizZip from 'pizzip';
import { ImageDataError, ImageModule } from './image-module';
import { NotADocxError, contextAt, entry, mainPartPath, openDocx, paragraphsOf } from './ooxml';
import { LOOP_MODULE, TagPolicyError, kindOfPart, parseTagPath, safeParser } from './syntax';
import { TemplateError } from './types';
import type { RenderData, TemplateInspection, TemplateIssue, TemplateIssueCode } from './types';

interface CompiledFile {
  postparsed?: DXT.Part[];
}

/** `{?flag}` opens a section that docxtemplater's loop module handles; the parser makes it boolean. */
function conditionModule(): DXT.Module {
  return {
    name: 'PressDeskConditionModule',
    matchers: () => [['?', LOOP_MODULE, { expandTo: 'auto', location: 'start', inverted: false }]],
  };
}

/** Keeps docxtemplater's compiled parts (given to every module after compiling) for inspection. */
class StructureModule implements DXT.Module {
  readonly name = 'PressDeskStructureModule';
  compiled: Record<string, CompiledFile> | null = null;
  set(options: { compiled?: Record<string, CompiledFile> }): void {
    if (options.compiled) this.compiled = options.compiled;
  }
}

function lenientParser(tag: string, meta?: { tag?: Partial<DXT.Part> }): DXT.Parser {
  try {
    return safeParser(tag, meta);
  } catch {
    return { get: () => undefined };
  }
}

function templaterOptions(modules: DXT.Module[], lenient = false): DXT.ConstructorOptions {
  return {
    modules,
    delimiters: { start: '{', end: '}' },
    paragraphLoop: true,
    linebreaks: true,
    errorLogging: false,
    stripInvalidXMLChars: true,
    nullGetter: () => '',
    parser: lenient ? lenientParser : safeParser,
    syntax: {
      changeDelimiterPrefix: null,
      ...(lenient ? { allowUnclosedTag: true, allowUnopenedTag: true, allowUnbalancedLoops: true } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Errors → issues

interface XTError {
  message?: string;
  properties?: {
    id?: string;
    xtag?: string;
    offset?: number;
    file?: string;
    explanation?: string;
    rootError?: unknown;
    errors?: unknown[];
  };
}

const CODE_BY_ID: Record<string, TemplateIssueCode> = {
  unclosed_tag: 'UNCLOSED_TAG',
  unopened_tag: 'UNOPENED_TAG',
  duplicate_open_tag: 'DUPLICATE_OPEN',
  duplicate_close_tag: 'UNOPENED_TAG',
  unclosed_loop: 'UNCLOSED_LOOP',
  unopened_loop: 'UNOPENED_TAG',
  closing_tag_does_not_match_opening_tag: 'UNCLOSED_LOOP',
  unbalanced_loop_tags: 'UNCLOSED_LOOP',
  raw_xml_tag_should_be_only_text_in_paragraph: 'UNKNOWN_COMMAND',
  raw_tag_outerxml_invalid: 'UNKNOWN_COMMAND',
  malformed_xml: 'NOT_A_DOCX',
  file_has_invalid_xml: 'NOT_A_DOCX',
  filetype_not_identified: 'NOT_A_DOCX',
  filetype_not_handled: 'NOT_A_DOCX',
};

function partXml(zip: PizZip, file: string | undefined): string {
  try {
    return entry(zip, file ?? mainPartPath(zip))?.asText() ?? '';
  } catch {
    return '';
  }
}

/** The sign a section tag was typed with (`#`, `?`, `^`), read back from the text (tags may be split in the XML). */
function sectionSign(xml: string, name: string): string {
  const text = paragraphsOf(xml)
    .map((p) => p.text)
    .join('\n');
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const sign of ['#', '?', '^'])
    if (new RegExp(`\\{\\s*\\${sign}\\s*${escaped}\\s*\\}`).test(text)) return sign;
  return '#';
}

function toIssue(error: unknown, zip: PizZip): TemplateIssue {
  const e = error as XTError;
  const props = e.properties ?? {};
  const root = props.rootError;
  const xml = partXml(zip, props.file);
  let code: TemplateIssueCode = props.id ? (CODE_BY_ID[props.id] ?? 'OTHER') : 'OTHER';
  let tag: string | null = props.xtag ?? null;
  if (root instanceof TagPolicyError) {
    code = root.code;
    tag = root.tag ?? tag;
  } else if (props.id === 'unclosed_tag' && tag) {
    tag = tag.replace(/[,.;:!?]+$/, '');
  } else if (props.id === 'unopened_loop' && tag) {
    tag = `/${tag}`;
  } else if ((props.id === 'unclosed_loop' || props.id === 'closing_tag_does_not_match_opening_tag') && tag) {
    tag = `${sectionSign(xml, tag)}${tag}`;
  } else if (props.id?.startsWith('raw_') && tag) {
    tag = `@${tag}`;
  }
  const rootMessage = root instanceof Error ? root.message : null;
  return {
    code,
    tag,
    context: contextAt(xml, typeof props.offset === 'number' ? props.offset : null, tag ? `{${tag}` : null),
    detail: rootMessage ?? props.explanation ?? e.message ?? String(error),
  };
}

function issuesFrom(error: unknown, zip: PizZip): TemplateIssue[] {
  const list = (error as XTError).properties?.errors;
  const issues = (Array.isArray(list) && list.length ? list : [error]).map((e) => toIssue(e, zip));
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${i.tag}|${i.context}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function notADocx(error: unknown): TemplateIssue {
  return {
    code: 'NOT_A_DOCX',
    tag: null,
    context: null,
    detail: error instanceof Error ? error.message : String(error),
  };
}

// ---------------------------------------------------------------------------------------------
// Inspection

function collect(compiled: Record<string, CompiledFile> | null): Omit<TemplateInspection, 'ok' | 'issues'> {
  const sets = {
    placeholders: new Set<string>(),
    loops: new Set<string>(),
    conditions: new Set<string>(),
    images: new Set<string>(),
  };
  const pathOf = (prefix: string[], value: string): string | null => {
    try {
      return [...prefix, ...parseTagPath(value)].join('.');
    } catch {
      return null; // refused tags are reported as issues, not listed as fields
    }
  };
  const walk = (parts: DXT.Part[] | undefined, prefix: string[]): void => {
    for (const part of parts ?? []) {
      // Skip text, and end tags that lost their opening (a lenient compile keeps them apart).
      if (part.type !== 'placeholder' || (part as { location?: string }).location === 'end') continue;
      const kind = kindOfPart(part);
      const path = pathOf(prefix, part.value);
      if (kind === null || path === null) continue;
      if (kind === 'loop') {
        if (path) sets.loops.add(path);
        walk(part.subparsed, path ? path.split('.') : prefix);
      } else if (kind === 'condition') {
        if (path) sets.conditions.add(path);
        walk(part.subparsed, prefix);
      } else if (kind === 'image') {
        if (path) sets.images.add(path);
      } else if (path && path !== prefix.join('.')) {
        sets.placeholders.add(path);
      }
    }
  };
  for (const file of Object.keys(compiled ?? {}).sort()) walk(compiled?.[file]?.postparsed, []);
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'pl'));
  return {
    placeholders: sorted(sets.placeholders),
    loops: sorted(sets.loops),
    conditions: sorted(sets.conditions),
    images: sorted(sets.images),
  };
}

/** Lists the fields, loops, conditions and images of a template, and what is wrong with it. Never throws. */
export function inspectTemplate(docx: Uint8Array): TemplateInspection {
  const empty = { placeholders: [], loops: [], conditions: [], images: [] };
  let zip: PizZip;
  try {
    zip = openDocx(docx);
  } catch (error) {
    return { ok: false, ...empty, issues: [notADocx(error)] };
  }
  try {
    const structure = new StructureModule();
    let issues: TemplateIssue[] = [];
    try {
      new Docxtemplater(zip, templaterOptions([conditionModule(), new ImageModule(), structure]));
    } catch (error) {
      issues = issuesFrom(error, zip);
    }
    let compiled = structure.compiled;
    if (issues.length > 0) {
      // List what can still be recognised, so the person sees the fields along with the problems.
      const lenient = new StructureModule();
      try {
        new Docxtemplater(
          openDocx(docx),
          templaterOptions([conditionModule(), new ImageModule(), lenient], true),
        );
      } catch {
        // keep whatever was compiled
      }
      compiled = lenient.compiled ?? compiled;
    }
    return { ok: issues.length === 0, ...collect(compiled), issues };
  } catch (error) {
    return {
      ok: false,
      ...empty,
      issues: [{ code: 'OTHER', tag: null, context: null, detail: String(error) }],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function open(docx: Uint8Array): PizZip {
  try {
    return openDocx(docx);
  } catch (error) {
    if (error instanceof NotADocxError) throw new TemplateError([notADocx(error)]);
    throw error;
  }
}

function compile(zip: PizZip): Docxtemplater<PizZip> {
  try {
    return new Docxtemplater(zip, templaterOptions([conditionModule(), new ImageModule()]));
  } catch (error) {
    throw new TemplateError(issuesFrom(error, zip));
  }
}

/**
 * Removes a page break that would only start an empty last page — what a Ctrl+Enter at the end
 * of a repeated section (one diploma per page) leaves after the last item.
 */
export function trimTrailingPageBreak(xml: string): string {
  const bodyEnd = xml.lastIndexOf('</w:body>');
  if (bodyEnd < 0) return xml;
  let end = bodyEnd;
  const sect = xml.lastIndexOf('<w:sectPr', bodyEnd);
  if (sect >= 0 && !xml.slice(sect, bodyEnd).includes('</w:p>')) end = sect;
  const breaks = [...xml.slice(0, end).matchAll(/<w:br\b[^>]*\bw:type="page"[^>]*\/>/g)];
  const last = breaks[breaks.length - 1];
  if (!last || last.index === undefined) return xml;
  const after = xml.slice(last.index + last[0].length, end);
  if (
    /<w:t(?:\s[^>]*)?>[^<]+<\/w:t>|<w:drawing|<w:pict|<w:object|<w:tbl[ >]|<w:br\b|<w:sectPr|<w:sym\b/.test(
      after,
    )
  ) {
    return xml;
  }
  return xml.slice(0, last.index) + xml.slice(last.index + last[0].length);
}

function renderOne(docx: Uint8Array, data: RenderData): Uint8Array {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError('renderTemplate: data must be an object');
  }
  const zip = open(docx);
  const doc = compile(zip);
  try {
    doc.render(data);
  } catch (error) {
    const errors = (error as XTError).properties?.errors ?? [error];
    const dataError = errors.find((e): e is ImageDataError => e instanceof ImageDataError);
    if (dataError) throw dataError;
    throw new TemplateError(issuesFrom(error, zip));
  }
  const main = mainPartPath(zip);
  const file = entry(zip, main);
  if (file) zip.file(main, trimTrailingPageBreak(file.asText()));
  return doc.toUint8Array({ compression: 'DEFLATE' });
}

/** Fills a template with data. Throws TemplateError for a malformed template, ImageDataError (a TypeError) for a bad image value. */
export async function renderTemplate(docx: Uint8Array, data: RenderData): Promise<Uint8Array> {
  return renderOne(docx, data);
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Many documents from one template (mail merge). The template is validated once (a bad template
 * fails before the first record); each record is then rendered on its own turn of the event loop,
 * so progress is reported and an AbortSignal stops the run between records (rejecting with the
 * signal's reason, an AbortError DOMException by default).
 */
export async function renderMany(
  docx: Uint8Array,
  records: RenderData[],
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array[]> {
  signal?.throwIfAborted();
  compile(open(docx));
  const out: Uint8Array[] = [];
  for (const record of records) {
    await nextTick();
    signal?.throwIfAborted();
    out.push(renderOne(docx, record));
    onProgress?.(out.length);
  }
  return out;
}
