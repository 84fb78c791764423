import { afterEach, describe, expect, it } from 'vitest';
import { sampleInquiry, tempApp } from '../../testing/temp-app';
import { api, apiError, type App } from '../agenda/test-helpers';

const NOW = '2026-03-02T09:00:00+01:00';

const authorization = {
  journalistName: 'Olena Shevchuk',
  outletName: 'Portal Miejski',
  outletType: 'online' as const,
  interviewee: 'Jan Malinowski, Prezydent Miasta',
  topic: 'Budżet obywatelski',
  jurisdiction: 'PL' as const,
  deadlineKind: 'statutory' as const,
  handedOverAt: '2026-03-01T10:00:00+01:00',
  receivedText: 'Pytanie: Ile?\nOdpowiedź: Dziesięć milionów.',
};
const patronage = {
  applicantName: 'Portal Miejski sp. z o.o.',
  eventTitle: 'Gala Mediów Lokalnych',
  eventStart: '2026-05-10T18:00:00+02:00',
  eventEnd: '2026-05-10T22:00:00+02:00',
  eventPlace: 'Teatr Miejski',
  scope: 'local' as const,
  requests: ['honorary_patronage'] as 'honorary_patronage'[],
  receivedAt: '2026-02-20T10:00:00+01:00',
};

describe('duplicates and merging', () => {
  let app: App;
  afterEach(() => app.close());

  it('groups two records of one person written in Cyrillic and Latin, or sharing an e-mail', async () => {
    app = tempApp({ now: NOW });
    const cyrillic = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Олена',
      familyName: 'Шевчук',
      phones: [{ value: '600 123 456', label: '' }],
    });
    const latin = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Olena',
      familyName: 'Shevchuk',
    });
    const a = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Jan',
      familyName: 'Kowalski',
      emails: [{ value: 'jan.kowalski@gazeta.example', label: '' }],
    });
    const b = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Janek',
      familyName: 'Kowal',
      emails: [{ value: 'Jan.Kowalski@Gazeta.example', label: 'work' }],
    });
    await api(app, 'contacts.create', { kind: 'person', givenName: 'Jan', familyName: 'Kowalska' });

    const groups = await api(app, 'contacts.duplicates', {});
    expect(groups).toHaveLength(2);
    const byEmail = groups.find((g) => g.reasons.some((r) => r.kind === 'email'))!;
    expect(byEmail.contacts.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    const byName = groups.find((g) => g.reasons.some((r) => r.kind === 'name'))!;
    expect(byName.contacts.map((c) => c.id).sort()).toEqual([cyrillic.id, latin.id].sort());
    expect(byName.primaryId).toBe(cyrillic.id); // the fuller record

    const page = await api(app, 'contacts.get', { id: latin.id });
    expect(page.duplicates).toEqual([
      expect.objectContaining({
        id: cyrillic.id,
        displayName: 'Олена Шевчук',
        reasons: [expect.objectContaining({ kind: 'name' })],
      }),
    ]);
  });

  it('previews a merge with its conflicts and writes nothing', async () => {
    app = tempApp({ now: NOW });
    const kept = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Olena',
      familyName: 'Shevchuk',
      position: 'reporterka',
      emails: [{ value: 'olena@portal.example', label: '' }],
    });
    const other = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Ołena',
      familyName: 'Szewczuk',
      position: 'redaktorka',
      emails: [{ value: 'o.szewczuk@gmail.example', label: 'home' }],
    });
    const preview = await api(app, 'contacts.mergePreview', { primaryId: kept.id, duplicateIds: [other.id] });
    expect(preview.merged).toMatchObject({
      id: kept.id,
      position: 'reporterka',
      emails: [
        { value: 'olena@portal.example', label: '' },
        { value: 'o.szewczuk@gmail.example', label: 'home' },
      ],
    });
    expect(preview.conflicts).toEqual(
      expect.arrayContaining([
        { field: 'position', kept: 'reporterka', dropped: ['redaktorka'] },
        { field: 'givenName', kept: 'Olena', dropped: ['Ołena'] },
      ]),
    );
    expect((await api(app, 'contacts.list', {})).total).toBe(2);
    expect((await api(app, 'contacts.get', { id: kept.id })).contact.emails).toHaveLength(1);
    const organisation = await api(app, 'contacts.create', {
      kind: 'organisation',
      organisationName: 'Portal',
    });
    const mismatch = await apiError(app, 'contacts.mergePreview', {
      primaryId: kept.id,
      duplicateIds: [organisation.id],
    });
    expect(mismatch.issues).toEqual([{ path: 'kind', message: 'mergeKindMismatch' }]);
  });

  it('keeps the primary, moves every reference to it and retires the duplicate', async () => {
    app = tempApp({ now: NOW });
    const kept = await api(app, 'contacts.create', {
      kind: 'person',
      category: 'journalist',
      givenName: 'Олена',
      familyName: 'Шевчук',
    });
    const dup = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Olena',
      familyName: 'Shevchuk',
      emails: [{ value: 'olena@portal.example', label: '' }],
    });
    const inquiry = await api(app, 'inquiries.create', { ...sampleInquiry, contactId: dup.id });
    const auth = await api(app, 'authorizations.create', { ...authorization, contactId: dup.id });
    await api(app, 'letters.produce', {
      jobId: 'merge-letter-01',
      templateId: 'builtin:thanks:pl',
      kind: 'thanks',
      date: '2026-03-02',
      recipients: [{ name: 'Olena Shevchuk', fields: { reason: 'relację' }, contactId: dup.id }],
    });
    const letter = (await api(app, 'letters.list', {})).items[0]!;

    const merged = await api(app, 'contacts.merge', { primaryId: kept.id, duplicateIds: [dup.id] });
    expect(merged).toMatchObject({
      id: kept.id,
      displayName: 'Олена Шевчук',
      category: 'journalist',
      emails: [{ value: 'olena@portal.example', label: '' }],
    });
    expect((await api(app, 'inquiries.get', { id: inquiry.id })).inquiry.contactId).toBe(kept.id);
    expect((await api(app, 'authorizations.get', { id: auth.id })).authorization.contactId).toBe(kept.id);
    expect((await api(app, 'letters.list', {})).items[0]?.contactId).toBe(kept.id);

    const list = await api(app, 'contacts.list', { includeErased: true });
    expect(list.items.map((c) => c.id)).toEqual([kept.id]);
    expect((await apiError(app, 'contacts.get', { id: dup.id })).code).toBe('NOT_FOUND');
    const page = await api(app, 'contacts.get', { id: kept.id });
    expect(page.history.map((h) => h.id).sort()).toEqual([inquiry.id, auth.id, letter.id].sort());
    expect(page.duplicates).toEqual([]);
    expect(await api(app, 'contacts.duplicates', {})).toEqual([]);
  });

  it('merging organisations moves their people and patronage applications', async () => {
    app = tempApp({ now: NOW });
    const kept = await api(app, 'contacts.create', {
      kind: 'organisation',
      category: 'outlet',
      outletType: 'online',
      organisationName: 'Portal Miejski',
    });
    const dup = await api(app, 'contacts.create', {
      kind: 'organisation',
      category: 'outlet',
      outletType: 'online',
      organisationName: 'Portal Miejski sp. z o.o.',
    });
    const journalist = await api(app, 'contacts.create', {
      kind: 'person',
      category: 'journalist',
      givenName: 'Olena',
      familyName: 'Shevchuk',
      organisationId: dup.id,
    });
    const inquiry = await api(app, 'inquiries.create', { ...sampleInquiry, contactId: journalist.id });
    const application = await api(app, 'patronage.create', { ...patronage, applicantOrganisationId: dup.id });

    await api(app, 'contacts.merge', { primaryId: kept.id, duplicateIds: [dup.id] });
    expect((await api(app, 'contacts.get', { id: journalist.id })).contact).toMatchObject({
      organisationId: kept.id,
      organisationDisplay: 'Portal Miejski',
    });
    expect(
      (await api(app, 'patronage.get', { id: application.id })).application.applicantOrganisationId,
    ).toBe(kept.id);
    const page = await api(app, 'contacts.get', { id: kept.id });
    expect(page.people.map((p) => p.id)).toEqual([journalist.id]);
    expect(page.history.map((h) => h.id).sort()).toEqual([inquiry.id, application.id].sort());
  });
});
