import { describe, expect, it } from 'vitest';
import {
  applicantFlags,
  applicantKey,
  eventLastDay,
  leadTimeFlag,
  obligations,
  sameApplicant,
} from './rules';
import type { PatronageApplication } from './schema';
import { defaultPatronageSettings } from './settings';

const WARSAW = 'Europe/Warsaw';
const KYIV = 'Europe/Kyiv';
const settings = defaultPatronageSettings();

function application(over: Partial<PatronageApplication> = {}): PatronageApplication {
  return {
    id: 'a1',
    applicantName: 'Fundacja „Łódź Kreatywna”',
    applicantOrganisationId: null,
    contactPerson: 'Anna Nowak',
    contact: 'anna@example.org',
    eventTitle: 'Festiwal Światła',
    eventStart: '2026-06-15T10:00:00+02:00',
    eventEnd: '2026-06-15T18:00:00+02:00',
    eventPlace: 'Rynek',
    scope: 'regional',
    audience: 'Mieszkańcy i turyści',
    expectedParticipants: 2000,
    requests: ['honorary_patronage'],
    description: '',
    receivedAt: '2026-05-01T09:00:00+02:00',
    attachments: [],
    checklist: {},
    status: 'granted',
    decidedAt: '2026-05-10T10:00:00Z',
    decidedBy: 'Prezydent Miasta',
    refusalReason: null,
    withdrawnAt: null,
    logoApprovedAt: null,
    reportReceivedAt: null,
    reportNote: '',
    reportAttachments: [],
    calendarEventId: null,
    letterIds: [],
    createdAt: '2026-05-01T09:00:00Z',
    updatedAt: '2026-05-01T09:00:00Z',
    ...over,
  };
}

describe('lead time', () => {
  const event = { eventStart: '2026-06-15T10:00:00+02:00' };

  it.each([
    ['2026-05-15T09:00:00+02:00', 31, false],
    ['2026-05-16T09:00:00+02:00', 30, false],
    ['2026-05-16T23:59:00+02:00', 30, false], // late in the evening is still that day
    ['2026-05-17T00:01:00+02:00', 29, true],
  ])('received %s: %i days before, late %s', (receivedAt, daysBefore, late) => {
    expect(leadTimeFlag({ ...event, receivedAt }, settings, WARSAW)).toEqual({
      late,
      daysBefore,
      latestOnTimeDate: '2026-05-16',
    });
  });

  it('counts the office calendar days: an event at 00:30 in Kyiv is still the day before in Warsaw', () => {
    const app = { receivedAt: '2026-04-01T10:00:00Z', eventStart: '2026-05-01T00:30:00+03:00' };
    expect(leadTimeFlag(app, settings, KYIV)).toMatchObject({ late: false, daysBefore: 30 });
    expect(leadTimeFlag(app, settings, WARSAW)).toMatchObject({ late: true, daysBefore: 29 });
  });

  it('counts days, not 24-hour periods, across the spring clock change', () => {
    // 1 March 10:00 CET → 31 March 00:30 CEST is under 30 × 24 h of elapsed time, but 30 calendar days.
    const app = { receivedAt: '2026-03-01T10:00:00+01:00', eventStart: '2026-03-31T00:30:00+02:00' };
    expect(leadTimeFlag(app, settings, WARSAW)).toEqual({
      late: false,
      daysBefore: 30,
      latestOnTimeDate: '2026-03-01',
    });
    // Received at 00:30 on 2 March in Warsaw (still 1 March in UTC): one day less, late.
    expect(leadTimeFlag({ ...app, receivedAt: '2026-03-01T23:30:00Z' }, settings, WARSAW)).toMatchObject({
      late: true,
      daysBefore: 29,
    });
  });

  it('uses the lead time from the settings', () => {
    const app = { receivedAt: '2026-06-01T09:00:00+02:00', eventStart: '2026-06-15T10:00:00+02:00' };
    expect(leadTimeFlag(app, { leadDays: 14 }, WARSAW)).toMatchObject({ late: false, daysBefore: 14 });
    expect(leadTimeFlag(app, { leadDays: 15 }, WARSAW)).toMatchObject({ late: true, daysBefore: 14 });
  });

  it('flags an application received after the event began with negative days', () => {
    const app = { receivedAt: '2026-06-16T09:00:00+02:00', eventStart: '2026-06-15T10:00:00+02:00' };
    expect(leadTimeFlag(app, settings, WARSAW)).toMatchObject({ late: true, daysBefore: -1 });
  });
});

describe('obligations', () => {
  it('dates the logo approval 7 days before the first day and the report 30 days after the last', () => {
    const [logo, report] = obligations(application(), settings, WARSAW, new Date('2026-06-01T08:00:00Z'));
    expect(logo).toEqual({ kind: 'logoApproval', dueDate: '2026-06-08', status: 'pending', daysLeft: 7 });
    expect(report).toEqual({ kind: 'report', dueDate: '2026-07-15', status: 'pending', daysLeft: 44 });
  });

  it('makes the logo approval overdue at the next local midnight, not before', () => {
    const app = application();
    expect(obligations(app, settings, WARSAW, new Date('2026-06-08T21:59:59Z'))[0]).toMatchObject({
      status: 'pending',
      daysLeft: 0,
    });
    expect(obligations(app, settings, WARSAW, new Date('2026-06-08T22:00:00Z'))[0]).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
    // In Kyiv the same instant is already 9 June at 00:59.
    expect(obligations(app, settings, KYIV, new Date('2026-06-08T21:59:59Z'))[0]).toMatchObject({
      status: 'overdue',
    });
  });

  it('is done once recorded, even after the due date', () => {
    const app = application({
      logoApprovedAt: '2026-06-10T10:00:00Z',
      reportReceivedAt: '2026-08-01T10:00:00Z',
    });
    const now = new Date('2026-09-01T10:00:00Z');
    expect(obligations(app, settings, WARSAW, now)).toEqual([
      { kind: 'logoApproval', dueDate: '2026-06-08', status: 'done', daysLeft: null },
      { kind: 'report', dueDate: '2026-07-15', status: 'done', daysLeft: null },
    ]);
  });

  it('makes the report overdue from the day after its due date', () => {
    const app = application();
    expect(obligations(app, settings, WARSAW, new Date('2026-07-15T21:59:59Z'))[1]).toMatchObject({
      status: 'pending',
      daysLeft: 0,
    });
    expect(obligations(app, settings, WARSAW, new Date('2026-07-15T22:00:00Z'))[1]).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
  });

  it.each(['received', 'under_review', 'refused', 'withdrawn'] as const)('has none when %s', (status) => {
    expect(obligations(application({ status }), settings, WARSAW, new Date('2026-09-01T10:00:00Z'))).toEqual([
      { kind: 'logoApproval', dueDate: null, status: 'notApplicable', daysLeft: null },
      { kind: 'report', dueDate: null, status: 'notApplicable', daysLeft: null },
    ]);
  });

  it('needs no logo approval when only participation or a prize was requested', () => {
    const app = application({ requests: ['participation', 'prize_or_diploma'] });
    const [logo, report] = obligations(app, settings, WARSAW, new Date('2026-06-10T08:00:00Z'));
    expect(logo.status).toBe('notApplicable');
    expect(report).toMatchObject({ status: 'pending', dueDate: '2026-07-15' });
  });

  it('needs a logo approval for media patronage too', () => {
    const app = application({ requests: ['participation', 'media_patronage'] });
    expect(obligations(app, settings, WARSAW, new Date('2026-06-01T08:00:00Z'))[0]).toMatchObject({
      status: 'pending',
      dueDate: '2026-06-08',
    });
  });

  it('counts the report from the last day of a several-day event, with the days from the settings', () => {
    const app = application({ eventEnd: '2026-06-17T20:00:00+02:00' });
    const custom = { logoApprovalDaysBefore: 10, reportDaysAfter: 14 };
    expect(obligations(app, custom, WARSAW, new Date('2026-06-01T08:00:00Z'))).toEqual([
      { kind: 'logoApproval', dueDate: '2026-06-05', status: 'pending', daysLeft: 4 },
      { kind: 'report', dueDate: '2026-07-01', status: 'pending', daysLeft: 30 },
    ]);
  });

  it('reads an end at local midnight as the end of the day before', () => {
    const app = application({
      eventStart: '2026-06-15T00:00:00+02:00',
      eventEnd: '2026-06-16T00:00:00+02:00',
    });
    expect(eventLastDay(app, WARSAW)).toBe('2026-06-15');
    expect(obligations(app, settings, WARSAW, new Date('2026-06-01T08:00:00Z'))[1].dueDate).toBe(
      '2026-07-15',
    );
  });

  it('counts the report from the office calendar day of the end', () => {
    // Ends 23:30 in Warsaw on 15 June, which is 00:30 on 16 June in Kyiv.
    const app = application({ eventEnd: '2026-06-15T21:30:00Z' });
    const now = new Date('2026-06-01T08:00:00Z');
    expect(obligations(app, settings, WARSAW, now)[1].dueDate).toBe('2026-07-15');
    expect(obligations(app, settings, KYIV, now)[1].dueDate).toBe('2026-07-16');
  });
});

describe('applicant flags', () => {
  // A granted patronage of March whose report (due 9 April) never came.
  const march = application({
    id: 'p-march',
    applicantOrganisationId: 'org-7',
    eventTitle: 'Noc Muzeów',
    eventStart: '2026-03-10T10:00:00+01:00',
    eventEnd: '2026-03-10T22:00:00+01:00',
  });
  const options = (applicant: {
    applicantOrganisationId: string | null;
    applicantName: string;
    id?: string;
  }) => ({
    applicant,
    settings,
    timeZone: WARSAW,
  });
  const may = new Date('2026-05-01T10:00:00Z');

  it('shows the missing report on the next application of the same organisation (by id)', () => {
    const flags = applicantFlags(
      [march],
      may,
      options({ applicantOrganisationId: 'org-7', applicantName: 'FLK' }),
    );
    expect(flags).toEqual({
      missingReports: [{ applicationId: 'p-march', eventTitle: 'Noc Muzeów', dueDate: '2026-04-09' }],
    });
  });

  it('matches by folded name when the directory id is missing on either side', () => {
    const typed = { applicantOrganisationId: null, applicantName: 'fundacja lodz kreatywna' };
    expect(applicantFlags([march], may, options(typed)).missingReports).toHaveLength(1);
    const unlinked = { ...march, applicantOrganisationId: null };
    expect(
      applicantFlags(
        [unlinked],
        may,
        options({ applicantOrganisationId: 'org-7', applicantName: 'FUNDACJA ŁÓDŹ KREATYWNA' }),
      ).missingReports,
    ).toHaveLength(1);
  });

  it('does not match a different organisation, nor the same name under another directory id', () => {
    expect(
      applicantFlags([march], may, options({ applicantOrganisationId: null, applicantName: 'Fundacja Łódź' }))
        .missingReports,
    ).toEqual([]);
    expect(
      applicantFlags(
        [march],
        may,
        options({ applicantOrganisationId: 'org-8', applicantName: march.applicantName }),
      ).missingReports,
    ).toEqual([]);
  });

  it('flags only from the day after the due date, and not once the report came', () => {
    const applicant = { applicantOrganisationId: 'org-7', applicantName: 'x' };
    expect(
      applicantFlags([march], new Date('2026-04-09T21:59:59Z'), options(applicant)).missingReports,
    ).toEqual([]);
    expect(
      applicantFlags([march], new Date('2026-04-09T22:00:00Z'), options(applicant)).missingReports,
    ).toHaveLength(1);
    const reported = { ...march, reportReceivedAt: '2026-04-20T10:00:00Z' };
    expect(applicantFlags([reported], may, options(applicant)).missingReports).toEqual([]);
  });

  it('ignores refused and withdrawn applications and the application itself', () => {
    const applicant = { id: 'p-march', applicantOrganisationId: 'org-7', applicantName: 'x' };
    expect(applicantFlags([march], may, options(applicant)).missingReports).toEqual([]);
    const others = [
      { ...march, id: 'r', status: 'refused' as const },
      { ...march, id: 'w', status: 'withdrawn' as const },
    ];
    expect(applicantFlags(others, may, options({ ...applicant, id: 'new' })).missingReports).toEqual([]);
  });

  it('lists several missing reports, oldest due date first', () => {
    const january = {
      ...march,
      id: 'p-jan',
      eventTitle: 'Orszak',
      eventStart: '2026-01-06T10:00:00+01:00',
      eventEnd: '2026-01-06T14:00:00+01:00',
    };
    const flags = applicantFlags(
      [march, january],
      may,
      options({ applicantOrganisationId: 'org-7', applicantName: 'x' }),
    );
    expect(flags.missingReports.map((m) => [m.applicationId, m.dueDate])).toEqual([
      ['p-jan', '2026-02-05'],
      ['p-march', '2026-04-09'],
    ]);
  });

  it('folds names: case, Polish letters, quotes and spaces', () => {
    expect(applicantKey('  Fundacja „Łódź   Kreatywna” ')).toBe('fundacja lodz kreatywna');
    expect(applicantKey('Громадська організація «Їжак»')).toBe(applicantKey('громадська організація Іжак'));
    expect(
      sameApplicant(
        { applicantOrganisationId: null, applicantName: '' },
        { applicantOrganisationId: null, applicantName: '  ' },
      ),
    ).toBe(false);
  });
});
