import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  contactIssues,
  ContactCreateSchema,
  contactSchemas,
  ContactUpdateSchema,
  CONTACT_VALIDATION_KEYS,
  displayName,
  type ContactCreateInput,
} from './schema';

function issues(input: unknown, schema = ContactCreateSchema) {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesOf(result.error);
}

describe('ContactCreateSchema', () => {
  it('fills every optional field with its empty value', () => {
    const c = ContactCreateSchema.parse({ kind: 'person', givenName: ' Jan ', familyName: 'Kowalski' });
    expect(c).toMatchObject({
      kind: 'person',
      category: 'other',
      outletType: null,
      givenName: 'Jan',
      familyName: 'Kowalski',
      gender: null,
      organisationId: null,
      emails: [],
      phones: [],
      tags: [],
      lists: [],
      source: { kind: 'own', text: '' },
      consent: { given: false, at: null, scope: '', withdrawnAt: null },
      visibility: 'everyone',
      retentionUntil: null,
    });
  });

  it('normalises Polish and Ukrainian phone numbers to E.164 and keeps what it cannot read', () => {
    const c = ContactCreateSchema.parse({
      kind: 'person',
      familyName: 'Kowalski',
      phones: [
        { value: '600 123 456', label: 'mobile' },
        { value: '(41) 265-11-22' },
        { value: '067 123 45 67' },
        { value: '0048 601-234-567' },
        { value: '+48 22 555 12 34 wew. 12' },
      ],
    });
    expect(c.phones.map((p) => p.value)).toEqual([
      '+48600123456',
      '+48412651122',
      '+380671234567',
      '+48601234567',
      '+48 22 555 12 34 wew. 12',
    ]);
    expect(c.phones[0]!.label).toBe('mobile');
  });

  it('reads national numbers in Ukraine first for an office in Ukraine', () => {
    const { create } = contactSchemas('UA');
    const c = create.parse({ kind: 'person', familyName: 'Шевчук', phones: [{ value: '50 123 4567' }] });
    expect(c.phones[0]!.value).toBe('+380501234567');
  });

  it('drops duplicate phones, e-mails and tags (case-insensitively, first spelling kept)', () => {
    const c = ContactCreateSchema.parse({
      kind: 'person',
      familyName: 'Nowak',
      phones: [{ value: '600 123 456' }, { value: '+48600123456' }],
      emails: [{ value: 'A.Nowak@Radio.pl' }, { value: 'a.nowak@radio.pl' }],
      tags: ['Kultura', 'kultura', 'Sport'],
    });
    expect(c.phones).toHaveLength(1);
    expect(c.emails).toEqual([{ value: 'A.Nowak@Radio.pl', label: '' }]);
    expect(c.tags).toEqual(['Kultura', 'Sport']);
  });

  it('refuses malformed e-mails and phones with a translatable key', () => {
    expect(
      issues({
        kind: 'person',
        familyName: 'Nowak',
        emails: [{ value: 'nowak@radio' }, { value: 'jan nowak@radio.pl' }, { value: 'biuro@urząd.pl' }],
        phones: [{ value: 'brak' }],
      }),
    ).toEqual([
      { path: 'emails.0.value', message: 'invalidEmail' },
      { path: 'emails.1.value', message: 'invalidEmail' },
      { path: 'phones.0.value', message: 'invalidPhone' },
    ]);
  });

  it('checks the rules between fields', () => {
    expect(issues({ kind: 'person' })).toEqual([{ path: 'familyName', message: 'nameRequired' }]);
    expect(issues({ kind: 'organisation', category: 'outlet', outletType: 'radio' })).toEqual([
      { path: 'organisationName', message: 'organisationNameRequired' },
    ]);
    expect(issues({ kind: 'person', familyName: 'Nowak', category: 'outlet' })).toEqual([
      { path: 'category', message: 'categoryNotForKind' },
      { path: 'outletType', message: 'outletTypeRequired' },
    ]);
    expect(issues({ kind: 'person', familyName: 'Nowak', category: 'resident', outletType: 'tv' })).toEqual([
      { path: 'outletType', message: 'outletTypeNotAllowed' },
    ]);
    expect(issues({ kind: 'organisation', organisationName: 'Radio Kielce', gender: 'female' })).toEqual([
      { path: 'gender', message: 'genderNotForOrganisation' },
    ]);
    expect(issues({ kind: 'person', familyName: 'Nowak', consent: { given: true } })).toEqual([
      { path: 'consent.at', message: 'consentDateRequired' },
    ]);
    expect(
      issues({
        kind: 'person',
        familyName: 'Nowak',
        consent: { given: false, at: '2026-02-01T10:00:00Z', withdrawnAt: '2026-01-01T10:00:00Z' },
      }),
    ).toEqual([{ path: 'consent.withdrawnAt', message: 'withdrawnBeforeConsent' }]);
  });

  it('accepts a journalist with the outlet type and a link to the outlet', () => {
    const input: ContactCreateInput = {
      kind: 'person',
      category: 'journalist',
      outletType: 'daily',
      givenName: 'Tomasz',
      familyName: 'Żółkiewski',
      organisationId: 'org-1',
    };
    expect(issues(input)).toEqual([]);
  });

  it('every message it uses is one of our keys', () => {
    const known = new Set<string>([
      ...CONTACT_VALIDATION_KEYS,
      'required',
      'tooLong',
      'tooMany',
      'invalidChoice',
    ]);
    const all = [
      ...issues({ kind: 'x' }),
      ...issues({ kind: 'person', familyName: 'x'.repeat(151) }),
      ...issues({ kind: 'person', familyName: 'N', emails: [{ value: 'x' }], phones: [{ value: 'x' }] }),
      ...issues({ kind: 'person', familyName: 'N', addresses: [{}] }),
    ];
    expect(all.length).toBeGreaterThan(0);
    for (const issue of all) expect(known.has(issue.message), issue.message).toBe(true);
  });
});

describe('ContactUpdateSchema', () => {
  it('changes only what it names (no defaults)', () => {
    expect(ContactUpdateSchema.parse({ id: 'c1', notes: 'nowy numer' })).toEqual({
      id: 'c1',
      notes: 'nowy numer',
    });
  });

  it('still normalises and validates what it names', () => {
    expect(ContactUpdateSchema.parse({ id: 'c1', phones: [{ value: '600 123 456' }] }).phones).toEqual([
      { value: '+48600123456', label: '' },
    ]);
    expect(issues({ id: 'c1', emails: [{ value: 'zły adres' }] }, ContactUpdateSchema as never)).toEqual([
      { path: 'emails.0.value', message: 'invalidEmail' },
    ]);
  });

  it('leaves the rules between fields to contactIssues on the updated record', () => {
    const stored = ContactCreateSchema.parse({
      kind: 'organisation',
      organisationName: 'Radio',
      category: 'outlet',
      outletType: 'radio',
    });
    expect(contactIssues({ ...stored, outletType: null })).toEqual([
      { path: 'outletType', message: 'outletTypeRequired' },
    ]);
  });
});

describe('displayName', () => {
  it('writes a person with title and patronymic, an organisation by its name', () => {
    const base = { title: '', givenName: '', patronymic: '', familyName: '', organisationName: '' };
    expect(
      displayName({ ...base, kind: 'person', title: 'dr', givenName: 'Jan', familyName: 'Kowalski' }),
    ).toBe('dr Jan Kowalski');
    expect(
      displayName({
        ...base,
        kind: 'person',
        givenName: 'Олена',
        patronymic: 'Іванівна',
        familyName: 'Шевчук',
      }),
    ).toBe('Олена Іванівна Шевчук');
    expect(
      displayName({ ...base, kind: 'organisation', organisationName: 'Radio Kielce', givenName: 'x' }),
    ).toBe('Radio Kielce');
  });
});
