import { describe, expect, it } from 'vitest';
import { NEW_PATRONAGE_STATE } from './lifecycle';
import {
  PatronageApplicationSchema,
  PatronageChecklistAnswerSchema,
  PatronageCreateSchema,
  PatronageReportSchema,
  PatronageTransitionSchema,
  PatronageUpdateSchema,
} from './schema';

const minimal = {
  applicantName: 'Fundacja „Łódź Kreatywna”',
  eventTitle: 'Festiwal Światła',
  eventStart: '2026-06-15T10:00:00+02:00',
  eventEnd: '2026-06-15T18:00:00+02:00',
  eventPlace: 'Rynek',
  scope: 'regional',
  requests: ['media_patronage', 'honorary_patronage', 'media_patronage'],
  receivedAt: '2026-05-01T09:00:00+02:00',
};

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('patronage schemas', () => {
  it('registers with defaults for the optional fields; requests once each, in the catalogue order', () => {
    const parsed = PatronageCreateSchema.parse(minimal);
    expect(parsed).toMatchObject({
      applicantOrganisationId: null,
      contactPerson: '',
      audience: '',
      expectedParticipants: null,
      attachments: [],
      requests: ['honorary_patronage', 'media_patronage'],
    });
    const record = {
      ...parsed,
      ...NEW_PATRONAGE_STATE,
      checklist: {},
      reportAttachments: [],
      letterIds: [],
      id: 'a1',
      createdAt: '2026-05-01T09:00:00Z',
      updatedAt: '2026-05-01T09:00:00Z',
    };
    expect(PatronageApplicationSchema.safeParse(record).success).toBe(true);
  });

  it('reports missing and malformed fields as i18n keys', () => {
    const result = PatronageCreateSchema.safeParse({
      ...minimal,
      applicantName: '  ',
      requests: [],
      scope: 'galactic',
      receivedAt: '2026-05-01 09:00',
      expectedParticipants: -3,
      attachments: ['not-a-hash'],
    });
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        'applicantName:required',
        'requests:required',
        'scope:invalidChoice',
        'receivedAt:invalidDateTime',
        'expectedParticipants:invalid',
        'attachments.0:invalid',
      ]),
    );
  });

  it('wants the event to end after it starts', () => {
    expect(messages(PatronageCreateSchema.safeParse({ ...minimal, eventEnd: minimal.eventStart }))).toEqual([
      'eventEnd:endBeforeStart',
    ]);
    expect(
      messages(
        PatronageUpdateSchema.safeParse({
          id: 'a1',
          eventStart: '2026-06-15T10:00:00+02:00',
          eventEnd: '2026-06-14T10:00:00+02:00',
        }),
      ),
    ).toEqual(['eventEnd:endBeforeStart']);
  });

  it('updates only what was sent, without defaults', () => {
    expect(PatronageUpdateSchema.parse({ id: 'a1', contact: ' tel. 600 ' })).toEqual({
      id: 'a1',
      contact: 'tel. 600',
    });
    expect(PatronageUpdateSchema.parse({ id: 'a1', requests: ['participation', 'participation'] })).toEqual({
      id: 'a1',
      requests: ['participation'],
    });
  });

  it('needs a reason and who decided to refuse', () => {
    const refuse = {
      id: 'a1',
      action: 'refuse',
      decidedAt: '2026-05-20T10:00:00Z',
      decidedBy: 'Prezydent',
      reason: '',
    };
    expect(messages(PatronageTransitionSchema.safeParse(refuse))).toEqual(['reason:required']);
    expect(
      messages(PatronageTransitionSchema.safeParse({ ...refuse, decidedBy: ' ', reason: 'Komercyjne' })),
    ).toEqual(['decidedBy:required']);
    expect(PatronageTransitionSchema.safeParse({ id: 'a1', action: 'approve' }).success).toBe(false);
  });

  it('answers a criterion with met, not met or not yet, and a report defaults to no note or photos', () => {
    expect(
      PatronageChecklistAnswerSchema.parse({ id: 'a1', criterionId: 'publicBenefit', met: null }),
    ).toEqual({
      id: 'a1',
      criterionId: 'publicBenefit',
      met: null,
    });
    expect(PatronageReportSchema.parse({ id: 'a1', receivedAt: '2026-07-01T10:00:00Z' })).toEqual({
      id: 'a1',
      receivedAt: '2026-07-01T10:00:00Z',
      note: '',
      attachments: [],
    });
  });
});
