// What the texts of the built-in templates are made of, independent of the `docx` library.
//
// Texts are plain strings with the office's tags in them (`{names}`, `{?years}…{/years}`); the layout
// code (blocks.ts) turns every tag into its own run, so no tag is ever split between runs.
import type { LetterKind, LetterLanguage } from '../../../core/letters/schema';

export type Align = 'left' | 'right' | 'center' | 'justify';

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
}
export type Run = string | RunSpec;

export interface ParaSpec {
  runs: Run[];
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** Twips. */
  before?: number;
  after?: number;
  indentLeft?: number;
  hanging?: number;
  /** Keep on the same page as the next paragraph (signature lines, headings). */
  keepNext?: boolean;
}

/** Paragraphs shown only when `flag` is truthy (`{?flag}`) or falsy (`{^flag}`); the tags get their own paragraphs. */
export interface Section {
  flag: string;
  show: 'truthy' | 'falsy';
  blocks: Block[];
}

/** A bare string is a justified body paragraph. */
export type Block = string | ParaSpec | Section;

export function isSection(block: Block): block is Section {
  return typeof block === 'object' && 'flag' in block;
}

export function p(runs: Run | Run[], options: Omit<ParaSpec, 'runs'> = {}): ParaSpec {
  return { runs: Array.isArray(runs) ? runs : [runs], ...options };
}

/** "Label: {value}" with a bold label, for the particulars of a decision. */
export function labelled(label: string, value: string): ParaSpec {
  return p([{ text: `${label} `, bold: true }, value], { align: 'left', after: 40, indentLeft: 567 });
}

/** A numbered condition with a hanging indent ("1. …"). */
export function numbered(n: number, text: string): ParaSpec {
  return p(`${n}.\t${text}`, { align: 'justify', after: 60, indentLeft: 567, hanging: 567 });
}

export interface LetterText {
  /** The template's name in its own language. */
  name: string;
  /** Centred lines between the recipient block and the salutation (a title, the couple's names). */
  heading?: Block[];
  /** Print "Dotyczy: {subject}" when a subject is given. */
  subjectLine?: boolean;
  body: Block[];
}

export interface DiplomaText {
  name: string;
  title: string;
  /** "dla" / "для" / "awarded to": the line above the names. */
  to: string;
  /** Shown under the achievement only when `years` is given; contains `{years}`. */
  yearsLine: string;
}

export interface ObituaryText {
  name: string;
  opening: string;
  /** A line just above the name ("śp."), if the language uses one. */
  beforeName?: string;
  /** Contains `{dateOfDeath}`. */
  died: string;
  /** Centred paragraphs after the name and role. */
  body: Block[];
}

/** Everything one language contributes; a kind it does not have is not offered in that language. */
export interface LanguagePack {
  language: LetterLanguage;
  /** Reference line, contains `{regNo}`. */
  reference: string;
  subjectLabel: string;
  /** Put after `{salutation}` (the salutation itself has no punctuation). */
  salutationEnd: string;
  closing: string;
  letters: Partial<Record<LetterKind, LetterText>>;
  diploma?: DiplomaText;
  obituary?: ObituaryText;
}
