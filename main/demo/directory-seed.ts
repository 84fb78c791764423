/**
 * Demo data of issue 6: the contact directory (the newsrooms and journalists of the demo inquiries,
 * organisations, residents, officials, two distribution lists and one likely duplicate), interview
 * authorizations (awaiting, deemed authorized, authorized with changes, a Ukrainian agreed term) and
 * honorary patronage (PL and UA applicants; late, under review, granted with obligations, a missing
 * report that the same applicant's next application shows). All through the services.
 */
import { ContactCreateSchema, type ContactCreateInput } from '../../core/contacts/schema';
import { addDays, localDateOf, startOfLocalDay } from '../../core/deadlines/local-date';
import type { AppContext } from '../services/context';
import { createAuthorization, decideAuthorization } from '../services/authorization-service';
import { createContact, saveList } from '../services/contacts/contact-service';
import {
  answerPatronage,
  createPatronage,
  logoApproval,
  transitionPatronage,
} from '../services/patronage/patronage-service';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function contact(ctx: AppContext, input: ContactCreateInput): string {
  return createContact(ctx, ContactCreateSchema.parse(input)).id;
}

export function seedDirectory(ctx: AppContext): void {
  const now = ctx.clock().getTime();
  const at = (ms: number) => new Date(now + ms).toISOString();
  const press = saveList(ctx, { name: 'Media lokalne', description: 'Komunikaty prasowe' }).id;
  const jubilee = saveList(ctx, {
    name: 'Życzenia świąteczne',
    description: 'Kartki i życzenia burmistrza',
  }).id;

  // Newsrooms and journalists of the registered inquiries, linked so their pages show the history.
  const outlets = new Map<string, string>();
  const page = ctx.inquiries.list(
    { sort: 'receivedAt', dir: 'asc', due: 'all', limit: 500, offset: 0 },
    ctx.clock(),
  );
  for (const inquiry of page.items) {
    let outletId = outlets.get(inquiry.outletName);
    if (!outletId) {
      outletId = contact(ctx, {
        kind: 'organisation',
        category: 'outlet',
        outletType: inquiry.outletType,
        organisationName: inquiry.outletName,
        tags: ['media'],
        lists: [press],
        source: { kind: 'public', text: 'stopka redakcyjna' },
      });
      outlets.set(inquiry.outletName, outletId);
    }
    const [givenName = '', ...rest] = inquiry.journalistName.split(' ');
    const email = inquiry.contact.includes('@') ? [{ value: inquiry.contact, label: 'work' }] : [];
    const journalist = contact(ctx, {
      kind: 'person',
      category: 'journalist',
      givenName,
      familyName: rest.join(' '),
      organisationId: outletId,
      emails: email,
      lists: [press],
      source: { kind: 'own', text: `zapytanie ${inquiry.regNo}` },
    });
    ctx.inquiries.update(inquiry.id, { contactId: journalist });
  }

  const school = contact(ctx, {
    kind: 'organisation',
    category: 'organisation',
    organisationName: 'Szkoła Podstawowa nr 3 im. Marii Konopnickiej',
    phones: [{ value: '41 247 12 30', label: 'work' }],
    addresses: [
      { street: 'ul. Szkolna 5', postalCode: '27-400', city: 'Ostrowiec Świętokrzyski', country: '' },
    ],
    tags: ['oświata'],
    lists: [jubilee],
  });
  const runners = contact(ctx, {
    kind: 'organisation',
    category: 'organisation',
    organisationName: 'Stowarzyszenie Biegamy Razem',
    emails: [{ value: 'biuro@biegamyrazem.pl', label: 'work' }],
    tags: ['sport', 'NGO'],
  });
  const ukrainians = contact(ctx, {
    kind: 'organisation',
    category: 'organisation',
    organisationName: 'Громадська організація «Українці Свєнтокшиського»',
    emails: [{ value: 'kontakt@ukraincy-sk.org', label: 'work' }],
    tags: ['NGO', 'kultura'],
  });
  contact(ctx, {
    kind: 'person',
    category: 'resident',
    givenName: 'Halina',
    familyName: 'Nowakowska',
    gender: 'female',
    addresses: [
      { street: 'ul. Polna 12', postalCode: '27-400', city: 'Ostrowiec Świętokrzyski', country: '' },
    ],
    consent: { given: true, at: at(-120 * DAY), scope: 'życzenia jubileuszowe', withdrawnAt: null },
    retentionUntil: new Date(now + 365 * DAY).toISOString().slice(0, 10),
    lists: [jubilee],
  });
  contact(ctx, {
    kind: 'person',
    category: 'official',
    title: 'dr',
    givenName: 'Marek',
    familyName: 'Sobczak',
    position: 'Dyrektor Wydziału Promocji',
    organisationName: 'Urząd Miasta',
    visibility: 'secretariat',
  });
  // A likely duplicate of the Radio Kielce reporter (same name, no link): for the merge screen.
  contact(ctx, {
    kind: 'person',
    category: 'journalist',
    givenName: 'Katarzyna',
    familyName: 'Łęcka',
    organisationName: 'Radio Kielce',
    phones: [{ value: '600 100 200', label: 'mobile' }],
    source: { kind: 'import', text: 'wizytówka' },
  });

  seedAuthorizations(ctx, at, outlets);
  seedPatronage(ctx, { school, runners, ukrainians });
}

type At = (ms: number) => string;

function journalistOf(ctx: AppContext, outletId: string | undefined): string | null {
  if (!outletId) return null;
  return ctx.contacts.contacts.find({ organisationId: outletId })[0]?.id ?? null;
}

function seedAuthorizations(ctx: AppContext, at: At, outlets: Map<string, string>): void {
  const qa = (q: string, a: string) => `Pytanie: ${q}\nOdpowiedź: ${a}`;
  // Awaiting, due in about two hours (a daily: 6 h).
  createAuthorization(ctx, {
    journalistName: 'Paweł Mazur',
    outletName: 'Echo Dnia',
    outletType: 'daily',
    contactId: journalistOf(ctx, outlets.get('Echo Dnia')),
    interviewee: 'Burmistrz Miasta',
    topic: 'Budżet na 2027 rok',
    jurisdiction: 'PL',
    deadlineKind: 'statutory',
    handedOverAt: at(-4 * HOUR),
    receivedText: qa('Jakie są priorytety budżetu?', 'Drogi, szkoły i komunikacja miejska.'),
  });
  // Nobody answered within 24 h: the reminder tick records it as deemed authorized.
  createAuthorization(ctx, {
    journalistName: 'Michał Dąbrowski',
    outletName: 'Tygodnik Nadwiślański',
    outletType: 'periodical',
    contactId: journalistOf(ctx, outlets.get('Tygodnik Nadwiślański')),
    interviewee: 'Zastępca Burmistrza',
    topic: 'Rewitalizacja rynku',
    jurisdiction: 'PL',
    deadlineKind: 'statutory',
    handedOverAt: at(-3 * DAY),
    receivedText: qa('Kiedy koniec prac na rynku?', 'Wiosną przyszłego roku.'),
  });
  const changed = createAuthorization(ctx, {
    journalistName: 'Joanna Kwiatkowska',
    outletName: 'ostrowiec.online',
    outletType: 'online',
    outletPeriodicity: 'daily',
    contactId: journalistOf(ctx, outlets.get('ostrowiec.online')),
    interviewee: 'Burmistrz Miasta',
    topic: 'Nowe linie autobusowe',
    jurisdiction: 'PL',
    deadlineKind: 'statutory',
    handedOverAt: at(-2 * DAY),
    receivedText: qa('Ile nowych linii?', 'Dwie, od marca.'),
  });
  decideAuthorization(ctx, {
    id: changed.id,
    action: 'authorize',
    decidedAt: at(-2 * DAY + 3 * HOUR),
    authorizedText: qa('Ile nowych linii?', 'Dwie nowe linie, od 1 marca.'),
  });
  // A Ukrainian office has no statutory term: an agreed one, already past (overdue on Today before the tick).
  createAuthorization(ctx, {
    journalistName: 'Олена Коваленко',
    outletName: 'Суспільне Житомир',
    outletType: 'tv',
    contactId: journalistOf(ctx, outlets.get('Суспільне Житомир')),
    interviewee: 'Міський голова',
    topic: 'Партнерство міст',
    jurisdiction: 'UA',
    deadlineKind: 'agreed',
    agreedDueAt: at(20 * HOUR),
    handedOverAt: at(-4 * HOUR),
    receivedText: 'Питання: Які плани співпраці?\nВідповідь: Обмін учнями та спільні фестивалі.',
  });
}

function seedPatronage(ctx: AppContext, orgs: { school: string; runners: string; ukrainians: string }): void {
  // Events and letters at round office hours, N days from today, as a real register has them.
  const { timeZone } = ctx.settings.get().office;
  const today = localDateOf(ctx.clock().toISOString(), timeZone);
  const day = (days: number, hour: number) =>
    new Date(startOfLocalDay(addDays(today, days), timeZone) + hour * HOUR).toISOString();
  const criteria = ctx.settings.get().patronage.criteria;
  const grant = (id: string, decidedAt: string) => {
    transitionPatronage(ctx, { id, action: 'startReview' });
    for (const c of criteria) answerPatronage(ctx, { id, criterionId: c.id, met: true });
    transitionPatronage(ctx, { id, action: 'grant', decidedAt, decidedBy: 'Burmistrz Miasta' });
  };
  // Granted two months ago, the event is over and its report is overdue.
  const past = createPatronage(ctx, {
    applicantName: 'Stowarzyszenie Biegamy Razem',
    applicantOrganisationId: orgs.runners,
    contactPerson: 'Marta Zielińska',
    contact: 'biuro@biegamyrazem.pl',
    eventTitle: 'Bieg Niepodległości',
    eventStart: day(-45, 10),
    eventEnd: day(-45, 15),
    eventPlace: 'Park Miejski',
    scope: 'regional',
    requests: ['honorary_patronage', 'prize_or_diploma'],
    receivedAt: day(-90, 10),
  });
  grant(past.id, day(-80, 10));
  logoApproval(ctx, { id: past.id, at: day(-55, 10) });
  // The same applicant again: its page shows the missing report; it came late (20 days before).
  createPatronage(ctx, {
    applicantName: 'Stowarzyszenie „Biegamy Razem”',
    contactPerson: 'Marta Zielińska',
    contact: 'biuro@biegamyrazem.pl',
    eventTitle: 'Zimowy Bieg Morsów',
    eventStart: day(20, 10),
    eventEnd: day(20, 14),
    eventPlace: 'Zalew Szewna',
    scope: 'local',
    requests: ['honorary_patronage'],
    receivedAt: ctx.clock().toISOString(),
  });
  // Granted, the logo approval is due in a few days.
  const school = createPatronage(ctx, {
    applicantName: 'Szkoła Podstawowa nr 3 im. Marii Konopnickiej',
    applicantOrganisationId: orgs.school,
    contactPerson: 'Anna Wrona',
    contact: '41 247 12 30',
    eventTitle: 'Jubileusz 100-lecia szkoły',
    eventStart: day(12, 10),
    eventEnd: day(12, 16),
    eventPlace: 'Szkoła Podstawowa nr 3',
    scope: 'local',
    requests: ['honorary_patronage', 'participation', 'prize_or_diploma'],
    receivedAt: day(-40, 10),
  });
  grant(school.id, day(-30, 10));
  // A Ukrainian applicant, under review.
  const festival = createPatronage(ctx, {
    applicantName: 'Громадська організація «Українці Свєнтокшиського»',
    applicantOrganisationId: orgs.ukrainians,
    contactPerson: 'Оксана Мельник',
    contact: 'kontakt@ukraincy-sk.org',
    eventTitle: 'Фестиваль української культури',
    eventStart: day(60, 10),
    eventEnd: day(61, 10),
    eventPlace: 'Miejskie Centrum Kultury',
    scope: 'regional',
    requests: ['honorary_patronage', 'media_patronage'],
    receivedAt: day(-2, 10),
  });
  transitionPatronage(ctx, { id: festival.id, action: 'startReview' });
  // A refused commercial event.
  const fair = createPatronage(ctx, {
    applicantName: 'Expo-Market sp. z o.o.',
    eventTitle: 'Targi Mieszkaniowe',
    eventStart: day(35, 10),
    eventEnd: day(36, 10),
    eventPlace: 'Hala Widowiskowo-Sportowa',
    scope: 'regional',
    requests: ['honorary_patronage'],
    receivedAt: day(-10, 10),
  });
  transitionPatronage(ctx, { id: fair.id, action: 'startReview' });
  for (const c of criteria)
    answerPatronage(ctx, { id: fair.id, criterionId: c.id, met: c.id !== 'nonCommercial' });
  transitionPatronage(ctx, {
    id: fair.id,
    action: 'refuse',
    decidedAt: day(-5, 10),
    decidedBy: 'Burmistrz Miasta',
    reason: 'Wydarzenie ma charakter komercyjny.',
  });
}
