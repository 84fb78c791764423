/**
 * Likely duplicates in the contact directory, for a person to review and merge (merge.ts).
 *
 * Every contact gets a few matching keys (keys.ts): each e-mail, each phone in E.164, its name skeleton
 * (people) or organisation-name key (organisations). Contacts are bucketed by key — a map, one pass — so
 * 10,000 contacts cost 10,000 × a few keys, never 10,000² comparisons. Pairs are made only inside a
 * bucket, and a bucket bigger than `maxBucketSize` is skipped: a value shared by many records is a
 * switchboard number or an editorial mailbox, not evidence that they are one person.
 *
 * People are compared only with people and organisations with organisations (a journalist and her
 * outlet share the newsroom's phone). Erased records are left out (their placeholder names all match).
 * A name match between two people whose patronymics are both known and differ is dropped (Олена
 * Іванівна ≠ Олена Петрівна).
 *
 * A pair's score combines its reasons as independent evidence: 1 − Π(1 − weight). Groups are the
 * connected pairs (union–find); a group's score is its best pair's.
 */
import type { Contact } from './schema';
import { emailKey, latinTokens, nameKey, organisationKey, phoneKey } from './keys';
import type { PhoneCountry } from './phone';

export const DUPLICATE_REASONS = ['email', 'phone', 'name', 'organisation'] as const;
export type DuplicateReasonKind = (typeof DUPLICATE_REASONS)[number];

/** How much one shared key says on its own. */
export const REASON_WEIGHTS: Record<DuplicateReasonKind, number> = {
  email: 0.9,
  phone: 0.75,
  organisation: 0.7,
  name: 0.6,
};

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** The shared key as matched (normalised e-mail, E.164, folded name). */
  value: string;
}

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: DuplicateReason[];
}

export interface DuplicateGroup {
  /** In the input order. */
  ids: string[];
  /** Suggested record to keep: the fullest one, the oldest on a tie. */
  primaryId: string;
  /** 0..1, the best pair's score. */
  score: number;
  /** Distinct reasons across the group's pairs. */
  reasons: DuplicateReason[];
  pairs: DuplicatePair[];
}

export interface DuplicateOptions {
  /** Office country for numbers written without a country code. Default PL. */
  phoneCountry?: PhoneCountry;
  /** Buckets larger than this are shared values, not identity. Default 20. */
  maxBucketSize?: number;
  /** Pairs below this score are not reported. Default 0 (every shared key). */
  minScore?: number;
}

type Subject = Pick<
  Contact,
  | 'id'
  | 'kind'
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'organisationName'
  | 'emails'
  | 'phones'
  | 'erasedAt'
  | 'createdAt'
>;

function keysOf(c: Subject, country: PhoneCountry): { kind: DuplicateReasonKind; value: string }[] {
  const keys: { kind: DuplicateReasonKind; value: string }[] = [];
  const push = (kind: DuplicateReasonKind, value: string | null) => {
    if (value !== null && !keys.some((k) => k.kind === kind && k.value === value)) keys.push({ kind, value });
  };
  for (const e of c.emails) push('email', emailKey(e.value));
  for (const p of c.phones) push('phone', phoneKey(p.value, country));
  if (c.kind === 'person') push('name', nameKey(c.givenName, c.familyName));
  else push('organisation', organisationKey(c.organisationName));
  return keys;
}

function fullness(c: Subject): number {
  return (
    c.emails.length +
    c.phones.length +
    [c.givenName, c.familyName, c.patronymic, c.organisationName].filter((s) => s.trim() !== '').length
  );
}

function patronymicsDiffer(a: Subject, b: Subject): boolean {
  const pa = latinTokens(a.patronymic).join(' ');
  const pb = latinTokens(b.patronymic).join(' ');
  return pa !== '' && pb !== '' && pa !== pb;
}

export function pairScore(reasons: readonly DuplicateReason[]): number {
  const kinds = new Set(reasons.map((r) => r.kind));
  let miss = 1;
  for (const kind of kinds) miss *= 1 - REASON_WEIGHTS[kind];
  return Math.round((1 - miss) * 1000) / 1000;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function findDuplicates(
  contacts: readonly Subject[],
  options: DuplicateOptions = {},
): DuplicateGroup[] {
  const country = options.phoneCountry ?? 'PL';
  const maxBucket = options.maxBucketSize ?? 20;
  const minScore = options.minScore ?? 0;

  const buckets = new Map<string, number[]>();
  contacts.forEach((c, index) => {
    if (c.erasedAt !== null) return;
    for (const key of keysOf(c, country)) {
      const bucketKey = `${c.kind}\u0000${key.kind}\u0000${key.value}`;
      const bucket = buckets.get(bucketKey);
      if (bucket) bucket.push(index);
      else buckets.set(bucketKey, [index]);
    }
  });

  // Pair key "i,j" (i < j) → reasons.
  const pairs = new Map<string, { i: number; j: number; reasons: DuplicateReason[] }>();
  for (const [bucketKey, members] of buckets) {
    if (members.length < 2 || members.length > maxBucket) continue;
    const [, kind, value] = bucketKey.split('\u0000') as [string, DuplicateReasonKind, string];
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (kind === 'name' && patronymicsDiffer(contacts[i]!, contacts[j]!)) continue;
        const pairKey = `${i},${j}`;
        const pair = pairs.get(pairKey);
        if (pair) pair.reasons.push({ kind, value });
        else pairs.set(pairKey, { i, j, reasons: [{ kind, value }] });
      }
    }
  }

  const union = new UnionFind(contacts.length);
  const kept: { i: number; j: number; pair: DuplicatePair }[] = [];
  for (const { i, j, reasons } of pairs.values()) {
    const score = pairScore(reasons);
    if (score < minScore) continue;
    union.union(i, j);
    kept.push({ i, j, pair: { a: contacts[i]!.id, b: contacts[j]!.id, score, reasons } });
  }

  const groups = new Map<number, { members: Set<number>; pairs: DuplicatePair[] }>();
  for (const { i, j, pair } of kept) {
    const root = union.find(i);
    let group = groups.get(root);
    if (!group) {
      group = { members: new Set(), pairs: [] };
      groups.set(root, group);
    }
    group.members.add(i).add(j);
    group.pairs.push(pair);
  }

  const result: DuplicateGroup[] = [];
  for (const { members, pairs: groupPairs } of groups.values()) {
    const indexes = [...members].sort((a, b) => a - b);
    const reasons: DuplicateReason[] = [];
    for (const pair of groupPairs) {
      for (const r of pair.reasons) {
        if (!reasons.some((x) => x.kind === r.kind && x.value === r.value)) reasons.push(r);
      }
    }
    const primary = indexes.reduce((best, i) => {
      const a = contacts[best]!;
      const b = contacts[i]!;
      const diff = fullness(b) - fullness(a);
      return diff > 0 || (diff === 0 && b.createdAt < a.createdAt) ? i : best;
    });
    result.push({
      ids: indexes.map((i) => contacts[i]!.id),
      primaryId: contacts[primary]!.id,
      score: Math.max(...groupPairs.map((p) => p.score)),
      reasons,
      pairs: groupPairs.sort((p, q) => q.score - p.score),
    });
  }
  return result.sort((a, b) => b.score - a.score || a.ids[0]!.localeCompare(b.ids[0]!));
}
