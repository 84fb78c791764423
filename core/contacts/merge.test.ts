import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { mergePlan } from './merge';
import { contactIssues } from './schema';
import { email, makeContact, phone } from './test-fixtures';

const primary = makeContact({
  id: 'p',
  category: 'journalist',
  outletType: null,
  givenName: 'Jan',
  familyName: 'Kowalski',
  emails: [email('jan.kowalski@gazeta.pl')],
  phones: [phone('+48600123456')],
  addresses: [
    {
      street: 'ul. Sienkiewicza 12',
      postalCode: '27-400',
      city: 'Ostrowiec Świętokrzyski',
      country: 'Polska',
    },
  ],
  tags: ['Kultura'],
  lists: ['list-press'],
  notes: 'Pisze o kulturze.',
  source: { kind: 'own', text: 'wizytówka' },
  consent: { given: true, at: '2026-01-05T10:00:00.000Z', scope: 'newsletter', withdrawnAt: null },
  createdAt: '2026-01-05T10:00:00.000Z',
});

const older = makeContact({
  id: 'd1',
  category: 'other',
  givenName: 'JAN',
  familyName: 'KOWALSKI',
  patronymic: '',
  title: 'red.',
  position: 'reporter',
  outletType: 'daily',
  emails: [email('Jan.Kowalski@Gazeta.PL', 'work'), email('jk@poczta.pl')],
  phones: [phone('+48600123456', 'mobile'), phone('+48412651122', 'redakcja')],
  addresses: [
    {
      street: 'ul. Sienkiewicza 12',
      postalCode: '27-400',
      city: 'Ostrowiec Świętokrzyski',
      country: 'Polska',
    },
  ],
  tags: ['kultura', 'Sport'],
  lists: ['list-press', 'list-events'],
  notes: 'Dzwonić po 10:00.',
  source: { kind: 'import', text: 'lista z 2024 r.' },
  consent: { given: false, at: null, scope: '', withdrawnAt: null },
  createdAt: '2024-06-01T08:00:00.000Z',
});

const newer = makeContact({
  id: 'd2',
  givenName: 'Jan',
  familyName: 'Kowalski',
  notes: 'Pisze o kulturze.',
  visibility: 'press',
  consent: {
    given: false,
    at: '2026-01-05T10:00:00.000Z',
    scope: 'newsletter',
    withdrawnAt: '2026-03-01T12:00:00.000Z',
  },
  createdAt: '2026-03-01T12:00:00.000Z',
});

describe('mergePlan', () => {
  const { merged, replacedIds, conflicts } = mergePlan(primary, [older, newer]);

  it('keeps the primary id and lists the records to repoint', () => {
    expect(merged.id).toBe('p');
    expect(replacedIds).toEqual(['d1', 'd2']);
  });

  it('unions e-mails, phones, addresses, tags and lists without duplicates', () => {
    expect(merged.emails).toEqual([email('jan.kowalski@gazeta.pl', 'work'), email('jk@poczta.pl')]);
    expect(merged.phones).toEqual([phone('+48600123456', 'mobile'), phone('+48412651122', 'redakcja')]);
    expect(merged.addresses).toHaveLength(1);
    expect(merged.tags).toEqual(['Kultura', 'Sport']);
    expect(merged.lists).toEqual(['list-press', 'list-events']);
  });

  it('takes the first non-empty scalar, primary first, and reports what lost', () => {
    expect(merged.givenName).toBe('Jan');
    expect(merged.title).toBe('red.');
    expect(merged.position).toBe('reporter');
    expect(merged.category).toBe('journalist');
    expect(merged.outletType).toBe('daily');
    expect(conflicts).toContainEqual({ field: 'givenName', kept: 'Jan', dropped: ['JAN'] });
  });

  it('concatenates distinct notes', () => {
    expect(merged.notes).toBe('Pisze o kulturze.\n\nDzwonić po 10:00.');
  });

  it('lets the most recent consent decision win', () => {
    expect(merged.consent).toEqual(newer.consent);
    const withoutWithdrawal = mergePlan(primary, [older]).merged;
    expect(withoutWithdrawal.consent).toEqual(primary.consent);
  });

  it('keeps the earliest source and creation time', () => {
    expect(merged.source).toEqual({ kind: 'import', text: 'lista z 2024 r.' });
    expect(merged.createdAt).toBe('2024-06-01T08:00:00.000Z');
  });

  it('keeps the most restrictive visibility', () => {
    expect(merged.visibility).toBe('press');
    expect(conflicts).toContainEqual({ field: 'visibility', kept: 'press', dropped: ['everyone'] });
  });

  it('gives a valid record', () => {
    expect(contactIssues(merged)).toEqual([]);
  });

  it('does not change its inputs', () => {
    expect(primary.emails).toEqual([email('jan.kowalski@gazeta.pl')]);
    expect(older.tags).toEqual(['kultura', 'Sport']);
  });

  it('ignores the primary among the duplicates and repeated duplicates', () => {
    expect(mergePlan(primary, [primary, older, older]).replacedIds).toEqual(['d1']);
  });

  it('takes nothing from an erased duplicate but still replaces it', () => {
    const erased = makeContact({
      id: 'e',
      familyName: '[usunięto]',
      erasedAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2020-01-01T00:00:00.000Z',
    });
    const plan = mergePlan(primary, [erased]);
    expect(plan.replacedIds).toEqual(['e']);
    expect(plan.merged.familyName).toBe('Kowalski');
    expect(plan.merged.createdAt).toBe(primary.createdAt);
  });

  it('refuses to merge a person with an organisation, or into an erased record', () => {
    const outlet = makeContact({ id: 'o', kind: 'organisation', organisationName: 'Radio Kielce' });
    expect(() => mergePlan(primary, [outlet])).toThrow(AppError);
    try {
      mergePlan(primary, [outlet]);
    } catch (error) {
      expect((error as AppError).issues).toEqual([{ path: 'kind', message: 'mergeKindMismatch' }]);
    }
    expect(() => mergePlan({ ...primary, erasedAt: '2026-01-01T00:00:00.000Z' }, [older])).toThrow(AppError);
  });

  it('drops an outlet type the merged category cannot carry', () => {
    const resident = makeContact({ ...primary, id: 'r', category: 'resident' });
    expect(mergePlan(resident, [older]).merged.outletType).toBeNull();
  });

  it('compares phones in E.164 whatever their format', () => {
    const raw = makeContact({ id: 'raw', familyName: 'Kowalski', phones: [phone('600 123 456')] });
    expect(mergePlan(primary, [raw]).merged.phones).toEqual([phone('+48600123456')]);
  });
});
