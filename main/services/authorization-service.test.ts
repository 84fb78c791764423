import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app';
import { api, apiError, type App } from './agenda/test-helpers';
import { ReminderService } from './reminder-service';

const RECEIVED = [
  'Pytanie: Kiedy ruszy remont ul. Polnej?',
  'Odpowiedź: Prace zaczniemy w kwietniu i potrwają do sierpnia.',
].join('\n');
const request = {
  journalistName: 'Anna Wiśniewska',
  outletName: 'Dziennik Łódzki',
  outletType: 'daily' as const,
  interviewee: 'Jan Malinowski, Prezydent Miasta',
  topic: 'Remont ul. Polnej',
  jurisdiction: 'PL' as const,
  deadlineKind: 'statutory' as const,
  handedOverAt: '2026-03-29T00:00:00+01:00', // the night of the clock change
  receivedText: RECEIVED,
};

describe('interview authorizations', () => {
  let app: App;
  afterEach(() => app.close());

  it('counts 6 hours for a daily from the handover instant, across the clock change', async () => {
    app = tempApp({ now: '2026-03-29T02:00:00+02:00' });
    const created = await api(app, 'authorizations.create', request);
    expect(created).toMatchObject({
      status: 'awaiting',
      effectiveStatus: 'awaiting',
      dueAt: '2026-03-29T05:00:00.000Z',
    });
    expect(created.citation?.article).toContain('14a');
    expect(created.remainingMs).toBe(5 * 3_600_000); // 02:00 CEST is 00:00Z
  });

  it('shows the differences and warns when the authorized version adds a question (art. 14a ust. 6)', async () => {
    app = tempApp({ now: '2026-03-29T03:00:00+02:00' });
    const created = await api(app, 'authorizations.create', request);
    await api(app, 'authorizations.decide', {
      id: created.id,
      action: 'authorize',
      decidedAt: '2026-03-29T03:00:00+02:00',
      authorizedText: `${RECEIVED}\nPytanie: A co z ul. Leśną?\nOdpowiedź: Leśna w przyszłym roku.`,
    });
    const detail = await api(app, 'authorizations.get', { id: created.id });
    expect(detail.authorization.status).toBe('authorized_with_changes');
    expect(detail.diff.some((row) => row.kind === 'added')).toBe(true);
    expect(detail.structure).toMatchObject({ warning: true, addedQuestions: ['Pytanie: A co z ul. Leśną?'] });
    expect((await api(app, 'authorizations.reply', { id: created.id })).text.length).toBeGreaterThan(20);
  });

  it('deems it authorized at the deadline, records it, shows it on Today before, and refuses a late decision', async () => {
    app = tempApp({ now: '2026-03-29T06:30:00+02:00' });
    const created = await api(app, 'authorizations.create', request);
    const today = await api(app, 'today.list', {});
    expect(
      [...today.today, ...today.overdue].some(
        (e) => e.module === 'authorizations' && e.recordId === created.id,
      ),
    ).toBe(true);

    app.setNow('2026-03-29T07:00:00+02:00'); // exactly 6 h after the handover
    new ReminderService(app.ctx).tick();
    const stored = await api(app, 'authorizations.get', { id: created.id });
    expect(stored.authorization).toMatchObject({
      status: 'deemed_authorized',
      decidedAt: '2026-03-29T05:00:00.000Z',
    });
    expect(stored.legalEffect).toMatchObject({
      kind: 'authorizedWithoutReservations',
      citation: { article: 'art. 14a ust. 7' },
    });
    const late = await apiError(app, 'authorizations.decide', {
      id: created.id,
      action: 'refuse',
      reason: 'Nie zgadzam się',
      decidedAt: '2026-03-29T07:00:00+02:00',
    });
    expect(late.code).toBe('ILLEGAL_TRANSITION');
  });

  it('asks a Ukrainian office for an agreed deadline', async () => {
    app = tempApp({ now: '2026-03-29T02:00:00+03:00' });
    const error = await apiError(app, 'authorizations.create', { ...request, jurisdiction: 'UA' });
    expect(error.issues).toEqual([{ path: 'deadlineKind', message: 'uaAgreedDeadlineOnly' }]);
  });
});
