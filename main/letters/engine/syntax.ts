// The tag language of the office's templates, and the only code that reads data for a tag.
//
// Templates come from users, so a tag is never evaluated: it must be a plain name or dotted path
// (`{recipient.name}`, `{imię}`), optionally with one sign in front that the engine understands
// (`#` loop, `?` / `^` condition, `/` end, `%` image). Anything that looks like code (brackets,
// operators, quotes, `this`, `require`, `process`, `constructor`…) is refused as
// FORBIDDEN_EXPRESSION, and other engines' commands or docxtemplater extras we do not enable
// (`{@raw xml}`, `{-w:p dash loop}`, `{=<% %>=}` delimiter switch, `{FOR …}`, `{EXEC …}`) as
// UNKNOWN_COMMAND. Values are looked up as own properties only, so nothing reaches prototypes.
import type { DXT } from 'docxtemplater';
import type { TemplateIssueCode } from './types';

export const IMAGE_MODULE = 'pressdesk-image';
export const LOOP_MODULE = 'loop';

/** Thrown by the parser while docxtemplater compiles a template; mapped to a TemplateIssue. */
export class TagPolicyError extends Error {
  constructor(
    readonly code: TemplateIssueCode,
    message: string,
    /** The tag as typed, with its sign and without braces, when known. */
    readonly tag: string | null = null,
  ) {
    super(message);
    this.name = 'TagPolicyError';
  }
}

export type TagKind = 'placeholder' | 'loop' | 'condition' | 'image';

/** What a compiled docxtemplater part is, in our terms; null for parts we do not allow. */
export function kindOfPart(part: Partial<DXT.Part> | undefined): TagKind | null {
  if (!part || !part.module) return 'placeholder';
  if (part.module === IMAGE_MODULE) return 'image';
  if (part.module === LOOP_MODULE) {
    const sign = (part.raw ?? '').trimStart().charAt(0);
    if (sign === '#') return 'loop';
    if (sign === '?' || sign === '^') return 'condition';
    if (sign === '/') return 'loop'; // an end tag; its opening decides, this is only for validation
    return null; // `{-w:p list}` dash loops and anything else
  }
  return null; // `{@raw}` and any other docxtemplater module
}

const RESERVED = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'this',
  'require',
  'process',
  'global',
  'globalThis',
  'eval',
  'Function',
  'import',
  'module',
  'exports',
]);
/** Other template engines' commands (docx-templates, mail-merge habits) that people may paste. */
const FOREIGN_COMMAND = /^(FOR|END-FOR|IF|END-IF|EXEC|EXECUTE|INS|IMAGE|LINK|HTML|ALIAS|MERGEFIELD)\b/;
const CODE_LIKE = /[()[\]{}+*/\\=<>!&|;,'"`$~^?:%@#]|\s-|-\s/;
const SEGMENT = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** Validates a tag's name (the text after its sign) and returns its path segments; `.` is the current item. */
export function parseTagPath(rawName: string): string[] {
  const name = rawName.trim();
  if (name === '.') return [];
  if (name === '') throw new TagPolicyError('UNKNOWN_COMMAND', 'Empty tag');
  if (/^[=@-]/.test(name) || FOREIGN_COMMAND.test(name)) {
    throw new TagPolicyError('UNKNOWN_COMMAND', `"${name}" is a command this engine does not support`);
  }
  const words = name.split(/[^\p{L}\p{N}_$]+/u);
  if (CODE_LIKE.test(name) || words.some((w) => RESERVED.has(w))) {
    throw new TagPolicyError(
      'FORBIDDEN_EXPRESSION',
      `"${name}" is an expression; only field names are allowed`,
    );
  }
  const segments = name.split('.');
  if (!segments.every((s) => SEGMENT.test(s))) {
    throw new TagPolicyError(
      'UNKNOWN_COMMAND',
      `"${name}" is not a field name (letters, digits, _ and - only)`,
    );
  }
  return segments;
}

function lookUp(scope: unknown, segments: string[]): unknown {
  let current = scope;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'function' ? undefined : current;
}

/** What a plain `{field}` prints: text and numbers; anything else prints nothing (never "undefined"). */
function printable(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'bigint') return String(value);
  return undefined;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * docxtemplater's `parser` option: called once per tag while compiling (so a refused tag is a
 * compile error, before any data is seen), and its `get` while rendering.
 */
export function safeParser(tag: string, meta?: { tag?: Partial<DXT.Part> }): DXT.Parser {
  const part = meta?.tag;
  const kind = kindOfPart(part);
  const typed = (part?.raw ?? tag).trim();
  if (kind === null) {
    throw new TagPolicyError(
      'UNKNOWN_COMMAND',
      `"${typed}" is a command this engine does not support`,
      typed,
    );
  }
  let segments: string[];
  try {
    segments = parseTagPath(tag);
  } catch (error) {
    if (error instanceof TagPolicyError) throw new TagPolicyError(error.code, error.message, typed);
    throw error;
  }
  return {
    get(scope: unknown): unknown {
      const value = lookUp(scope, segments);
      switch (kind) {
        case 'placeholder':
          return printable(value);
        case 'condition':
          // A condition never changes the scope, whatever the value is (object, list…).
          return value === undefined ? undefined : truthy(value);
        default:
          return value;
      }
    },
  };
}
