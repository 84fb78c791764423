import { afterEach, describe, expect, it } from 'vitest';
import { sampleInquiry, tempApp } from '../../testing/temp-app';
import { api, apiError, type App } from '../agenda/test-helpers';

const NOW = '2026-03-02T09:00:00+01:00';

const authorization = {
  journalistName: 'Olena Shevchuk',
  outletName: 'Dziennik Łódzki',
  outletType: 'daily' as const,
  interviewee: 'Jan Malinowski, Prezydent Miasta',
  topic: 'Remont ul. Polnej',
  jurisdiction: 'PL' as const,
  deadlineKind: 'statutory' as const,
  handedOverAt: '2026-03-01T10:00:00+01:00',
  receivedText: 'Pytanie: Kiedy?\nOdpowiedź: W kwietniu.',
};
const patronage = {
  applicantName: 'Fundacja Dziennika Łódzkiego',
  contactPerson: 'Olena Shevchuk',
  contact: 'fundacja@dziennik.example',
  eventTitle: 'Bieg Dziennikarzy 2026',
  eventStart: '2026-05-10T09:00:00+02:00',
  eventEnd: '2026-05-10T14:00:00+02:00',
  eventPlace: 'Park Miejski',
  scope: 'regional' as const,
  requests: ['honorary_patronage'] as 'honorary_patronage'[],
  receivedAt: '2026-02-20T10:00:00+01:00',
};

/** A registered thank-you letter to the recipient with this directory record. */
async function thankYouLetter(app: App, contactId: string, jobId: string) {
  await api(app, 'letters.produce', {
    jobId,
    templateId: 'builtin:thanks:pl',
    kind: 'thanks',
    date: '2026-03-02',
    subject: 'Podziękowanie za relację z sesji',
    recipients: [
      {
        name: 'Olena Shevchuk',
        address: 'ul. Piotrkowska 1\n90-001 Łódź',
        salutation: 'Szanowna Pani',
        fields: { reason: 'rzetelną relację z sesji Rady Miasta' },
        contactId,
      },
    ],
    recipientSource: 'contacts',
  });
  const register = await api(app, 'letters.list', { kind: ['thanks'] });
  return register.items.find((l) => l.contactId === contactId)!;
}

describe('a contact’s history across modules', () => {
  let app: App;
  afterEach(() => app.close());

  async function newsroomWithJournalist() {
    const newsroom = await api(app, 'contacts.create', {
      kind: 'organisation',
      category: 'outlet',
      outletType: 'daily',
      organisationName: 'Dziennik Łódzki',
    });
    const journalist = await api(app, 'contacts.create', {
      kind: 'person',
      category: 'journalist',
      givenName: 'Олена',
      familyName: 'Шевчук',
      organisationId: newsroom.id,
    });
    return { newsroom, journalist };
  }

  it('lists the inquiry, authorization and letter on the journalist’s page and the patronage on the outlet’s', async () => {
    app = tempApp({ now: NOW });
    const { newsroom, journalist } = await newsroomWithJournalist();
    const inquiry = await api(app, 'inquiries.create', {
      ...sampleInquiry,
      receivedAt: '2026-02-25T09:00:00+01:00',
      contactId: journalist.id,
    });
    const auth = await api(app, 'authorizations.create', { ...authorization, contactId: journalist.id });
    const letter = await thankYouLetter(app, journalist.id, 'thanks-0000001');
    const application = await api(app, 'patronage.create', {
      ...patronage,
      applicantOrganisationId: newsroom.id,
    });

    const page = await api(app, 'contacts.get', { id: journalist.id });
    expect(page.history).toHaveLength(3);
    expect(page.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          module: 'inquiries',
          id: inquiry.id,
          regNo: inquiry.regNo,
          title: sampleInquiry.subject,
          role: 'journalist',
        }),
        expect.objectContaining({ module: 'authorizations', id: auth.id, role: 'journalist' }),
        expect.objectContaining({
          module: 'letters',
          id: letter.id,
          regNo: letter.regNo,
          title: 'Podziękowanie za relację z sesji',
          role: 'recipient',
        }),
      ]),
    );
    // Newest first.
    const dates = page.history.map((h) => h.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);

    const outletPage = await api(app, 'contacts.get', { id: newsroom.id });
    expect(outletPage.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ module: 'patronage', id: application.id, title: patronage.eventTitle }),
        expect.objectContaining({ module: 'inquiries', id: inquiry.id, role: 'member' }),
        expect.objectContaining({ module: 'authorizations', id: auth.id, role: 'member' }),
        expect.objectContaining({ module: 'letters', id: letter.id, role: 'member' }),
      ]),
    );
    expect(outletPage.history).toHaveLength(4);
  });

  it('finds the outlet for a patronage application by the applicant’s name and counts it as a reference', async () => {
    app = tempApp({ now: NOW });
    const foundation = await api(app, 'contacts.create', {
      kind: 'organisation',
      category: 'organisation',
      organisationName: 'Fundacja Dziennika Łódzkiego',
    });
    const application = await api(app, 'patronage.create', patronage);
    const page = await api(app, 'contacts.get', { id: foundation.id });
    expect(page.history.map((h) => [h.module, h.id])).toEqual([['patronage', application.id]]);
    const refused = await apiError(app, 'contacts.remove', { id: foundation.id });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'contactReferenced' } });
  });

  it('does not mix in another person’s records', async () => {
    app = tempApp({ now: NOW });
    const { journalist } = await newsroomWithJournalist();
    const other = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Jan',
      familyName: 'Nowak',
    });
    await api(app, 'inquiries.create', { ...sampleInquiry, contactId: other.id });
    await thankYouLetter(app, other.id, 'thanks-0000002');
    expect((await api(app, 'contacts.get', { id: journalist.id })).history).toEqual([]);
    expect((await api(app, 'contacts.get', { id: other.id })).history).toHaveLength(2);
    // A letter refers to the record, so it cannot be removed either.
    const refused = await apiError(app, 'contacts.remove', { id: other.id });
    expect(refused.params).toEqual({ reason: 'contactReferenced' });
  });
});
