/**
 * Merging duplicates into one record. Pure: it returns the record to store and the ids that the caller
 * must rewrite to the primary in every module (inquiries, letters, authorizations, distribution lists,
 * people's organisationId when organisations are merged) before deleting or hiding the duplicates.
 *
 * Rules:
 * - lists (e-mails, phones, addresses, tags, distribution lists): the union, primary's entries first,
 *   without duplicates (e-mails compared case-insensitively, phones by E.164, addresses folded);
 * - scalars: the first non-empty value, primary first ('other' counts as an empty category); values
 *   that lose are reported in `conflicts` so the person merging can see what was dropped;
 * - visibility: the most restrictive one seen — a record hidden from some users stays hidden after it
 *   is merged into a visible one (when both 'press' and 'secretariat' appear, the primary's restriction
 *   is kept and the conflict reported);
 * - notes: every distinct note, joined by a blank line;
 * - consent: the most recent decision wins (the later of `at` and `withdrawnAt`);
 * - source and createdAt: the earliest record's — where the data first came from;
 * - erased duplicates contribute nothing but are still replaced.
 */
import { AppError } from '../errors';
import { foldForSearch } from '../text/fold';
import { emailKey, phoneKey } from './keys';
import type { PhoneCountry } from './phone';
import type { Contact } from './schema';

export interface MergeConflict {
  field: string;
  kept: string | null;
  dropped: string[];
}

export interface MergePlan {
  merged: Contact;
  /** The duplicates' ids: every reference to them is to point to merged.id. */
  replacedIds: string[];
  conflicts: MergeConflict[];
}

type ScalarField =
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'title'
  | 'gender'
  | 'organisationName'
  | 'organisationId'
  | 'position'
  | 'outletType'
  | 'retentionUntil';

const SCALARS: readonly ScalarField[] = [
  'givenName',
  'familyName',
  'patronymic',
  'title',
  'gender',
  'organisationName',
  'organisationId',
  'position',
  'outletType',
  'retentionUntil',
];

const isEmpty = (v: string | null): boolean => v === null || v.trim() === '';

function union<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

/** Like union, but an entry kept without a label takes the label of a later equal entry. */
function unionLabelled<T extends { value: string; label: string }>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      const kept = byKey.get(k);
      if (!kept) byKey.set(k, { ...item });
      else if (kept.label.trim() === '' && item.label.trim() !== '')
        byKey.set(k, { ...kept, label: item.label });
    }
  }
  return [...byKey.values()];
}

function decisionTime(c: Contact): number {
  const times = [c.consent.at, c.consent.withdrawnAt]
    .filter((t): t is string => t !== null)
    .map((t) => Date.parse(t))
    .filter((t) => !Number.isNaN(t));
  return times.length > 0 ? Math.max(...times) : -Infinity;
}

function pickScalar(field: string, values: readonly (string | null)[], conflicts: MergeConflict[]) {
  const filled = values.filter((v): v is string => !isEmpty(v));
  const kept = filled[0] ?? values[0] ?? null;
  const dropped = [...new Set(filled.filter((v) => v.trim() !== kept?.trim()))];
  if (dropped.length > 0) conflicts.push({ field, kept, dropped });
  return kept;
}

const RESTRICTIVE = (v: Contact['visibility']) => v !== 'everyone';

export function mergePlan(
  primary: Contact,
  duplicates: readonly Contact[],
  options: { phoneCountry?: PhoneCountry } = {},
): MergePlan {
  const country = options.phoneCountry ?? 'PL';
  if (primary.erasedAt !== null) {
    throw new AppError('VALIDATION', { id: primary.id }, [{ path: 'id', message: 'mergeErased' }]);
  }
  const others = duplicates.filter(
    (d, i) => d.id !== primary.id && duplicates.findIndex((x) => x.id === d.id) === i,
  );
  const mismatch = others.find((d) => d.kind !== primary.kind);
  if (mismatch) {
    throw new AppError('VALIDATION', { id: mismatch.id }, [{ path: 'kind', message: 'mergeKindMismatch' }]);
  }
  const all = [primary, ...others.filter((d) => d.erasedAt === null)];
  const conflicts: MergeConflict[] = [];

  const scalars = Object.fromEntries(
    SCALARS.map((field) => [
      field,
      pickScalar(
        field,
        all.map((c) => c[field]),
        conflicts,
      ),
    ]),
  ) as Pick<Contact, ScalarField>;

  const category = all.find((c) => c.category !== 'other')?.category ?? primary.category;
  const categories = [...new Set(all.map((c) => c.category).filter((c) => c !== 'other' && c !== category))];
  if (categories.length > 0) conflicts.push({ field: 'category', kept: category, dropped: categories });
  const outletType = category === 'outlet' || category === 'journalist' ? scalars.outletType : null;

  const restricted = all.map((c) => c.visibility).filter(RESTRICTIVE);
  const visibility = RESTRICTIVE(primary.visibility) ? primary.visibility : (restricted[0] ?? 'everyone');
  const otherVisibilities = [...new Set(all.map((c) => c.visibility).filter((v) => v !== visibility))];
  if (otherVisibilities.length > 0)
    conflicts.push({ field: 'visibility', kept: visibility, dropped: otherVisibilities });

  const notes = union(
    all.map((c) => (c.notes.trim() === '' ? [] : [c.notes.trim()])),
    (n) => n,
  ).join('\n\n');

  const consentFrom = all.reduce((best, c) => (decisionTime(c) > decisionTime(best) ? c : best), primary);
  const earliest = all.reduce((best, c) => (c.createdAt < best.createdAt ? c : best), primary);

  const merged: Contact = {
    ...primary,
    ...scalars,
    category,
    outletType,
    emails: unionLabelled(
      all.map((c) => c.emails),
      (e) => emailKey(e.value) ?? e.value,
    ),
    phones: unionLabelled(
      all.map((c) => c.phones),
      (p) => phoneKey(p.value, country) ?? p.value,
    ),
    addresses: union(
      all.map((c) => c.addresses),
      (a) => foldForSearch([a.street, a.postalCode, a.city, a.country].join('|')).replace(/[\s.,]+/g, ''),
    ),
    tags: union(
      all.map((c) => c.tags),
      (t) => t.toLocaleLowerCase('pl'),
    ),
    lists: union(
      all.map((c) => c.lists),
      (l) => l,
    ),
    notes,
    consent: { ...consentFrom.consent },
    source: { ...earliest.source },
    visibility,
    createdAt: earliest.createdAt,
    erasedAt: null,
  };
  return { merged, replacedIds: others.map((d) => d.id), conflicts };
}
