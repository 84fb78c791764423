// Public types of the letter template engine (re-exported by index.ts).

export type TemplateIssueCode =
  | 'UNCLOSED_TAG'
  | 'UNOPENED_TAG'
  | 'UNCLOSED_LOOP'
  | 'UNKNOWN_COMMAND'
  | 'DUPLICATE_OPEN'
  | 'NOT_A_DOCX'
  | 'FORBIDDEN_EXPRESSION'
  | 'OTHER';

export interface TemplateIssue {
  code: TemplateIssueCode;
  /** The tag as typed, without the braces but with its sign (`/couples`, `%crest`); null when not about a tag. */
  tag: string | null;
  /** where, for the person: paragraph text around it, max ~80 chars */
  context: string | null;
  /** Technical explanation in English, for logs and support; the UI shows its own text per `code`. */
  detail?: string;
}

export interface TemplateInspection {
  /** True when the template can be rendered (no issues). */
  ok: boolean;
  /**
   * Simple fields and dotted paths, sorted, unique. A field inside a loop is listed under the loop's
   * path (`couples.names` for `{names}` inside `{#couples}`); inside a loop a name is looked up on the
   * item first and then outside, so a letter-level field used in a loop shows up with the loop prefix.
   */
  placeholders: string[];
  /** Paths of `{#list}…{/list}` sections (repeated per item), sorted, unique. */
  loops: string[];
  /** Paths of `{?flag}…{/flag}` and `{^flag}…{/flag}` sections (shown when true / when false), sorted, unique. */
  conditions: string[];
  /** Paths of `{%picture}` image tags, sorted, unique. */
  images: string[];
  issues: TemplateIssue[];
}

/** An image to put where a `{%name}` tag stands (a crest, a scanned signature). */
export interface TemplateImage {
  kind: 'image';
  data: Uint8Array;
  extension: '.png' | '.jpg';
  widthCm: number;
  heightCm: number;
}

/** strings, numbers, booleans, arrays of objects, nested objects, images as TemplateImage */
export interface RenderData {
  [key: string]: unknown;
}

/** Thrown by renderTemplate/renderMany for a template that has issues (see inspectTemplate). */
export class TemplateError extends Error {
  readonly issues: TemplateIssue[];
  constructor(issues: TemplateIssue[]) {
    const first = issues[0];
    const summary = first ? `${first.code}${first.tag ? ` {${first.tag}}` : ''}` : 'unknown problem';
    super(
      `The letter template cannot be used: ${summary}${issues.length > 1 ? ` and ${issues.length - 1} more issue(s)` : ''}`,
    );
    this.name = 'TemplateError';
    this.issues = issues;
  }
}
