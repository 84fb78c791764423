import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { sampleInquiry, tempApp } from '../testing/temp-app';
import {
  createInquiry,
  getInquiry,
  inquiryHistory,
  listInquiries,
  transitionInquiry,
  updateInquiry,
} from './inquiry-service';

const countRows = (app: ReturnType<typeof tempApp>) => ({
  inquiries: (app.db.prepare('SELECT count(*) AS n FROM inquiries').get() as { n: number }).n,
  changes: (app.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n,
});

function expectAppError(fn: () => unknown, code: string, params: Record<string, unknown> = {}) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code, params: expect.objectContaining(params) });
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('inquiry service', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  it('registers with the default legal basis, a yearly number and the statutory deadline', () => {
    app = tempApp();
    const inquiry = createInquiry(app.ctx, sampleInquiry);
    expect(inquiry).toMatchObject({
      regNo: 'BP.1431.1.2025',
      ruleId: 'PL-UDIP-PROVIDE',
      status: 'new',
      receivedAt: '2025-12-10T08:00:00.000Z',
      // Wed 10 Dec 2025 + 14 days = Wed 24 Dec (Wigilia, a holiday since 2025) → rolls to Mon 29 Dec.
      dueDate: '2025-12-29',
      dueAt: '2025-12-29T23:00:00.000Z',
    });
    const second = createInquiry(app.ctx, sampleInquiry);
    expect(second.regNo).toBe('BP.1431.2.2025');
    // A new year starts a new sequence; the year is the office's local year of receipt.
    const newYear = createInquiry(app.ctx, { ...sampleInquiry, receivedAt: '2025-12-31T23:30:00Z' });
    expect(newYear.regNo).toBe('BP.1431.1.2026');
  });

  it('uses the Ukrainian public-information rule for UA requests (5 working days)', () => {
    app = tempApp({
      settings: { jurisdiction: 'UA', timeZone: 'Europe/Kyiv', inquiryNumberPattern: 'ПС-{seq}/{year}' },
    });
    const inquiry = createInquiry(app.ctx, {
      ...sampleInquiry,
      jurisdiction: 'UA',
      receivedAt: '2025-12-24T10:00:00+02:00',
    });
    expect(inquiry).toMatchObject({ ruleId: 'UA-API-RESPONSE', regNo: 'ПС-1/2025', dueDate: '2025-12-31' });
  });

  it('writes nothing for bad input', () => {
    app = tempApp();
    const before = countRows(app);
    expect(() => createInquiry(app.ctx, { ...sampleInquiry, journalistName: '' })).toThrow();
    expect(() =>
      createInquiry(app.ctx, {
        ...sampleInquiry,
        receivedAt: '2019-01-01T10:00:00Z',
        ruleId: 'UA-MEDIA-REFUTE-FILE',
        jurisdiction: 'UA',
      }),
    ).toThrow(AppError);
    expect(countRows(app)).toEqual(before);
  });

  it('walks the lifecycle and refuses illegal transitions without writing', () => {
    app = tempApp();
    const { id } = createInquiry(app.ctx, sampleInquiry);
    expect(transitionInquiry(app.ctx, { id, action: 'start' }).status).toBe('in_progress');
    const answered = transitionInquiry(app.ctx, {
      id,
      action: 'answer',
      text: 'Koszt: 1 mln zł.',
      sentAt: '2025-12-15T12:00:00+01:00',
      channel: 'email',
    });
    expect(answered).toMatchObject({ status: 'answered', answerSentAt: '2025-12-15T11:00:00.000Z' });
    const before = countRows(app);
    expectAppError(() => transitionInquiry(app.ctx, { id, action: 'start' }), 'ILLEGAL_TRANSITION', {
      from: 'answered',
      action: 'start',
    });
    expect(countRows(app)).toEqual(before);
    expect(getInquiry(app.ctx, id).allowedActions).toEqual([]);
  });

  it('extends within the 2-month cap when notified inside the 14 days, and refuses otherwise', () => {
    app = tempApp();
    const { id } = createInquiry(app.ctx, sampleInquiry);
    const before = countRows(app);
    expectAppError(
      () =>
        transitionInquiry(app.ctx, {
          id,
          action: 'extend',
          newDueDate: '2026-03-01',
          reason: 'Duża ilość danych',
          noticeAt: '2025-12-12T10:00:00Z',
        }),
      'DEADLINE',
      { reason: 'EXTENSION_BEYOND_CAP' },
    );
    expectAppError(
      () =>
        transitionInquiry(app.ctx, {
          id,
          action: 'extend',
          newDueDate: '2026-01-20',
          reason: 'Duża ilość danych',
          noticeAt: '2026-01-05T10:00:00Z',
        }),
      'DEADLINE',
      { reason: 'EXTENSION_NOTICE_LATE' },
    );
    expect(countRows(app)).toEqual(before);
    const extended = transitionInquiry(app.ctx, {
      id,
      action: 'extend',
      newDueDate: '2026-02-10',
      reason: 'Duża ilość danych',
      noticeAt: '2025-12-12T10:00:00Z',
    });
    expect(extended).toMatchObject({
      status: 'extended',
      dueDate: '2026-02-10',
      extensionReason: 'Duża ilość danych',
    });
  });

  it('pauses and resumes the clock (e.g. the UDIP fee notice) and moves the deadline', () => {
    app = tempApp();
    const { id, dueDate } = createInquiry(app.ctx, {
      ...sampleInquiry,
      receivedAt: '2026-03-02T09:00:00+01:00',
    });
    expect(dueDate).toBe('2026-03-16');
    const paused = transitionInquiry(app.ctx, {
      id,
      action: 'pause',
      at: '2026-03-05T10:00:00+01:00',
      reason: 'Opłata',
    });
    expect(paused).toMatchObject({ status: 'paused', suspended: true, dueAt: null });
    expectAppError(
      () => transitionInquiry(app.ctx, { id, action: 'resume', at: '2026-03-01T10:00:00Z' }),
      'VALIDATION',
    );
    const resumed = transitionInquiry(app.ctx, { id, action: 'resume', at: '2026-03-09T10:00:00+01:00' });
    expect(resumed.status).toBe('new');
    expect(resumed.suspended).toBe(false);
    expect(resumed.dueDate! > '2026-03-16').toBe(true);
  });

  it('an edit changes only the fields it names', () => {
    app = tempApp();
    const { id } = createInquiry(app.ctx, { ...sampleInquiry, assigneePersonId: 'akow' });
    const edited = updateInquiry(app.ctx, { id, subject: 'Nowy temat' });
    expect(edited).toMatchObject({
      subject: 'Nowy temat',
      contact: sampleInquiry.contact,
      assigneePersonId: 'akow',
    });
    const fields = inquiryHistory(app.ctx, id)
      .filter((h) => h.op === 'update')
      .map((h) => h.field);
    expect(fields).toEqual(['subject']);
  });

  it('edits recompute the deadline, and the history shows who changed what', () => {
    app = tempApp();
    const { id } = createInquiry(app.ctx, sampleInquiry);
    const edited = updateInquiry(app.ctx, { id, receivedAt: '2024-12-10T09:00:00+01:00' });
    // In 2024 Wigilia was not yet a holiday: the same request ended on Tue 24 Dec 2024.
    expect(edited.dueDate).toBe('2024-12-24');
    const history = inquiryHistory(app.ctx, id);
    const change = history.find((h) => h.field === 'received_at' && h.op === 'update');
    expect(change).toMatchObject({ userName: 'Anna Tester', value: '2024-12-10T08:00:00.000Z' });
  });

  it('lists with filters, sorting, full-text search that ignores diacritics, and due-soon/overdue', () => {
    app = tempApp({ now: '2025-12-20T10:00:00Z' });
    const a = createInquiry(app.ctx, sampleInquiry); // due 29 Dec
    const b = createInquiry(app.ctx, {
      ...sampleInquiry,
      outletName: 'Echo Dnia',
      subject: 'Budżet obywatelski',
      receivedAt: '2025-11-20T10:00:00Z',
      question: 'Ile projektów?',
    }); // due 4 Dec → overdue
    createInquiry(app.ctx, {
      ...sampleInquiry,
      outletName: 'Суспільне',
      subject: 'Київ',
      jurisdiction: 'UA',
      receivedAt: '2025-12-18T10:00:00Z',
      question: 'Питання',
    });
    const list = (q: object) => listInquiries(app.ctx, q).items.map((i) => i.id);
    expect(list({ q: 'lodz' })).toEqual([a.id]);
    expect(list({ q: 'PIOTRKOWSKIEJ łódź' })).toEqual([a.id]);
    expect(list({ q: 'budzet' })).toEqual([b.id]);
    expect(listInquiries(app.ctx, { q: 'киів' }).total).toBe(1);
    expect(list({ due: 'overdue' })).toEqual([b.id]);
    expect(list({ jurisdiction: 'PL', sort: 'receivedAt', dir: 'desc' })).toEqual([a.id, b.id]);
    app.setNow('2025-12-28T10:00:00Z');
    expect(list({ due: 'soon' })).toContain(a.id);
    expect(listInquiries(app.ctx, { q: '"' }).total).toBe(0);
  });
});
