import { diffArrays } from 'diff';
import type { Citation } from '../deadlines';
import { ART_14A_6 } from './deadline';

/**
 * Received vs authorized text, side by side, and the art. 14a ust. 6 check (new questions, new answers,
 * changed order). The diffing is jsdiff's `diffArrays` (Myers) over our own tokens: jsdiff's `diffWords`
 * only knows Latin letters and splits Cyrillic into single characters, so a Ukrainian text would diff
 * letter by letter. Our tokens use Unicode classes (\p{L}), identical in every JS engine.
 *
 * A paragraph is a non-empty line (pasted text keeps one paragraph per line; a hard-wrapped e-mail gives
 * one row per line, which is still a correct diff).
 */

export type SegmentKind = 'equal' | 'removed' | 'added';
export interface Segment {
  kind: SegmentKind;
  text: string;
}

/**
 * One row of the side-by-side view. `left` is the received paragraph (segments equal/removed), `right` the
 * authorized one (equal/added). An 'added' row has an empty `left`, a 'removed' row an empty `right`.
 */
export interface DiffRow {
  kind: 'equal' | 'changed' | 'removed' | 'added';
  left: Segment[];
  right: Segment[];
  /** Index of the paragraph in `paragraphs(received)` / `paragraphs(authorized)`. */
  leftIndex: number | null;
  rightIndex: number | null;
}

export interface SideBySide {
  rows: DiffRow[];
  /** Equal after normalising whitespace. */
  identical: boolean;
}

/** Two paragraphs at least this similar (Dice over words, 0…1) are one paragraph reworded. */
export const SIMILARITY_THRESHOLD = 0.5;

export function normalizeWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function paragraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’\u00AD-][\p{L}\p{M}\p{N}_]+)*/gu;
/** A word or one punctuation mark, each with the whitespace that follows it; leading whitespace alone. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:['’\u00AD-][\p{L}\p{M}\p{N}_]+)*\s*|[^\p{L}\p{M}\p{N}_\s]\s*|\s+/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function words(text: string): string[] {
  return (text.toLocaleLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/gu, "'"));
}

function push(list: Segment[], kind: SegmentKind, text: string): void {
  if (text === '') return;
  const last = list.at(-1);
  if (last && last.kind === kind) last.text += text;
  else list.push({ kind, text });
}

/** Word-level diff of two paragraphs; whitespace differences are not changes. */
export function wordDiff(left: string, right: string): { left: Segment[]; right: Segment[] } {
  const a = tokens(left);
  const b = tokens(right);
  const changes = diffArrays(a, b, { comparator: (l, r) => l.trimEnd() === r.trimEnd() });
  const out = { left: [] as Segment[], right: [] as Segment[] };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count;
    if (change.added) {
      push(out.right, 'added', b.slice(j, j + n).join(''));
      j += n;
    } else if (change.removed) {
      push(out.left, 'removed', a.slice(i, i + n).join(''));
      i += n;
    } else {
      push(out.left, 'equal', a.slice(i, i + n).join(''));
      push(out.right, 'equal', b.slice(j, j + n).join(''));
      i += n;
      j += n;
    }
  }
  return out;
}

/** Dice coefficient over the words in order (2·LCS / (|a| + |b|)); speaker labels are ignored. */
export function similarity(a: string, b: string): number {
  const wa = words(stripLabel(a));
  const wb = words(stripLabel(b));
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  let common = 0;
  for (const change of diffArrays(wa, wb)) if (!change.added && !change.removed) common += change.count;
  return (2 * common) / (wa.length + wb.length);
}

export function sideBySideDiff(received: string, authorized: string): SideBySide {
  const left = paragraphs(received);
  const right = paragraphs(authorized);
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];

  const flush = () => {
    // Pair removed and added paragraphs in order when they are one paragraph reworded; the rest stand alone.
    let k = 0;
    for (const r of removed) {
      let best = -1;
      let bestScore = SIMILARITY_THRESHOLD;
      for (let m = k; m < added.length; m++) {
        const score = similarity(left[r] as string, right[added[m] as number] as string);
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = m;
          bestScore = score;
        }
      }
      if (best < 0) {
        rows.push({
          kind: 'removed',
          left: [{ kind: 'removed', text: left[r] as string }],
          right: [],
          leftIndex: r,
          rightIndex: null,
        });
        continue;
      }
      for (; k < best; k++) rows.push(addedRow(added[k] as number));
      const a = added[best] as number;
      rows.push({
        kind: 'changed',
        ...wordDiff(left[r] as string, right[a] as string),
        leftIndex: r,
        rightIndex: a,
      });
      k = best + 1;
    }
    for (; k < added.length; k++) rows.push(addedRow(added[k] as number));
    removed = [];
    added = [];
  };
  const addedRow = (a: number): DiffRow => ({
    kind: 'added',
    left: [],
    right: [{ kind: 'added', text: right[a] as string }],
    leftIndex: null,
    rightIndex: a,
  });

  for (const change of diffArrays(left.map(normalizeWhitespace), right.map(normalizeWhitespace))) {
    const n = change.count;
    if (change.removed) {
      for (let m = 0; m < n; m++) removed.push(i++);
    } else if (change.added) {
      for (let m = 0; m < n; m++) added.push(j++);
    } else {
      flush();
      for (let m = 0; m < n; m++, i++, j++) {
        rows.push({
          kind: 'equal',
          left: [{ kind: 'equal', text: left[i] as string }],
          right: [{ kind: 'equal', text: right[j] as string }],
          leftIndex: i,
          rightIndex: j,
        });
      }
    }
  }
  flush();
  return { rows, identical: normalizeWhitespace(received) === normalizeWhitespace(authorized) };
}

// ---------------------------------------------------------------------------------------------------------
// Interview structure (art. 14a ust. 6)

export interface InterviewPeople {
  /** The journalist's name: "Jan Kowalski" also recognises the labels "JK:", "J.K.:", "Kowalski:". */
  journalistName?: string;
  /** The interviewee's name, for answer labels the same way. */
  interviewee?: string;
}

export type ParagraphRole = 'question' | 'answer';

const QUESTION_LABELS = ['pytanie', 'pyt.', 'p', 'q', 'question', 'питання', 'запитання', 'п', 'з'];
const ANSWER_LABELS = ['odpowiedź', 'odp.', 'o', 'a', 'answer', 'відповідь', 'в'];
const DASH = /^[—–-]\s*/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
function labelRegex(labels: string[]): RegExp {
  const alternatives = [...labels].sort((x, y) => y.length - x.length).map(escape);
  return new RegExp(`^(?:${alternatives.join('|')})\\s*:\\s*`, 'iu');
}
const QUESTION_LABEL = labelRegex(QUESTION_LABELS);
const ANSWER_LABEL = labelRegex(ANSWER_LABELS);
const ANY_LABEL = labelRegex([...QUESTION_LABELS, ...ANSWER_LABELS]);

/** The labels a person's name yields: initials of all words and of the last two, "J.K.", the surname, the name. */
function nameLabels(name: string | undefined): string[] {
  const parts = (name ?? '')
    .normalize('NFC')
    .split(/[\s-]+/u)
    .filter(Boolean);
  if (parts.length === 0) return [];
  const initials = (ps: string[]) => ps.map((p) => p[0] ?? '').join('');
  const dotted = (ps: string[]) => ps.map((p) => `${p[0] ?? ''}.`).join('');
  const dottedSpaced = (ps: string[]) => ps.map((p) => `${p[0] ?? ''}.`).join(' ');
  const lastTwo = parts.slice(-2);
  const set = new Set([parts.join(' '), parts.at(-1) as string]);
  if (parts.length > 1) {
    for (const ps of [parts, lastTwo]) {
      set.add(initials(ps));
      set.add(dotted(ps));
      set.add(dottedSpaced(ps));
    }
  }
  return [...set].filter((s) => s.length > 0);
}

function stripLabel(paragraph: string): string {
  return paragraph.replace(ANY_LABEL, '').replace(DASH, '');
}

interface Classifier {
  (paragraph: string): ParagraphRole;
}

/**
 * Question or answer, in this order: an answer label (Odpowiedź:, O:, A:, Відповідь:, the interviewee's
 * initials or surname) → answer; a question label (Pytanie:, P:, Q:, Питання:, the journalist's initials or
 * surname) → question; a leading dialogue dash → question, but only when the texts mix dashed and undashed
 * paragraphs (when every paragraph has a dash, the dash says nothing); ends with "?" → question; else answer.
 */
export function interviewClassifier(texts: string[], people: InterviewPeople = {}): Classifier {
  const journalist = nameLabels(people.journalistName);
  const interviewee = nameLabels(people.interviewee);
  const journalistLabel = journalist.length ? labelRegex(journalist) : null;
  const intervieweeLabel = interviewee.length ? labelRegex(interviewee) : null;
  const all = texts.flatMap(paragraphs);
  const dashed = all.filter((p) => DASH.test(p)).length;
  const dashMeansQuestion = dashed > 0 && dashed < all.length;

  return (paragraph) => {
    const p = paragraph.trim();
    if (ANSWER_LABEL.test(p) || intervieweeLabel?.test(p)) return 'answer';
    if (QUESTION_LABEL.test(p) || journalistLabel?.test(p)) return 'question';
    if (dashMeansQuestion && DASH.test(p)) return 'question';
    return /\?[\s"”»’')\]]*$/u.test(p) ? 'question' : 'answer';
  };
}

export interface StructureCheck {
  /** Authorized paragraphs classed as questions that have no counterpart in the received text. */
  addedQuestions: string[];
  /** Authorized paragraphs classed as answers that have no counterpart in the received text. */
  addedAnswers: string[];
  /** The kept paragraphs appear in another order ("zmiana kolejności wypowiedzi"). */
  reordered: boolean;
  warning: boolean;
  /** Art. 14a ust. 6: such changes are not authorization. */
  citation: Citation;
}

/**
 * Art. 14a ust. 6: "Nie stanowi autoryzacji zaproponowanie … nowych pytań, przekazanie nowych informacji lub
 * odpowiedzi ani zmiana kolejności wypowiedzi". An authorized paragraph is new when no received paragraph
 * reaches SIMILARITY_THRESHOLD; rewording (even heavy) of an existing paragraph is not. New information
 * inside a kept paragraph is not detected (see README, gaps).
 */
export function newQuestionsOrAnswers(
  received: string,
  authorized: string,
  people: InterviewPeople = {},
): StructureCheck {
  const left = paragraphs(received);
  const right = paragraphs(authorized);
  const classify = interviewClassifier([received, authorized], people);
  const exact = new Map<string, number[]>();
  left.forEach((p, index) => {
    const key = normalizeWhitespace(p);
    exact.set(key, [...(exact.get(key) ?? []), index]);
  });

  const addedQuestions: string[] = [];
  const addedAnswers: string[] = [];
  let last = -1;
  let reordered = false;
  for (const p of right) {
    const match = bestMatch(p, left, exact, last);
    if (match === null) {
      (classify(p) === 'question' ? addedQuestions : addedAnswers).push(p);
      continue;
    }
    if (match < last) reordered = true;
    last = Math.max(last, match);
  }
  return {
    addedQuestions,
    addedAnswers,
    reordered,
    warning: addedQuestions.length > 0 || addedAnswers.length > 0 || reordered,
    citation: ART_14A_6,
  };
}

/** Index of the most similar received paragraph (≥ threshold); on a tie the first one not before `after`. */
function bestMatch(p: string, left: string[], exact: Map<string, number[]>, after: number): number | null {
  const same = exact.get(normalizeWhitespace(p));
  if (same) return same.find((index) => index >= after) ?? (same[0] as number);
  const scores = left.map((q) => similarity(p, q));
  const best = Math.max(-1, ...scores);
  if (best < SIMILARITY_THRESHOLD) return null;
  const ties = scores.flatMap((score, index) => (score >= best - 1e-9 ? [index] : []));
  return ties.find((index) => index >= after) ?? (ties[0] as number);
}
