import { describe, expect, it } from 'vitest';
import {
  AuthorizationCreateSchema,
  AuthorizationDecisionSchema,
  AuthorizationSchema,
  AuthorizationUpdateSchema,
  statutoryRuleFor,
  type AuthorizationCreate,
} from './schema';
import { authorizationRecord } from './fixtures';

const base: AuthorizationCreate = {
  journalistName: 'Anna Kowalska',
  outletName: 'Gazeta Miejska',
  outletType: 'daily',
  interviewee: 'Jan Nowak',
  topic: 'Budowa mostu',
  jurisdiction: 'PL',
  deadlineKind: 'statutory',
  handedOverAt: '2026-03-29T00:00:00+01:00',
  receivedText: 'Pytanie: Kiedy?\nOdpowiedź: Latem.',
};

function issues(input: unknown) {
  const r = AuthorizationCreateSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('create', () => {
  it('accepts a PL statutory request and fills the optional fields', () => {
    const r = AuthorizationCreateSchema.parse(base);
    expect(r).toMatchObject({ outletPeriodicity: null, contactId: null, agreedDueAt: null });
    expect(r.attachments).toBeUndefined();
  });

  it('a stored record matches the record schema', () => {
    expect(AuthorizationSchema.safeParse(authorizationRecord()).success).toBe(true);
  });

  it('the handover is an instant with an offset: no local time, no date', () => {
    expect(issues({ ...base, handedOverAt: '2026-03-29T00:00:00' })).toEqual([
      'handedOverAt:invalidDateTime',
    ]);
    expect(issues({ ...base, handedOverAt: '2026-03-29' })).toEqual(['handedOverAt:invalidDateTime']);
    expect(issues({ ...base, handedOverAt: '2026-03-29T00:00:00Z' })).toEqual([]);
  });

  it('UA: only an agreed deadline', () => {
    expect(issues({ ...base, jurisdiction: 'UA' })).toEqual(['deadlineKind:uaAgreedDeadlineOnly']);
    expect(
      issues({
        ...base,
        jurisdiction: 'UA',
        deadlineKind: 'agreed',
        agreedDueAt: '2026-03-30T12:00:00+03:00',
      }),
    ).toEqual([]);
  });

  it('agreed deadline: required, after the handover; statutory: none', () => {
    expect(issues({ ...base, deadlineKind: 'agreed' })).toEqual(['agreedDueAt:required']);
    expect(issues({ ...base, deadlineKind: 'agreed', agreedDueAt: '2026-03-28T23:00:00Z' })).toEqual([
      'agreedDueAt:dueNotAfterHandover',
    ]);
    expect(issues({ ...base, agreedDueAt: '2026-03-30T12:00:00+02:00' })).toEqual([
      'agreedDueAt:agreedDueAtWithStatutory',
    ]);
  });

  it('received text pasted or attached', () => {
    expect(issues({ ...base, receivedText: '  ' })).toEqual(['receivedText:receivedTextOrFile']);
    expect(issues({ ...base, receivedText: '', attachments: ['a'.repeat(64)] })).toEqual([]);
    expect(issues({ ...base, attachments: ['not-a-hash'] })).toEqual(['attachments.0:invalidSha256']);
  });

  it('required fields carry i18n keys', () => {
    expect(issues({ ...base, interviewee: ' ', outletType: 'blog' })).toEqual([
      'outletType:invalidChoice',
      'interviewee:required',
    ]);
  });
});

describe('update and decisions', () => {
  it('an update has no defaults: only what was sent', () => {
    expect(AuthorizationUpdateSchema.parse({ id: 'a1', topic: 'Most' })).toEqual({ id: 'a1', topic: 'Most' });
  });

  it('a refusal needs a reason; a decision needs a zoned instant', () => {
    const refuse = { id: 'a1', action: 'refuse', decidedAt: '2026-03-29T03:00:00+02:00' };
    expect(AuthorizationDecisionSchema.safeParse({ ...refuse, reason: '  ' }).success).toBe(false);
    expect(AuthorizationDecisionSchema.safeParse(refuse).success).toBe(false);
    expect(AuthorizationDecisionSchema.safeParse({ ...refuse, reason: 'Nieprawdziwe cytaty.' }).success).toBe(
      true,
    );
    expect(
      AuthorizationDecisionSchema.safeParse({ id: 'a1', action: 'authorize', decidedAt: '2026-03-29 03:00' })
        .success,
    ).toBe(false);
  });
});

describe('outlet type → rule', () => {
  it.each([
    ['daily', null, 'PL-PRESS-AUTH-DAILY', 'H', false],
    ['periodical', null, 'PL-PRESS-AUTH-PERIODICAL', 'H', false],
    ['periodical', 'daily', 'PL-PRESS-AUTH-PERIODICAL', 'H', false],
    ['online', null, 'PL-PRESS-AUTH-DAILY', 'M', true],
    ['online', 'periodical', 'PL-PRESS-AUTH-PERIODICAL', 'M', false],
    ['radio', null, 'PL-PRESS-AUTH-DAILY', 'M', true],
    ['tv', 'daily', 'PL-PRESS-AUTH-DAILY', 'M', false],
    ['agency', null, 'PL-PRESS-AUTH-DAILY', 'M', true],
  ] as const)('%s / %s → %s (%s)', (type, periodicity, rule, confidence, assumed) => {
    expect(statutoryRuleFor(type, periodicity)).toEqual({ rule, confidence, assumed });
  });
});
