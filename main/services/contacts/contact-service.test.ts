import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../core/api/contract';
import { sampleInquiry, tempApp } from '../../testing/temp-app';
import { api, apiError, rows, type App } from '../agenda/test-helpers';

type CreateInput = MethodInput<'contacts.create'>;

const olena: CreateInput = {
  kind: 'person',
  category: 'journalist',
  outletType: 'online',
  givenName: 'Олена',
  familyName: 'Шевчук',
  gender: 'female',
  position: 'reporterka',
  emails: [{ value: 'o.shevchuk@portal.example', label: 'work' }],
  phones: [{ value: '600 123 456', label: 'mobile' }],
  tags: ['Ukraina'],
};
const outlet: CreateInput = {
  kind: 'organisation',
  category: 'outlet',
  outletType: 'daily',
  organisationName: 'Dziennik Łódzki',
  emails: [{ value: 'redakcja@dziennik.example', label: '' }],
};

/** Field names written by the last update of a record, as the audit trail / sync feed has them. */
function lastUpdateFields(app: App, id: string): string[] {
  const hlc = app.db
    .prepare(`SELECT max(hlc) AS hlc FROM change_log WHERE row_id = ? AND op = 'update'`)
    .get(id) as { hlc: string };
  return (
    app.db
      .prepare(`SELECT field FROM change_log WHERE row_id = ? AND hlc = ? ORDER BY field`)
      .all(id, hlc.hlc) as { field: string }[]
  ).map((r) => r.field);
}

describe('contact records', () => {
  let app: App;
  afterEach(() => app.close());

  it('creates, shows and updates only the fields sent', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const created = await api(app, 'contacts.create', olena);
    expect(created).toMatchObject({
      displayName: 'Олена Шевчук',
      category: 'journalist',
      visibility: 'everyone',
      erasedAt: null,
      phones: [{ value: '+48600123456', label: 'mobile' }],
    });
    const page = await api(app, 'contacts.get', { id: created.id });
    expect(page.contact).toEqual(created);
    expect(page).toMatchObject({ history: [], people: [], duplicates: [], canEdit: true });

    const updated = await api(app, 'contacts.update', { id: created.id, position: 'redaktorka działu' });
    expect(updated).toMatchObject({
      position: 'redaktorka działu',
      emails: olena.emails,
      tags: ['Ukraina'],
      gender: 'female',
      outletType: 'online',
    });
    expect(lastUpdateFields(app, created.id)).toEqual(['position']);
    expect((await api(app, 'contacts.get', { id: created.id })).contact.position).toBe('redaktorka działu');
  });

  it('links a journalist to her outlet and shows her on the outlet’s page', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const newsroom = await api(app, 'contacts.create', outlet);
    const journalist = await api(app, 'contacts.create', { ...olena, organisationId: newsroom.id });
    expect(journalist.organisationDisplay).toBe('Dziennik Łódzki');
    const page = await api(app, 'contacts.get', { id: newsroom.id });
    expect(page.people.map((p) => p.id)).toEqual([journalist.id]);
  });

  it('refuses invalid records with the field and reason, and writes nothing', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const noType = await apiError(app, 'contacts.create', { ...outlet, outletType: null });
    expect(noType.code).toBe('VALIDATION');
    expect(noType.issues).toContainEqual({ path: 'outletType', message: 'outletTypeRequired' });

    const badEmail = await apiError(app, 'contacts.create', {
      ...olena,
      emails: [{ value: 'olena(at)portal', label: '' }],
    });
    expect(badEmail.code).toBe('VALIDATION');
    expect(badEmail.issues).toContainEqual({ path: 'emails.0.value', message: 'invalidEmail' });
    expect(rows(app, 'contacts')).toBe(0);

    const person = await api(app, 'contacts.create', { kind: 'person', familyName: 'Kowalski' });
    const linkedToPerson = await apiError(app, 'contacts.create', { ...olena, organisationId: person.id });
    expect(linkedToPerson).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'organisationId', message: 'organisationNotFound' }],
    });
    const unknownList = await apiError(app, 'contacts.create', { ...olena, lists: ['no-such-list'] });
    expect(unknownList.issues).toContainEqual({ path: 'lists', message: 'listNotFound' });
    expect(rows(app, 'contacts')).toBe(1);
  });

  it('checks an update against the stored record and leaves it unchanged when refused', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const newsroom = await api(app, 'contacts.create', outlet);
    const error = await apiError(app, 'contacts.update', { id: newsroom.id, outletType: null });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'outletType', message: 'outletTypeRequired' }],
    });
    const self = await apiError(app, 'contacts.update', { id: newsroom.id, organisationId: newsroom.id });
    expect(self.issues).toEqual([{ path: 'organisationId', message: 'organisationNotFound' }]);
    const person = await api(app, 'contacts.create', { kind: 'person', familyName: 'Nowak' });
    const nameless = await apiError(app, 'contacts.update', { id: person.id, familyName: '' });
    expect(nameless.issues).toEqual([{ path: 'familyName', message: 'nameRequired' }]);
    expect((await api(app, 'contacts.get', { id: newsroom.id })).contact.outletType).toBe('daily');
    expect((await api(app, 'contacts.get', { id: person.id })).contact.familyName).toBe('Nowak');
    expect((await apiError(app, 'contacts.update', { id: 'nope', notes: 'x' })).code).toBe('NOT_FOUND');
  });
});

describe('finding contacts', () => {
  let app: App;
  afterEach(() => app.close());

  it('finds a Cyrillic name by its Latin and Polish spellings, and by phone', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const created = await api(app, 'contacts.create', olena);
    await api(app, 'contacts.create', { kind: 'person', givenName: 'Jan', familyName: 'Kowalski' });
    for (const q of ['Shevchuk', 'szewczuk', 'Шевчук', 'olena shev', '600 123 456']) {
      const found = await api(app, 'contacts.list', { q });
      expect(
        found.items.map((c) => c.id),
        q,
      ).toEqual([created.id]);
    }
    expect((await api(app, 'contacts.list', { q: 'Kowalska' })).total).toBe(0);
  });

  it('filters by category, tag and list, hides erased records, and sorts people by family name', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const list = await api(app, 'contacts.saveList', { name: 'Media lokalne' });
    const names: [string, string][] = [
      ['Zofia', 'Adamska'],
      ['Adam', 'Żak'],
      ['Ewa', 'Łuczak'],
      ['Piotr', 'Lis'],
    ];
    const people = [];
    for (const [givenName, familyName] of names)
      people.push(await api(app, 'contacts.create', { kind: 'person', givenName, familyName }));
    const newsroom = await api(app, 'contacts.create', { ...outlet, tags: ['prasa'], lists: [list.id] });
    await api(app, 'contacts.update', { id: people[0]!.id, category: 'official', tags: ['prasa'] });

    const all = await api(app, 'contacts.list', {});
    expect(all.items.map((c) => c.displayName)).toEqual([
      'Zofia Adamska',
      'Dziennik Łódzki',
      'Piotr Lis',
      'Ewa Łuczak',
      'Adam Żak',
    ]);
    expect(all.tags).toEqual(['prasa']);
    expect(all.lists).toEqual([expect.objectContaining({ id: list.id, memberCount: 1 })]);

    const officials = await api(app, 'contacts.list', { category: ['official'] });
    expect(officials.items.map((c) => c.id)).toEqual([people[0]!.id]);
    const tagged = await api(app, 'contacts.list', { tag: 'PRASA' });
    expect(tagged.items.map((c) => c.id).sort()).toEqual([people[0]!.id, newsroom.id].sort());
    const members = await api(app, 'contacts.list', { listId: list.id });
    expect(members.items.map((c) => c.id)).toEqual([newsroom.id]);

    await api(app, 'contacts.erase', { id: people[3]!.id });
    const afterErase = await api(app, 'contacts.list', {});
    expect(afterErase.items.map((c) => c.id)).not.toContain(people[3]!.id);
    expect(afterErase.total).toBe(4);
    const withErased = await api(app, 'contacts.list', { includeErased: true });
    expect(withErased.items.map((c) => c.id)).toContain(people[3]!.id);
  });
});

describe('phone numbers in the office’s country', () => {
  let app: App;
  afterEach(() => app.close());

  it('reads a number without a country code as Ukrainian in a Ukrainian office and as Polish in a Polish one', async () => {
    app = tempApp({ settings: { jurisdiction: 'UA', timeZone: 'Europe/Kyiv', language: 'uk' } });
    const ua = await api(app, 'contacts.create', {
      kind: 'person',
      familyName: 'Шевчук',
      phones: [{ value: '67 123 45 67', label: 'mobile' }],
    });
    expect(ua.phones[0]!.value).toBe('+380671234567');
    const updated = await api(app, 'contacts.update', {
      id: ua.id,
      phones: [{ value: '50 765 43 21', label: '' }],
    });
    expect(updated.phones[0]!.value).toBe('+380507654321');
    app.close();
    app = tempApp();
    const pl = await api(app, 'contacts.create', {
      kind: 'person',
      familyName: 'Nowak',
      phones: [{ value: '601 234 567', label: 'mobile' }],
    });
    expect(pl.phones[0]!.value).toBe('+48601234567');
  });
});

describe('retention of personal data', () => {
  let app: App;
  afterEach(() => app.close());

  it('counts and lists the records past their retention date (in the office calendar) until they are erased', async () => {
    // 23:30 UTC on 1 March is already 2 March in Warsaw: a record kept "until 1 March" is now past it.
    app = tempApp({ now: '2026-03-01T23:30:00Z' });
    const past = await api(app, 'contacts.create', {
      kind: 'person',
      familyName: 'Nowak',
      retentionUntil: '2026-03-01',
    });
    await api(app, 'contacts.create', { kind: 'person', familyName: 'Lis', retentionUntil: '2026-03-02' });
    await api(app, 'contacts.create', { kind: 'person', familyName: 'Żak' });
    const all = await api(app, 'contacts.list', {});
    expect(all.pastRetention).toBe(1);
    const due = await api(app, 'contacts.list', { pastRetention: true });
    expect(due.items.map((c) => c.familyName)).toEqual(['Nowak']);
    await api(app, 'contacts.erase', { id: past.id });
    expect((await api(app, 'contacts.list', {})).pastRetention).toBe(0);
  });
});

describe('removing and erasing', () => {
  let app: App;
  afterEach(() => app.close());

  it('removes a contact nothing refers to, and refuses one an inquiry refers to', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const loose = await api(app, 'contacts.create', { kind: 'person', familyName: 'Nowak' });
    expect(await api(app, 'contacts.remove', { id: loose.id })).toEqual({ removed: true });
    expect((await apiError(app, 'contacts.get', { id: loose.id })).code).toBe('NOT_FOUND');
    expect((await api(app, 'contacts.list', { includeErased: true })).total).toBe(0);

    const journalist = await api(app, 'contacts.create', olena);
    await api(app, 'inquiries.create', { ...sampleInquiry, contactId: journalist.id });
    const refused = await apiError(app, 'contacts.remove', { id: journalist.id });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'contactReferenced' } });
    expect((await api(app, 'contacts.get', { id: journalist.id })).contact.displayName).toBe('Олена Шевчук');

    const newsroom = await api(app, 'contacts.create', outlet);
    await api(app, 'contacts.update', { id: journalist.id, organisationId: newsroom.id });
    const withPeople = await apiError(app, 'contacts.remove', { id: newsroom.id });
    expect(withPeople.params).toEqual({ reason: 'contactReferenced' });
  });

  it('erases the personal data but keeps the record and the inquiry as registered', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const list = await api(app, 'contacts.saveList', { name: 'Konferencje' });
    const journalist = await api(app, 'contacts.create', {
      ...olena,
      notes: 'Pisze o remontach',
      lists: [list.id],
      addresses: [{ street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź' }],
    });
    const inquiry = await api(app, 'inquiries.create', {
      ...sampleInquiry,
      journalistName: 'Olena Shevchuk',
      contactId: journalist.id,
    });

    app.setNow('2026-03-05T10:00:00Z');
    const erased = await api(app, 'contacts.erase', { id: journalist.id });
    expect(erased).toMatchObject({
      displayName: '[usunięto]',
      givenName: '',
      emails: [],
      phones: [],
      addresses: [],
      lists: [],
      tags: [],
      notes: '',
      gender: null,
      erasedAt: '2026-03-05T10:00:00.000Z',
    });
    const page = await api(app, 'contacts.get', { id: journalist.id });
    expect(page.history.map((h) => h.id)).toEqual([inquiry.id]);
    const stored = await api(app, 'inquiries.get', { id: inquiry.id });
    expect(stored.inquiry).toMatchObject({ journalistName: 'Olena Shevchuk', contactId: journalist.id });
    expect((await api(app, 'contacts.lists', {}))[0]?.memberCount).toBe(0);
    expect((await api(app, 'contacts.list', { q: 'Shevchuk', includeErased: true })).total).toBe(0);

    const refused = await apiError(app, 'contacts.update', { id: journalist.id, familyName: 'Шевчук' });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'contactErased' } });
  });

  it('exports everything held about the person as JSON, with the history', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const journalist = await api(app, 'contacts.create', olena);
    const inquiry = await api(app, 'inquiries.create', { ...sampleInquiry, contactId: journalist.id });
    const file = await api(app, 'contacts.exportPersonData', { id: journalist.id });
    expect(file.mimeType).toBe('application/json');
    expect(file.fileName).toMatch(/\.json$/);
    const data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(data).toMatchObject({
      format: 'pressdesk-contact-data',
      contact: {
        id: journalist.id,
        displayName: 'Олена Шевчук',
        emails: [{ value: 'o.shevchuk@portal.example', label: 'work' }],
      },
      history: { inquiries: [expect.objectContaining({ id: inquiry.id, regNo: inquiry.regNo })] },
    });
  });
});
