import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, TEST_PASSWORD as PASSWORD } from '../../sync/testing/city-server';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, type App } from '../agenda/test-helpers';

/**
 * The directory and patronage shared through the real city server: the press office's journalists reach
 * the secretariat, the secretariat's patronage (and its calendar event) reaches the press office, the
 * obligations appear on both Today screens, and a press account may not decide a patronage.
 */
describe('contacts and patronage between workstations', () => {
  let server: Awaited<ReturnType<typeof startCityServer>>;
  const apps: App[] = [];
  // The city server checks the workstations' clocks against its own: real time here.
  const NOW = new Date().toISOString();
  const inDays = (days: number, hour: number) =>
    new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + `T${hour}:00:00Z`;

  beforeAll(async () => {
    server = await startCityServer([
      { name: 'ela', role: 'secretariat' },
      { name: 'anna', role: 'press' },
    ]);
  }, 60_000);
  afterAll(async () => {
    apps.forEach((a) => a.close());
    await server.close();
  });

  const workstation = async (username: string) => {
    const app = tempApp({ userName: username, now: NOW });
    apps.push(app);
    await api(app, 'sync.login', { serverUrl: server.baseUrl, username, password: PASSWORD });
    return app;
  };

  it('shares the directory, the patronage and its obligations, and keeps the patronage’s records to the secretariat', async () => {
    const secretariat = await workstation('ela');
    const press = await workstation('anna');

    const outlet = await api(press, 'contacts.create', {
      kind: 'organisation',
      category: 'outlet',
      outletType: 'daily',
      organisationName: 'Echo Dnia',
    });
    // The secretariat's directory was read before the outlet arrived: it must not keep the old picture.
    expect((await api(secretariat, 'contacts.list', { q: 'echo' })).total).toBe(0);
    await api(press, 'sync.now', {});
    await api(secretariat, 'sync.now', {});
    expect((await api(secretariat, 'contacts.get', { id: outlet.id })).contact.displayName).toBe('Echo Dnia');
    expect((await api(secretariat, 'contacts.list', { q: 'echo' })).items.map((c) => c.id)).toEqual([
      outlet.id,
    ]);

    const app = await api(secretariat, 'patronage.create', {
      applicantName: 'Klub Biegacza',
      eventTitle: 'Bieg Wiosenny',
      eventStart: inDays(20, 10),
      eventEnd: inDays(20, 14),
      eventPlace: 'Park Miejski',
      scope: 'local',
      requests: ['honorary_patronage'],
      receivedAt: NOW,
    });
    await api(secretariat, 'patronage.transition', { id: app.id, action: 'startReview' });
    const { criteria } = await api(secretariat, 'patronage.get', { id: app.id });
    for (const c of criteria)
      await api(secretariat, 'patronage.answer', { id: app.id, criterionId: c.id, met: true });
    await api(secretariat, 'patronage.transition', {
      id: app.id,
      action: 'grant',
      decidedAt: NOW,
      decidedBy: 'Burmistrz',
    });
    await api(secretariat, 'sync.now', {});
    await api(press, 'sync.now', {});

    const seen = await api(press, 'patronage.get', { id: app.id });
    expect(seen.application.status).toBe('granted');
    expect(seen.canEdit).toBe(false);
    const events = await api(press, 'calendar.list', { from: inDays(19, 12), to: inDays(21, 12) });
    expect(events.items.map((e) => [e.eventId, e.status])).toEqual([[app.calendarEventId, 'confirmed']]);
    const today = await api(press, 'today.list', { horizonDays: 60 });
    expect(today.upcoming.filter((e) => e.module === 'patronage').map((e) => e.kind)).toEqual([
      'logoApproval',
      'report',
    ]);

    // The press office may not record the patronage's obligations: refused before anything is stored.
    const refused = await apiError(press, 'patronage.logoApproval', { id: app.id, at: NOW });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'readOnlyRole' } });
    expect((await api(press, 'patronage.get', { id: app.id })).application.logoApprovedAt).toBeNull();
  });
});
