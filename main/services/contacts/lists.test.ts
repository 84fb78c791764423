import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, type App } from '../agenda/test-helpers';

const NOW = '2026-03-02T09:00:00+01:00';

describe('distribution lists', () => {
  let app: App;
  afterEach(() => app.close());

  it('creates and renames a list, refusing a name another list has', async () => {
    app = tempApp({ now: NOW });
    const media = await api(app, 'contacts.saveList', {
      name: 'Media lokalne',
      description: 'Łódź i okolice',
    });
    expect(media).toMatchObject({ name: 'Media lokalne', description: 'Łódź i okolice', memberCount: 0 });
    const ngo = await api(app, 'contacts.saveList', { name: 'Organizacje pozarządowe' });

    const taken = await apiError(app, 'contacts.saveList', { name: 'media LOKALNE' });
    expect(taken).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'name', message: 'listNameTaken' }] });
    const renameClash = await apiError(app, 'contacts.saveList', { id: ngo.id, name: 'Media lokalne' });
    expect(renameClash.issues).toEqual([{ path: 'name', message: 'listNameTaken' }]);

    const renamed = await api(app, 'contacts.saveList', { id: media.id, name: 'Media regionalne' });
    expect(renamed).toMatchObject({ id: media.id, name: 'Media regionalne', description: '' });
    // Changing only the case of its own name is not a clash.
    await api(app, 'contacts.saveList', { id: ngo.id, name: 'organizacje pozarządowe' });
    expect((await api(app, 'contacts.lists', {})).map((l) => l.name)).toEqual([
      'Media regionalne',
      'organizacje pozarządowe',
    ]);
    expect((await apiError(app, 'contacts.saveList', { id: 'no-such-list', name: 'X' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('counts live members and removing a list takes it off its members, who stay', async () => {
    app = tempApp({ now: NOW });
    const media = await api(app, 'contacts.saveList', { name: 'Media lokalne' });
    const other = await api(app, 'contacts.saveList', { name: 'Konferencje' });
    const a = await api(app, 'contacts.create', {
      kind: 'person',
      familyName: 'Nowak',
      lists: [media.id, other.id],
    });
    const b = await api(app, 'contacts.create', { kind: 'person', familyName: 'Lis', lists: [media.id] });
    const c = await api(app, 'contacts.create', { kind: 'person', familyName: 'Wrona', lists: [media.id] });
    await api(app, 'contacts.erase', { id: c.id });
    expect((await api(app, 'contacts.lists', {})).find((l) => l.id === media.id)?.memberCount).toBe(2);

    expect(await api(app, 'contacts.removeList', { id: media.id })).toEqual({ removed: true });
    expect((await api(app, 'contacts.lists', {})).map((l) => l.id)).toEqual([other.id]);
    expect((await api(app, 'contacts.get', { id: a.id })).contact.lists).toEqual([other.id]);
    expect((await api(app, 'contacts.get', { id: b.id })).contact.lists).toEqual([]);
    expect((await api(app, 'contacts.list', {})).total).toBe(2);
    // The removed list cannot be used any more.
    const stale = await apiError(app, 'contacts.update', { id: b.id, lists: [media.id] });
    expect(stale.issues).toEqual([{ path: 'lists', message: 'listNotFound' }]);
    expect((await apiError(app, 'contacts.removeList', { id: media.id })).code).toBe('NOT_FOUND');
    // Its name is free again.
    await api(app, 'contacts.saveList', { name: 'Media lokalne' });
  });
});

describe('recipients for letters', () => {
  let app: App;
  afterEach(() => app.close());

  it('addresses a list’s members with names, address lines and Polish salutations, leaving out erased ones', async () => {
    app = tempApp({ now: NOW });
    const list = await api(app, 'contacts.saveList', { name: 'Jubilaci' });
    const school = await api(app, 'contacts.create', {
      kind: 'organisation',
      category: 'organisation',
      organisationName: 'Szkoła Podstawowa nr 3',
      addresses: [{ street: 'ul. Szkolna 5', postalCode: '90-002', city: 'Łódź' }],
      lists: [list.id],
    });
    const anna = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Anna',
      familyName: 'Kowalska',
      gender: 'female',
      position: 'dyrektorka',
      organisationId: school.id,
      emails: [{ value: 'a.kowalska@sp3.example', label: '' }],
      addresses: [
        { street: 'ul. Polna 12', postalCode: '27-400', city: 'Ostrowiec Świętokrzyski', country: 'Polska' },
      ],
      lists: [list.id],
    });
    const jan = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Jan',
      familyName: 'Nowak',
      lists: [list.id],
    });
    const gone = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Ewa',
      familyName: 'Wrona',
      lists: [list.id],
    });
    await api(app, 'contacts.create', { kind: 'person', givenName: 'Piotr', familyName: 'Lis' });
    await api(app, 'contacts.erase', { id: gone.id });

    const recipients = await api(app, 'contacts.recipients', { listId: list.id });
    expect(recipients.map((r) => r.contactId).sort()).toEqual([school.id, anna.id, jan.id].sort());
    const byId = new Map(recipients.map((r) => [r.contactId, r]));
    expect(byId.get(anna.id)).toMatchObject({
      contactId: anna.id,
      name: 'Anna Kowalska, Szkoła Podstawowa nr 3',
      address: 'ul. Polna 12\n27-400 Ostrowiec Świętokrzyski\nPolska',
      salutation: 'Szanowna Pani Anno',
      fields: {
        title: '',
        givenName: 'Anna',
        familyName: 'Kowalska',
        patronymic: '',
        organisation: 'Szkoła Podstawowa nr 3',
        position: 'dyrektorka',
        email: 'a.kowalska@sp3.example',
      },
    });
    expect(byId.get(jan.id)).toMatchObject({
      name: 'Jan Nowak',
      address: '',
      salutation: 'Szanowny Panie Janie',
    });
    expect(byId.get(school.id)).toMatchObject({
      name: 'Szkoła Podstawowa nr 3',
      address: 'ul. Szkolna 5\n90-002 Łódź',
      salutation: 'Szanowni Państwo',
    });

    const picked = await api(app, 'contacts.recipients', { ids: [gone.id, jan.id] });
    expect(picked.map((r) => r.contactId)).toEqual([jan.id]);
    expect(await api(app, 'contacts.recipients', {})).toEqual([]);
  });

  it('uses the Ukrainian vocative for a Ukrainian office', async () => {
    app = tempApp({ now: NOW, settings: { language: 'uk', jurisdiction: 'UA' } });
    const olena = await api(app, 'contacts.create', {
      kind: 'person',
      givenName: 'Олена',
      patronymic: 'Іванівна',
      familyName: 'Шевчук',
    });
    const [recipient] = await api(app, 'contacts.recipients', { ids: [olena.id] });
    expect(recipient?.salutation).toBe('Шановна Олено Іванівно');
  });
});
