import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../core/api/contract';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, rows, type App } from '../agenda/test-helpers';

const NOW = '2026-03-02T09:00:00+01:00';
type CreateInput = MethodInput<'contacts.create'>;

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const csvFile = (lines: string[], fileName = 'kontakty.csv') => ({
  fileName,
  base64: encode(`\uFEFF${lines.join('\r\n')}\r\n`),
});

const zofia: CreateInput = {
  kind: 'person',
  category: 'journalist',
  outletType: 'daily',
  title: 'dr',
  givenName: 'Zofia',
  familyName: 'Łęcka',
  position: 'reporterka',
  emails: [{ value: 'z.lecka@dziennik.example', label: '' }],
  phones: [{ value: '600 123 456', label: '' }],
  addresses: [{ street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź', country: 'Polska' }],
  tags: ['samorząd', 'transport'],
  notes: 'Woli kontakt mailowy; dzwonić po 10',
};
const olena: CreateInput = {
  kind: 'person',
  category: 'resident',
  givenName: 'Олена',
  familyName: 'Шевчук',
  emails: [{ value: 'olena@ukr.example', label: '' }],
};
const newsroom: CreateInput = {
  kind: 'organisation',
  category: 'outlet',
  outletType: 'daily',
  organisationName: 'Dziennik Łódzki',
  emails: [{ value: 'redakcja@dziennik.example', label: '' }],
};

/** What the import should reproduce of a record. */
const essence = (c: MethodInput<'contacts.create'> & { displayName?: string }) => ({
  kind: c.kind,
  category: c.category,
  outletType: c.outletType ?? null,
  givenName: c.givenName ?? '',
  familyName: c.familyName ?? '',
  organisationName: c.organisationName ?? '',
  emails: (c.emails ?? []).map((e) => e.value),
});

describe('CSV export and import', () => {
  const apps: App[] = [];
  const open = () => {
    const app = tempApp({ now: NOW });
    apps.push(app);
    return app;
  };
  afterEach(() => apps.splice(0).forEach((a) => a.close()));

  it('exports a Polish Excel CSV (BOM, semicolons, Polish headers)', async () => {
    const app = open();
    await api(app, 'contacts.create', zofia);
    const file = await api(app, 'contacts.exportCsv', {});
    expect(file).toMatchObject({ mimeType: 'text/csv', fileName: 'kontakty-2026-03-02.csv' });
    const text = decode(file.base64);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header?.split(';')).toEqual(
      expect.arrayContaining(['Nazwa', 'Kategoria', 'Imię', 'Nazwisko', 'E-mail', 'Telefon', 'Miejscowość']),
    );
    expect(row).toContain('dr Zofia Łęcka;dziennikarz;dziennik;');
    expect(row).toContain('"Woli kontakt mailowy; dzwonić po 10"');
    expect(row).toContain("'+48 600 123 456"); // defused for Excel
  });

  it('imports its own export into another workstation with the same people', async () => {
    const source = open();
    for (const c of [zofia, olena]) await api(source, 'contacts.create', c);
    const file = await api(source, 'contacts.exportCsv', {});

    const target = open();
    const result = await api(target, 'contacts.import', { fileName: file.fileName, base64: file.base64 });
    expect(result).toEqual({ created: 2, skippedDuplicates: 0, invalid: 0 });
    const imported = (await api(target, 'contacts.list', {})).items;
    expect(imported.map(essence)).toEqual([essence(zofia), essence(olena)]);
    expect(imported[0]).toMatchObject({
      title: 'dr',
      phones: [{ value: '+48600123456', label: '' }],
      addresses: zofia.addresses,
      tags: zofia.tags,
      notes: zofia.notes,
      source: { kind: 'import', text: file.fileName },
    });
  });

  it('imports exported organisations as organisations', async () => {
    const source = open();
    const council: CreateInput = {
      kind: 'organisation',
      category: 'other',
      organisationName: 'Rada Osiedla Bałuty',
    };
    for (const c of [newsroom, council]) await api(source, 'contacts.create', c);
    const file = await api(source, 'contacts.exportCsv', {});
    const target = open();
    const preview = await api(target, 'contacts.importPreview', file);
    await api(target, 'contacts.import', file);
    const imported = (await api(target, 'contacts.list', {})).items;
    expect(imported.map(essence)).toEqual([essence(newsroom), essence(council)]);
    expect(preview.rows.map((r) => [r.name, r.valid, r.problems])).toEqual([
      ['Dziennik Łódzki', true, []],
      ['Rada Osiedla Bałuty', true, []],
    ]);
  });

  it('previews problems and look-alikes, then skips or imports the look-alikes as asked', async () => {
    const app = open();
    const existing = await api(app, 'contacts.create', zofia);
    const list = await api(app, 'contacts.saveList', { name: 'Import marzec' });
    const file = csvFile([
      'Imię;Nazwisko;E-mail;Telefon',
      'Adam;Nowak;adam.nowak(at)example;',
      'Zosia;Łęcka-Nowa;Z.Lecka@dziennik.example;',
      'Ewa;Wiśniewska;ewa@example.pl;+48 601 222 333',
    ]);
    const preview = await api(app, 'contacts.importPreview', file);
    expect(preview.format).toBe('csv');
    expect(preview.rows).toEqual([
      expect.objectContaining({
        name: 'Adam Nowak',
        valid: true,
        problems: [{ path: 'emails', message: 'invalidEmail', value: 'adam.nowak(at)example' }],
        duplicateOf: null,
      }),
      expect.objectContaining({
        name: 'Zosia Łęcka-Nowa',
        valid: true,
        duplicateOf: { id: existing.id, displayName: 'dr Zofia Łęcka' },
      }),
      expect.objectContaining({ name: 'Ewa Wiśniewska', problems: [], duplicateOf: null }),
    ]);
    const [first, ...rest] = preview.rows.map((r) => r.index);
    expect(rest).toEqual([first! + 1, first! + 2]);
    expect(rows(app, 'contacts')).toBe(1);

    const skipped = await api(app, 'contacts.import', { ...file, listId: list.id });
    expect(skipped).toEqual({ created: 2, skippedDuplicates: 1, invalid: 0 });
    const members = await api(app, 'contacts.list', { listId: list.id });
    expect(members.items.map((c) => c.familyName).sort()).toEqual(['Nowak', 'Wiśniewska']);
    expect(members.items.find((c) => c.familyName === 'Nowak')?.emails).toEqual([]);

    const again = await api(app, 'contacts.import', { ...file, skipDuplicates: false });
    expect(again).toEqual({ created: 3, skippedDuplicates: 0, invalid: 0 });
    expect((await api(app, 'contacts.list', { q: 'Łęcka' })).total).toBe(2);
  });

  it('reports a row that cannot become a contact and refuses a file with no known columns', async () => {
    const app = open();
    const file = csvFile(['Nazwisko;Kategoria', 'Kowalski;redakcja', 'Nowak;mieszkaniec']);
    const preview = await api(app, 'contacts.importPreview', file);
    expect(preview.rows[0]).toMatchObject({ valid: false, name: 'Kowalski' });
    expect(preview.rows[0]?.problems).toContainEqual({ path: 'category', message: 'categoryNotForKind' });
    expect(await api(app, 'contacts.import', file)).toEqual({ created: 1, skippedDuplicates: 0, invalid: 1 });

    // No known header: the preview shows the columns to be assigned, the import refuses and writes nothing.
    const unknown = await api(app, 'contacts.importPreview', csvFile(['Kolor;Rozmiar', 'czerwony;XL']));
    expect(unknown).toMatchObject({ columns: ['Kolor', 'Rozmiar'], mapping: {} });
    expect(unknown.rows.map((r) => r.valid)).toEqual([false]);
    const before = rows(app, 'contacts');
    const refused = await apiError(app, 'contacts.import', csvFile(['Kolor;Rozmiar', 'czerwony;XL']));
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'file', message: 'noKnownColumns' }],
    });
    expect(rows(app, 'contacts')).toBe(before);
  });

  it('reads the columns the person assigned when the headers are not recognised', async () => {
    const app = open();
    const file = csvFile(['Kto;Poczta;Dodatkowo', 'Anna Nowak;anna@radio.example;stała współpraca']);
    expect((await api(app, 'contacts.importPreview', file)).mapping).toEqual({});
    const mapping = { fullName: 'Kto', email: 'Poczta', notes: 'Dodatkowo' };
    const preview = await api(app, 'contacts.importPreview', { ...file, mapping });
    expect(preview).toMatchObject({ columns: ['Kto', 'Poczta', 'Dodatkowo'], mapping });
    expect(preview.rows[0]).toMatchObject({ valid: true, name: 'Anna Nowak' });
    const wrong = await apiError(app, 'contacts.importPreview', { ...file, mapping: { email: 'E-mail' } });
    expect(wrong.issues).toEqual([{ path: 'mapping.email', message: 'invalidChoice' }]);
    expect(await api(app, 'contacts.import', { ...file, mapping })).toMatchObject({ created: 1 });
    const [anna] = (await api(app, 'contacts.list', { q: 'Nowak' })).items;
    expect(anna).toMatchObject({ givenName: 'Anna', familyName: 'Nowak', notes: 'stała współpraca' });
    expect(anna?.emails).toEqual([{ value: 'anna@radio.example', label: '' }]);
  });

  it('exports only the selected contacts, never erased ones', async () => {
    const app = open();
    const a = await api(app, 'contacts.create', zofia);
    const b = await api(app, 'contacts.create', olena);
    await api(app, 'contacts.create', newsroom);
    const picked = decode((await api(app, 'contacts.exportCsv', { ids: [b.id] })).base64);
    expect(picked).toContain('Шевчук');
    expect(picked).not.toContain('Łęcka');
    const journalists = decode(
      (await api(app, 'contacts.exportCsv', { query: { category: ['journalist'] } })).base64,
    );
    expect(journalists.trim().split('\r\n')).toHaveLength(2);
    await api(app, 'contacts.erase', { id: a.id });
    expect(decode((await api(app, 'contacts.exportCsv', { ids: [a.id, b.id] })).base64)).not.toContain(
      'usunięto',
    );
  });

  it('exports everything the filter finds, not only the page the list shows', async () => {
    const app = open();
    await api(app, 'contacts.create', zofia);
    await api(app, 'contacts.create', olena);
    await api(app, 'contacts.create', newsroom);
    const text = decode((await api(app, 'contacts.exportCsv', { query: { limit: 1 } })).base64);
    expect(text.trim().split('\r\n')).toHaveLength(4);
  });
});

describe('vCard export and import', () => {
  const apps: App[] = [];
  afterEach(() => apps.splice(0).forEach((a) => a.close()));

  it('round-trips people and organisations through a .vcf file', async () => {
    const source = tempApp({ now: NOW });
    const target = tempApp({ now: NOW });
    apps.push(source, target);
    for (const c of [zofia, olena, newsroom]) await api(source, 'contacts.create', c);
    const file = await api(source, 'contacts.exportVcard', {});
    expect(file).toMatchObject({ mimeType: 'text/vcard', fileName: 'kontakty-2026-03-02.vcf' });
    expect(decode(file.base64)).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0/);

    const preview = await api(target, 'contacts.importPreview', file);
    expect(preview.format).toBe('vcard');
    expect(preview.rows.map((r) => [r.valid, r.duplicateOf])).toEqual([
      [true, null],
      [true, null],
      [true, null],
    ]);
    expect(await api(target, 'contacts.import', file)).toEqual({
      created: 3,
      skippedDuplicates: 0,
      invalid: 0,
    });
    const imported = (await api(target, 'contacts.list', {})).items;
    expect(imported.map((c) => [c.kind, c.displayName, c.emails.map((e) => e.value)])).toEqual([
      ['organisation', 'Dziennik Łódzki', ['redakcja@dziennik.example']],
      ['person', 'dr Zofia Łęcka', ['z.lecka@dziennik.example']],
      ['person', 'Олена Шевчук', ['olena@ukr.example']],
    ]);
    const zofiaBack = imported.find((c) => c.familyName === 'Łęcka')!;
    expect(zofiaBack.phones).toEqual([expect.objectContaining({ value: '+48600123456' })]);
    expect(zofiaBack.addresses).toEqual([expect.objectContaining({ city: 'Łódź', postalCode: '90-001' })]);

    // Importing the same file again finds everyone already there.
    expect(await api(target, 'contacts.import', file)).toEqual({
      created: 0,
      skippedDuplicates: 3,
      invalid: 0,
    });
  });
});
