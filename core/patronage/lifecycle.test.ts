import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  allowedActions,
  answerCriterion,
  applyTransition,
  assertUpdatable,
  NEW_PATRONAGE_STATE,
  recordLogoApproval,
  recordReport,
  unansweredCriteria,
} from './lifecycle';
import { applicantFlags, obligations } from './rules';
import { PatronageApplicationSchema, type PatronageApplication } from './schema';
import { DEFAULT_CRITERIA, defaultPatronageSettings } from './settings';

const settings = defaultPatronageSettings();
const criteria = DEFAULT_CRITERIA;
const allMet = Object.fromEntries(criteria.map((c) => [c.id, { met: true, note: '' }]));

function application(over: Partial<PatronageApplication> = {}): PatronageApplication {
  return {
    id: 'a1',
    applicantName: 'Stowarzyszenie Biegaczy',
    applicantOrganisationId: 'org-1',
    contactPerson: 'Piotr Zając',
    contact: '600 100 200',
    eventTitle: 'Bieg Niepodległości',
    eventStart: '2026-11-11T10:00:00+01:00',
    eventEnd: '2026-11-11T14:00:00+01:00',
    eventPlace: 'Park Miejski',
    scope: 'local',
    audience: 'Biegacze amatorzy',
    expectedParticipants: 800,
    requests: ['honorary_patronage', 'prize_or_diploma'],
    description: '',
    receivedAt: '2026-09-01T09:00:00+02:00',
    attachments: [],
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    ...NEW_PATRONAGE_STATE,
    checklist: {},
    reportAttachments: [],
    letterIds: [],
    ...over,
  };
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
}

const grant = {
  id: 'a1',
  action: 'grant',
  decidedAt: '2026-09-20T10:00:00Z',
  decidedBy: 'Prezydent Miasta',
} as const;
const refuse = { ...grant, action: 'refuse', reason: 'Wydarzenie ma charakter komercyjny.' } as const;

describe('patronage transitions', () => {
  it('a new application is received, with nothing decided or recorded, and fits the record schema', () => {
    expect(PatronageApplicationSchema.safeParse(application()).success).toBe(true);
    expect(allowedActions('received')).toEqual(['startReview', 'withdraw']);
    expect(allowedActions('under_review')).toEqual(['grant', 'refuse', 'withdraw']);
    expect(allowedActions('granted')).toEqual([]);
  });

  it('starts the review, then grants with who and when', () => {
    expect(applyTransition(application(), { id: 'a1', action: 'startReview' }, criteria)).toEqual({
      status: 'under_review',
    });
    const reviewed = application({ status: 'under_review', checklist: allMet });
    expect(applyTransition(reviewed, grant, criteria)).toEqual({
      status: 'granted',
      decidedAt: '2026-09-20T10:00:00Z',
      decidedBy: 'Prezydent Miasta',
      refusalReason: null,
    });
  });

  it('refuses with the reason; criteria answered "not met" count as answered', () => {
    const checklist = { ...allMet, nonCommercial: { met: false, note: 'Biletowany' } };
    const reviewed = application({ status: 'under_review', checklist });
    expect(applyTransition(reviewed, { ...refuse, reason: '  Komercyjne.  ' }, criteria)).toEqual({
      status: 'refused',
      decidedAt: '2026-09-20T10:00:00Z',
      decidedBy: 'Prezydent Miasta',
      refusalReason: 'Komercyjne.',
    });
  });

  it('will not refuse without a reason', () => {
    const error = errorOf(() =>
      applyTransition(
        application({ status: 'under_review', checklist: allMet }),
        { ...refuse, reason: '  ' },
        criteria,
      ),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'reason', message: 'required' }]);
  });

  it('will not decide before every criterion is answered, and lists the unanswered ones', () => {
    const checklist = {
      publicBenefit: { met: true, note: '' },
      cityPromotion: { met: null, note: 'Zapytać' },
    };
    const reviewed = application({ status: 'under_review', checklist });
    expect(unansweredCriteria(reviewed, criteria)).toEqual([
      'nonCommercial',
      'cityPromotion',
      'applicantReliable',
      'openAccess',
    ]);
    const error = errorOf(() => applyTransition(reviewed, grant, criteria));
    expect(error.code).toBe('VALIDATION');
    expect(error.params).toEqual({
      unanswered: 'nonCommercial, cityPromotion, applicantReliable, openAccess',
    });
    expect(error.issues.map((i) => i.path)).toEqual([
      'checklist.nonCommercial',
      'checklist.cityPromotion',
      'checklist.applicantReliable',
      'checklist.openAccess',
    ]);
    // A refusal without a reason on an incomplete checklist reports both at once.
    const both = errorOf(() => applyTransition(reviewed, { ...refuse, reason: '' }, criteria));
    expect(both.issues.map((i) => i.path)).toContain('reason');
    expect(both.issues).toHaveLength(5);
  });

  it('checks the office’s current criteria only', () => {
    const reviewed = application({
      status: 'under_review',
      checklist: { ownCriterion: { met: true, note: '' } },
    });
    expect(applyTransition(reviewed, grant, [{ id: 'ownCriterion' }])).toMatchObject({ status: 'granted' });
    expect(applyTransition(reviewed, grant, [])).toMatchObject({ status: 'granted' });
  });

  it.each(['received', 'under_review'] as const)('withdraws from %s', (status) => {
    expect(
      applyTransition(
        application({ status }),
        { id: 'a1', action: 'withdraw', at: '2026-09-05T10:00:00Z' },
        criteria,
      ),
    ).toEqual({
      status: 'withdrawn',
      withdrawnAt: '2026-09-05T10:00:00Z',
    });
  });

  it.each([
    ['received', grant],
    ['received', refuse],
    ['under_review', { id: 'a1', action: 'startReview' }],
    ['granted', refuse],
    ['granted', { id: 'a1', action: 'withdraw', at: '2026-09-05T10:00:00Z' }],
    ['refused', grant],
    ['withdrawn', { id: 'a1', action: 'startReview' }],
  ] as const)('refuses an illegal transition from %s', (status, t) => {
    const error = errorOf(() => applyTransition(application({ status, checklist: allMet }), t, criteria));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.params).toEqual({ from: status, action: t.action });
  });
});

describe('checklist', () => {
  it('answers a criterion, keeping the others and the note when none is sent', () => {
    const app = application({ checklist: { publicBenefit: { met: null, note: 'Sprawdzić program' } } });
    expect(answerCriterion(app, { criterionId: 'publicBenefit', met: true }, criteria)).toEqual({
      checklist: { publicBenefit: { met: true, note: 'Sprawdzić program' } },
    });
    expect(
      answerCriterion(
        app,
        { criterionId: 'openAccess', met: false, note: 'Wstęp za zaproszeniem' },
        criteria,
      ),
    ).toEqual({
      checklist: {
        publicBenefit: { met: null, note: 'Sprawdzić program' },
        openAccess: { met: false, note: 'Wstęp za zaproszeniem' },
      },
    });
  });

  it('rejects a criterion the office does not list, and any answer after the decision', () => {
    expect(
      errorOf(() => answerCriterion(application(), { criterionId: 'nope', met: true }, criteria)).code,
    ).toBe('VALIDATION');
    const decided = errorOf(() =>
      answerCriterion(
        application({ status: 'granted' }),
        { criterionId: 'publicBenefit', met: true },
        criteria,
      ),
    );
    expect([decided.code, decided.params]).toEqual(['NOT_ALLOWED', { reason: 'patronageDecided' }]);
  });
});

describe('obligations after a grant', () => {
  const granted = application({ status: 'granted', checklist: allMet, decidedAt: grant.decidedAt });
  const afterEvent = new Date('2026-11-12T08:00:00Z');

  it('records the logo approval only for a granted patronage that uses the logo', () => {
    expect(recordLogoApproval(granted, { at: '2026-11-01T10:00:00Z' })).toEqual({
      logoApprovedAt: '2026-11-01T10:00:00Z',
    });
    expect(recordLogoApproval(granted, { at: null })).toEqual({ logoApprovedAt: null });
    const underReview = errorOf(() =>
      recordLogoApproval({ ...granted, status: 'under_review' }, { at: null }),
    );
    expect(underReview.params).toEqual({ reason: 'patronageNotGranted' });
    const noLogo = errorOf(() =>
      recordLogoApproval({ ...granted, requests: ['participation'] }, { at: '2026-11-01T10:00:00Z' }),
    );
    expect([noLogo.code, noLogo.params]).toEqual(['NOT_ALLOWED', { reason: 'logoNotRequested' }]);
  });

  it('records the report only after the event ended', () => {
    const report = {
      receivedAt: '2026-11-20T10:00:00Z',
      note: ' Relacja i 40 zdjęć ',
      attachments: ['a'.repeat(64)],
    };
    expect(recordReport(granted, report, new Date('2026-11-20T10:00:00Z'))).toEqual({
      reportReceivedAt: '2026-11-20T10:00:00Z',
      reportNote: 'Relacja i 40 zdjęć',
      reportAttachments: ['a'.repeat(64)],
    });
    const during = errorOf(() => recordReport(granted, report, new Date('2026-11-11T12:00:00Z')));
    expect([during.code, during.params]).toEqual(['NOT_ALLOWED', { reason: 'eventNotEnded' }]);
    const early = errorOf(() =>
      recordReport(granted, { ...report, receivedAt: '2026-11-11T12:00:00Z' }, afterEvent),
    );
    expect([early.code, early.issues]).toEqual([
      'VALIDATION',
      [{ path: 'receivedAt', message: 'reportBeforeEventEnd' }],
    ]);
    const refused = errorOf(() => recordReport({ ...granted, status: 'refused' }, report, afterEvent));
    expect(refused.params).toEqual({ reason: 'patronageNotGranted' });
  });

  it('a recorded report marks the obligation done and clears the applicant’s flag', () => {
    const late = new Date('2027-01-10T10:00:00Z');
    const next = { id: 'a2', applicantOrganisationId: 'org-1', applicantName: 'Stowarzyszenie Biegaczy' };
    const options = { applicant: next, settings, timeZone: 'Europe/Warsaw' };
    expect(obligations(granted, settings, 'Europe/Warsaw', late)[1]).toMatchObject({
      status: 'overdue',
      dueDate: '2026-12-11',
    });
    expect(applicantFlags([granted], late, options).missingReports).toHaveLength(1);

    const patch = recordReport(
      granted,
      { receivedAt: '2027-01-05T10:00:00Z', note: '', attachments: [] },
      late,
    );
    const reported = { ...granted, ...patch };
    expect(obligations(reported, settings, 'Europe/Warsaw', late)[1].status).toBe('done');
    expect(applicantFlags([reported], late, options).missingReports).toEqual([]);
  });
});

describe('editing a decided application', () => {
  it('lets anything change while open', () => {
    expect(() =>
      assertUpdatable({ status: 'under_review' }, { id: 'a1', applicantName: 'Nowa nazwa' }),
    ).not.toThrow();
  });

  it('after a grant keeps what the decision states, but lets a postponed event move', () => {
    expect(() =>
      assertUpdatable(
        { status: 'granted' },
        {
          id: 'a1',
          eventStart: '2026-11-14T10:00:00+01:00',
          eventEnd: '2026-11-14T14:00:00+01:00',
          contact: 'x',
        },
      ),
    ).not.toThrow();
    const error = errorOf(() =>
      assertUpdatable({ status: 'granted' }, { id: 'a1', requests: ['media_patronage'] }),
    );
    expect([error.code, error.params]).toEqual([
      'NOT_ALLOWED',
      { reason: 'patronageDecided', field: 'requests' },
    ]);
  });

  it('closes a refused or withdrawn one, except linking the directory organisation', () => {
    expect(() =>
      assertUpdatable({ status: 'refused' }, { id: 'a1', applicantOrganisationId: 'org-9' }),
    ).not.toThrow();
    const error = errorOf(() => assertUpdatable({ status: 'withdrawn' }, { id: 'a1', eventPlace: 'Hala' }));
    expect(error.params).toEqual({ reason: 'patronageClosed', field: 'eventPlace' });
  });
});
