import { afterEach, describe, expect, it } from 'vitest';
import { findDuplicates } from '../core/contacts/duplicates';
import { tempApp } from '../main/testing/temp-app';
import { loadContacts, planContacts } from './contacts-dataset';
import { Random } from './random';

const NOW = Date.parse('2026-03-14T09:00:00Z');

describe('contacts dataset', () => {
  let app: ReturnType<typeof tempApp> | undefined;
  afterEach(() => {
    app?.close();
    app = undefined;
  });

  it('is deterministic, has the requested size, PL and UA names, and phones stored in E.164', () => {
    const plan = planContacts(600, new Random(3), NOW);
    expect(plan.contacts).toHaveLength(600);
    expect(planContacts(600, new Random(3), NOW)).toEqual(plan);
    const fields = plan.contacts.map((c) => c.fields);
    expect(fields.some((f) => /[а-яі]/i.test(f.familyName))).toBe(true);
    expect(fields.some((f) => /[ąćęłńóśźż]/i.test(f.familyName))).toBe(true);
    expect(new Set(fields.map((f) => f.category))).toEqual(
      new Set(['outlet', 'organisation', 'journalist', 'resident', 'official']),
    );
    for (const f of fields) for (const p of f.phones) expect(p.value).toMatch(/^\+\d{11,12}$/);
    expect(new Set(plan.planted.map((p) => p.kind))).toEqual(
      new Set(['email', 'name', 'phone', 'organisation']),
    );
  });

  it('stores every contact through the repository, and findDuplicates finds exactly the planted pairs', () => {
    app = tempApp();
    const { ctx } = app;
    const plan = planContacts(600, new Random(3), NOW);
    const load = loadContacts(ctx, () => undefined, plan, 250);
    expect(load.batches.map((b) => b.rows)).toEqual([250, 250, 100]);
    const all = ctx.contacts.contacts.find({});
    expect(all).toHaveLength(600);
    const journalists = all.filter((c) => c.category === 'journalist');
    expect(
      journalists.every(
        (j) =>
          j.organisationId !== null && ctx.contacts.contacts.get(j.organisationId)?.category === 'outlet',
      ),
    ).toBe(true);
    const changes = ctx.db
      .prepare("SELECT count(DISTINCT row_id) FROM change_log WHERE table_name = 'contacts'")
      .pluck()
      .get();
    expect(changes).toBe(600);

    const groups = findDuplicates(all);
    const pairs = plan.planted.map((p) => [load.ids[p.original]!, load.ids[p.duplicate]!].sort().join(' '));
    expect(groups.map((g) => [...g.ids].sort().join(' ')).sort()).toEqual(pairs.sort());
  });
});
