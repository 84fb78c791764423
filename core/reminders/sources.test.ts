import { describe, expect, it } from 'vitest';
import { DueItemSchema } from './types';
import { decisionDueItem, inquiryDueItems, patronageDueItems } from './sources';

const UDIP = 'Ustawa o dostępie do informacji publicznej (6.09.2001)';

const open = {
  id: 'i1',
  regNo: 'BP.1431.7.2026',
  subject: 'Budżet obywatelski',
  status: 'in_progress' as const,
  ruleId: 'PL-UDIP-PROVIDE',
  dueAt: '2026-03-23T23:00:00.000Z',
  dueDate: '2026-03-23',
  suspended: false,
  extensionNoticeAt: null,
};

describe('inquiry due items', () => {
  it('an open UDIP inquiry: the answer and the extension-notice window, both until the base deadline', () => {
    const items = inquiryDueItems(open);
    expect(items).toEqual([
      {
        module: 'inquiries',
        kind: 'answer',
        recordId: 'i1',
        title: 'BP.1431.7.2026 Budżet obywatelski',
        dueAt: null,
        dueDate: '2026-03-23',
        link: { route: 'inquiry', id: 'i1' },
        citation: { act: UDIP, article: 'art. 13 ust. 1' },
      },
      {
        module: 'inquiries',
        kind: 'extensionNotice',
        recordId: 'i1',
        title: 'BP.1431.7.2026 Budżet obywatelski',
        dueAt: null,
        dueDate: '2026-03-23',
        link: { route: 'inquiry', id: 'i1' },
        citation: { act: UDIP, article: 'art. 13 ust. 2' },
      },
    ]);
    for (const item of items) expect(DueItemSchema.safeParse(item).success).toBe(true);
  });

  it('once extended (notice given) only the answer remains, at the new date', () => {
    const extended = {
      ...open,
      status: 'extended' as const,
      dueAt: '2026-04-10T22:00:00.000Z',
      dueDate: '2026-04-10',
      extensionNoticeAt: '2026-03-20T10:00:00Z',
    };
    expect(inquiryDueItems(extended).map((i) => [i.kind, i.dueDate])).toEqual([['answer', '2026-04-10']]);
  });

  it('an hour term is exact and cannot be extended', () => {
    const auth = { ...open, ruleId: 'PL-PRESS-AUTH-DAILY', dueAt: '2026-03-23T15:00:00.000Z', dueDate: null };
    expect(inquiryDueItems(auth)).toMatchObject([
      { kind: 'answer', dueAt: '2026-03-23T15:00:00.000Z', dueDate: null },
    ]);
  });

  it('nothing is due while paused or once closed', () => {
    expect(
      inquiryDueItems({ ...open, status: 'paused', suspended: true, dueAt: null, dueDate: null }),
    ).toEqual([]);
    expect(inquiryDueItems({ ...open, status: 'answered' })).toEqual([]);
    expect(inquiryDueItems({ ...open, status: 'withdrawn' })).toEqual([]);
  });
});

describe('decision due item', () => {
  it('an open decision is due until the end of its day; a done one is not due', () => {
    const d = { id: 'd1', title: 'Remont ul. Długiej', status: 'assigned' as const, dueDate: '2026-03-20' };
    expect(decisionDueItem(d)).toEqual({
      module: 'decisions',
      kind: 'decision',
      recordId: 'd1',
      title: 'Remont ul. Długiej',
      dueAt: null,
      dueDate: '2026-03-20',
      link: { route: 'decisions', id: 'd1' },
    });
    expect(decisionDueItem({ ...d, status: 'done' })).toBeNull();
    expect(decisionDueItem({ ...d, status: 'cancelled' })).toBeNull();
  });
});

describe('patronage obligations', () => {
  const app = { id: 'p1', eventTitle: 'Bieg Niepodległości', applicantName: 'Klub Biegacza' };

  it('lists pending and overdue obligations as day-precision items linking to the application', () => {
    const items = patronageDueItems(app, [
      { kind: 'logoApproval', dueDate: '2026-11-20', status: 'overdue' },
      { kind: 'report', dueDate: '2026-12-31', status: 'pending' },
    ]);
    expect(items).toEqual([
      expect.objectContaining({
        module: 'patronage',
        kind: 'logoApproval',
        dueDate: '2026-11-20',
        dueAt: null,
      }),
      expect.objectContaining({
        kind: 'report',
        dueDate: '2026-12-31',
        link: { route: 'patronage', id: 'p1' },
      }),
    ]);
    expect(items[0]!.title).toBe('Bieg Niepodległości (Klub Biegacza)');
  });

  it('gives nothing for done or not applicable obligations', () => {
    expect(
      patronageDueItems(app, [
        { kind: 'logoApproval', dueDate: null, status: 'notApplicable' },
        { kind: 'report', dueDate: '2026-12-31', status: 'done' },
      ]),
    ).toEqual([]);
  });
});
