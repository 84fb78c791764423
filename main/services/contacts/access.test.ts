import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, TEST_PASSWORD as PASSWORD } from '../../sync/testing/city-server';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, rows, type App } from '../agenda/test-helpers';

/** Who sees and changes directory records once a workstation is signed in to the city server. */
describe('contacts and the signed-in role', () => {
  let server: Awaited<ReturnType<typeof startCityServer>>;
  const apps: App[] = [];

  beforeAll(async () => {
    server = await startCityServer([
      { name: 'ela', role: 'secretariat' },
      { name: 'vera', role: 'viewer' },
    ]);
  }, 60_000);
  afterAll(async () => {
    apps.forEach((a) => a.close());
    await server.close();
  });

  const workstation = async (username: string) => {
    const app = tempApp({ userName: username, now: new Date().toISOString() });
    apps.push(app);
    await api(app, 'sync.login', { serverUrl: server.baseUrl, username, password: PASSWORD });
    return app;
  };

  it('a viewer may not change the directory', async () => {
    const app = await workstation('vera');
    const refused = await apiError(app, 'contacts.create', { kind: 'person', familyName: 'Nowak' });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'readOnlyRole' } });
    const list = await apiError(app, 'contacts.saveList', { name: 'Media' });
    expect(list.params).toEqual({ reason: 'readOnlyRole' });
    expect(rows(app, 'contacts')).toBe(0);
    expect(rows(app, 'distribution_lists')).toBe(0);
  });

  it('the secretariat does not see a record kept for the press office', async () => {
    const app = await workstation('ela');
    const list = await api(app, 'contacts.saveList', { name: 'Jubilaci' });
    const own = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Jan',
      familyName: 'Kowalski',
      visibility: 'secretariat',
      lists: [list.id],
    });
    const hidden = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Jan',
      familyName: 'Kowalski',
      visibility: 'press',
      lists: [list.id],
    });
    expect((await api(app, 'contacts.list', { q: 'kowalski' })).items.map((c) => c.id)).toEqual([own.id]);
    expect((await apiError(app, 'contacts.get', { id: hidden.id })).code).toBe('NOT_FOUND');
    const page = await api(app, 'contacts.get', { id: own.id });
    expect(page).toMatchObject({ canEdit: true, duplicates: [] });
    expect(await api(app, 'contacts.duplicates', {})).toEqual([]);
    expect(
      (await api(app, 'contacts.recipients', { ids: [hidden.id, own.id] })).map((r) => r.contactId),
    ).toEqual([own.id]);
    // The list counts only the members this workstation can see and address.
    expect((await api(app, 'contacts.recipients', { listId: list.id })).map((r) => r.contactId)).toEqual([
      own.id,
    ]);
    expect((await api(app, 'contacts.list', {})).lists).toEqual([
      expect.objectContaining({ memberCount: 1 }),
    ]);
    expect(
      (await apiError(app, 'contacts.merge', { primaryId: own.id, duplicateIds: [hidden.id] })).code,
    ).toBe('NOT_FOUND');
    // Same count on the lists screen (contacts.lists) as in the directory's filter (contacts.list).
    expect(await api(app, 'contacts.lists', {})).toEqual([expect.objectContaining({ memberCount: 1 })]);
  });
});
