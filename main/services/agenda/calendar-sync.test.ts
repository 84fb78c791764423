import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, TEST_PASSWORD as PASSWORD } from '../../sync/testing/city-server';
import { tempApp } from '../../testing/temp-app';
import { api, event, type App } from './test-helpers';

/**
 * The secretariat's calendar shared through the real city server: the press office's workstation sees
 * the mayor's events, private ones only as "busy", and its account may not change the calendar.
 */

describe('the calendar between workstations', () => {
  let server: Awaited<ReturnType<typeof startCityServer>>;
  let baseUrl: string;
  const apps: App[] = [];

  beforeAll(async () => {
    server = await startCityServer([
      { name: 'ela', role: 'secretariat' },
      { name: 'anna', role: 'press' },
    ]);
    baseUrl = server.baseUrl;
  }, 60_000);
  afterAll(async () => {
    apps.forEach((a) => a.close());
    await server.close();
  });

  const workstation = async (username: string) => {
    const app = tempApp({ userName: username, now: new Date().toISOString() });
    apps.push(app);
    await api(app, 'sync.login', { serverUrl: baseUrl, username, password: PASSWORD });
    return app;
  };
  const week = { from: '2026-03-02T00:00:00+01:00', to: '2026-03-09T00:00:00+01:00' };

  it('shows the mayor’s week to the press office with private items as busy', async () => {
    const secretariat = await workstation('ela');
    const press = await workstation('anna');
    await api(secretariat, 'calendar.create', event({ title: 'Sesja Rady Miasta' }));
    await api(
      secretariat,
      'calendar.create',
      event({
        title: 'Wizyta lekarska',
        private: true,
        location: 'Przychodnia',
        start: '2026-03-03T07:30:00+01:00',
        end: '2026-03-03T08:15:00+01:00',
      }),
    );
    await api(secretariat, 'sync.now', {});
    await api(press, 'sync.now', {});

    const seen = await api(press, 'calendar.list', week);
    expect(seen.items.map((i) => [i.title, i.busy, i.location])).toEqual([
      ['Sesja Rady Miasta', false, ''],
      ['', true, ''],
    ]);
    // The secretariat still reads its own private item.
    expect((await api(secretariat, 'calendar.list', week)).items[1]).toMatchObject({
      title: 'Wizyta lekarska',
      busy: false,
    });
  });

  it('refuses a press account’s calendar edit on the server and restores it on the workstation', async () => {
    const press = apps[1]!;
    const item = (await api(press, 'calendar.list', week)).items[0]!;
    const { event: record } = await api(press, 'calendar.get', { id: item.eventId });
    await api(press, 'calendar.update', { ...record, title: 'Sesja przeniesiona' });
    const view = await api(press, 'sync.now', {});
    expect(view.rejected).toBeGreaterThan(0);
    expect((await api(press, 'calendar.get', { id: item.eventId })).event.title).toBe('Sesja Rady Miasta');
  });
});
