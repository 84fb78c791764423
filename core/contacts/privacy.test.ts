import { describe, expect, it } from 'vitest';
import { ROLES } from '../sync/permissions';
import { canSee, dueForErasure, erase, exportPersonData, type HistoryReference } from './privacy';
import { contactIssues, displayName, ERASED_PLACEHOLDER, VISIBILITIES, type Contact } from './schema';
import { email, makeContact, phone } from './test-fixtures';

const journalist = makeContact({
  id: 'c-42',
  category: 'journalist',
  outletType: 'radio',
  title: 'red.',
  givenName: 'Olena',
  patronymic: 'Ivanivna',
  familyName: 'Shevchuk',
  gender: 'female',
  organisationId: 'o-7',
  position: 'reporterka',
  emails: [email('o.shevchuk@radio.example', 'work')],
  phones: [phone('+380501234567', 'mobile')],
  addresses: [
    { street: 'ul. Słoneczna 5', postalCode: '27-400', city: 'Ostrowiec Świętokrzyski', country: 'Polska' },
  ],
  tags: ['kultura'],
  lists: ['l-media', 'l-unknown'],
  notes: 'Prosi o odpowiedzi po ukraińsku.',
  source: { kind: 'consent', text: 'formularz akredytacyjny 2026' },
  consent: {
    given: true,
    at: '2026-01-15T09:00:00.000Z',
    scope: 'akredytacje i komunikaty prasowe',
    withdrawnAt: null,
  },
  visibility: 'press',
  retentionUntil: '2028-12-31',
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
});

const history: HistoryReference[] = [
  {
    module: 'letters',
    id: 'l-2',
    regNo: 'BP.0610.3.2026',
    date: '2026-03-02',
    title: 'Zaproszenie',
    role: 'recipient',
  },
  {
    module: 'inquiries',
    id: 'i-9',
    regNo: 'BP.1431.9.2026',
    date: '2026-02-20',
    title: 'Budżet obywatelski',
    role: 'journalist',
  },
  {
    module: 'inquiries',
    id: 'i-3',
    regNo: 'BP.1431.3.2026',
    date: '2026-01-20',
    title: 'Remont mostu',
    role: 'journalist',
  },
  { module: 'authorizations', id: 'a-1', date: '2026-02-01', title: 'Wywiad z prezydentem' },
];

describe('exportPersonData', () => {
  const data = exportPersonData(journalist, history, {
    exportedAt: new Date('2026-04-01T08:00:00.000Z'),
    listNames: { 'l-media': 'Media regionalne' },
    organisationName: 'Radio Kielce',
  });

  it('holds every field of the record', () => {
    expect(data.format).toBe('pressdesk-contact-data');
    expect(data.exportedAt).toBe('2026-04-01T08:00:00.000Z');
    expect(data.contact).toMatchObject({
      id: 'c-42',
      displayName: 'red. Olena Ivanivna Shevchuk',
      emails: journalist.emails,
      phones: journalist.phones,
      addresses: journalist.addresses,
      tags: ['kultura'],
      notes: journalist.notes,
      source: journalist.source,
      consent: journalist.consent,
      visibility: 'press',
      retentionUntil: '2028-12-31',
      organisation: { id: 'o-7', name: 'Radio Kielce' },
      distributionLists: [
        { id: 'l-media', name: 'Media regionalne' },
        { id: 'l-unknown', name: null },
      ],
    });
    // Nothing held is left out: every stored field appears in the export, by its own name or mapped.
    const mapped: Record<string, string> = {
      organisationId: 'organisation',
      organisationName: 'organisation',
      lists: 'distributionLists',
    };
    for (const field of Object.keys(journalist) as (keyof Contact)[]) {
      expect(data.contact, field).toHaveProperty(mapped[field] ?? field);
    }
  });

  it('groups the history by module in date order', () => {
    expect(Object.keys(data.history).sort()).toEqual(['authorizations', 'inquiries', 'letters']);
    expect(data.history.inquiries!.map((h) => h.regNo)).toEqual(['BP.1431.3.2026', 'BP.1431.9.2026']);
  });

  it('is plain JSON and a copy', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    data.contact.emails[0]!.value = 'changed@example.pl';
    expect(journalist.emails[0]!.value).toBe('o.shevchuk@radio.example');
  });
});

describe('erase', () => {
  const now = new Date('2026-05-01T12:00:00.000Z');
  const patch = erase(journalist, now);
  const erased: Contact = { ...journalist, ...patch };

  it('keeps id, kind, category and a placeholder name', () => {
    expect(erased.id).toBe('c-42');
    expect(erased.kind).toBe('person');
    expect(erased.category).toBe('journalist');
    expect(displayName(erased)).toBe(ERASED_PLACEHOLDER);
    expect(erased.erasedAt).toBe('2026-05-01T12:00:00.000Z');
    expect(patch).not.toHaveProperty('id');
  });

  it('blanks every piece of personal data', () => {
    const text = JSON.stringify(erased);
    for (const secret of [
      'Olena',
      'Shevchuk',
      'Ivanivna',
      'radio.example',
      '380501234567',
      'Słoneczna',
      'kultura',
      'l-media',
      'ukraińsku',
      'formularz',
      'akredytacje',
      'o-7',
      'reporterka',
      'female',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(erased.retentionUntil).toBeNull();
    expect(erased.consent).toEqual({ given: false, at: null, scope: '', withdrawnAt: null });
  });

  it('leaves a valid record', () => {
    expect(contactIssues(erased)).toEqual([]);
    const outlet = makeContact({
      id: 'o',
      kind: 'organisation',
      category: 'outlet',
      outletType: 'daily',
      organisationName: 'Jan Kowalski Media',
    });
    const erasedOutlet = { ...outlet, ...erase(outlet, now, '[видалено]') };
    expect(displayName(erasedOutlet)).toBe('[видалено]');
    expect(contactIssues(erasedOutlet)).toEqual([]);
  });

  it('keeps the first erasure time when run again', () => {
    expect(erase(erased, new Date('2027-01-01T00:00:00.000Z')).erasedAt).toBe('2026-05-01T12:00:00.000Z');
  });
});

describe('canSee', () => {
  it('follows the visibility and the role', () => {
    const table = Object.fromEntries(
      VISIBILITIES.map((visibility) => [visibility, ROLES.filter((role) => canSee({ visibility }, role))]),
    );
    expect(table).toEqual({
      everyone: ['admin', 'secretariat', 'press', 'viewer'],
      press: ['admin', 'press'],
      secretariat: ['admin', 'secretariat'],
    });
  });
});

describe('dueForErasure', () => {
  it('lists records past their retention date that are not erased yet', () => {
    const a = makeContact({ id: 'a', retentionUntil: '2026-04-30' });
    const b = makeContact({ id: 'b', retentionUntil: '2026-05-01' });
    const c = makeContact({ id: 'c', retentionUntil: null });
    const d = makeContact({ id: 'd', retentionUntil: '2020-01-01', erasedAt: '2021-01-01T00:00:00.000Z' });
    expect(dueForErasure([a, b, c, d], '2026-05-01').map((x) => x.id)).toEqual(['a']);
  });
});
