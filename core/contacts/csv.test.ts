import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contactFromRow, contactsToCsv, CSV_COLUMNS, csvCell, splitFullName, type CsvLabels } from './csv';
import { CSV_LABELS } from './csv-labels';
import { ContactCreateSchema } from './schema';
import { email, makeContact, phone } from './test-fixtures';

/** The Polish office's file, as the export writes it. */
const LABELS: CsvLabels = CSV_LABELS.pl;

const journalist = makeContact({
  id: 'c1',
  category: 'journalist',
  outletType: 'daily',
  givenName: 'Katarzyna',
  familyName: 'Wiśniewska',
  organisationId: 'o1',
  position: 'reporterka; dział miejski',
  emails: [email('k.wisniewska@echo.pl'), email('kasia@poczta.pl')],
  phones: [phone('+48600123456'), phone('+48 41 344 55 66 wew. 123')],
  addresses: [{ street: 'ul. Żeromskiego 5', postalCode: '25-001', city: 'Kielce', country: 'Polska' }],
  tags: ['kultura', 'samorząd'],
  lists: ['l1'],
  notes: 'Woli "telefon",\nnie e-mail.',
});
const ukrainian = makeContact({
  id: 'c2',
  givenName: 'Олена',
  patronymic: 'Іванівна',
  familyName: 'Шевчук',
  emails: [email('=HYPERLINK("http://x")@evil.example')],
});
const erased = makeContact({ id: 'c3', familyName: '[usunięto]', erasedAt: '2026-01-01T00:00:00.000Z' });

describe('contactsToCsv', () => {
  const csv = contactsToCsv([journalist, ukrainian, erased], {
    labels: LABELS,
    organisationNames: { o1: 'Echo Dnia' },
    listNames: { l1: 'Media regionalne' },
  });

  it('starts with a BOM, separates with ";" and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header).toBe(CSV_COLUMNS.map((c) => LABELS.headers[c]).join(';'));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back as the same cells (quotes, separators and line breaks inside values)', () => {
    const rows = parse(csv.slice(1), { delimiter: ';' }) as string[][];
    expect(rows).toHaveLength(3); // header + two; the erased record is left out
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(cells).toMatchObject({
      displayName: 'Katarzyna Wiśniewska',
      category: 'dziennikarz',
      outletType: 'dziennik',
      organisation: 'Echo Dnia',
      position: 'reporterka; dział miejski',
      email: 'k.wisniewska@echo.pl, kasia@poczta.pl',
      phone: "'+48 600 123 456, +48 41 344 55 66 wew. 123",
      street: 'ul. Żeromskiego 5',
      tags: 'kultura, samorząd',
      lists: 'Media regionalne',
      notes: 'Woli "telefon",\nnie e-mail.',
    });
    expect(rows[2]![0]).toBe('Олена Іванівна Шевчук');
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+48 600 123 456')).toBe("'+48 600 123 456");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('Kielce')).toBe('Kielce');
    expect(csv).toContain(`'=HYPERLINK(""http://x"")@evil.example`);
  });

  it('exports chosen columns and erased records when asked', () => {
    const some = contactsToCsv([erased], {
      labels: LABELS,
      columns: ['familyName', 'email'],
      includeErased: true,
    });
    expect(some).toBe('\uFEFFNazwisko;E-mail\r\n[usunięto];\r\n');
  });
});

describe('contactFromRow', () => {
  it('maps named columns to a valid create input', () => {
    const { input, problems } = contactFromRow(
      {
        imie: 'Tomasz',
        nazwisko: 'Żółkiewski',
        org: 'Gazeta Ostrowiecka',
        mail: 't.zolkiewski@gazeta.pl; T.Zolkiewski@gmail.com',
        tel: "'+48 600 100 200",
        plec: 'M',
        kat: 'dziennikarz',
        typ: 'dziennik',
        etykiety: 'kultura, sport',
        miasto: 'Ostrowiec Świętokrzyski',
      },
      {
        givenName: 'imie',
        familyName: 'nazwisko',
        organisation: 'org',
        email: 'mail',
        phone: 'tel',
        gender: 'plec',
        category: 'kat',
        outletType: 'typ',
        tags: 'etykiety',
        city: 'miasto',
      },
      { labels: LABELS, sourceText: 'media.csv' },
    );
    expect(problems).toEqual([]);
    const parsed = ContactCreateSchema.parse(input);
    expect(parsed).toMatchObject({
      kind: 'person',
      category: 'journalist',
      outletType: 'daily',
      givenName: 'Tomasz',
      familyName: 'Żółkiewski',
      gender: 'male',
      organisationName: 'Gazeta Ostrowiecka',
      emails: [
        { value: 't.zolkiewski@gazeta.pl', label: '' },
        { value: 'T.Zolkiewski@gmail.com', label: '' },
      ],
      phones: [{ value: '+48600100200', label: '' }],
      tags: ['kultura', 'sport'],
      addresses: [{ street: '', postalCode: '', city: 'Ostrowiec Świętokrzyski', country: '' }],
      source: { kind: 'import', text: 'media.csv' },
    });
  });

  it('splits a full name, a Ukrainian ПІБ included', () => {
    expect(splitFullName('Jan Kowalski')).toEqual({
      givenName: 'Jan',
      familyName: 'Kowalski',
      patronymic: '',
    });
    expect(splitFullName('Kowalski Jan', 'familyFirst')).toEqual({
      givenName: 'Jan',
      familyName: 'Kowalski',
      patronymic: '',
    });
    expect(splitFullName('Шевчук Олена Іванівна')).toEqual({
      familyName: 'Шевчук',
      givenName: 'Олена',
      patronymic: 'Іванівна',
    });
    expect(splitFullName('Олена Іванівна Шевчук')).toEqual({
      familyName: 'Шевчук',
      givenName: 'Олена',
      patronymic: 'Іванівна',
    });
    const { input } = contactFromRow(
      { pib: 'Коваль Тарас Петрович', стать: 'ч' },
      { fullName: 'pib', gender: 'стать' },
    );
    expect(input).toMatchObject({
      givenName: 'Тарас',
      familyName: 'Коваль',
      patronymic: 'Петрович',
      gender: 'male',
    });
  });

  it('makes an organisation of a row with only an organisation', () => {
    const { input } = contactFromRow(
      { nazwa: 'Fundacja „Dobra Wola”', email: 'biuro@dobrawola.org.pl' },
      { organisation: 'nazwa', email: 'email' },
    );
    expect(input).toMatchObject({
      kind: 'organisation',
      category: 'organisation',
      organisationName: 'Fundacja „Dobra Wola”',
    });
  });

  it('drops and reports a bad e-mail or phone but keeps the row', () => {
    const { input, problems } = contactFromRow(
      { n: 'Nowak', e: 'nowak(at)radio.pl, a.nowak@radio.pl', t: 'brak', g: 'x' },
      { familyName: 'n', email: 'e', phone: 't', gender: 'g' },
    );
    expect(problems).toEqual([
      { path: 'gender', message: 'invalidChoice', value: 'x' },
      { path: 'emails', message: 'invalidEmail', value: 'nowak(at)radio.pl' },
      { path: 'phones', message: 'invalidPhone', value: 'brak' },
    ]);
    expect(input?.emails).toEqual([{ value: 'a.nowak@radio.pl', label: '' }]);
  });

  it('refuses a row with no name at all', () => {
    const { input, problems } = contactFromRow({ e: 'x@y.pl' }, { email: 'e' });
    expect(input).toBeNull();
    expect(problems).toEqual([{ path: 'familyName', message: 'nameRequired' }]);
  });

  it('reads back our own export', () => {
    const csv = contactsToCsv([journalist], { labels: LABELS });
    const [header, row] = parse(csv.slice(1), { delimiter: ';' }) as string[][];
    const values = Object.fromEntries(header!.map((h, i) => [h, row![i]!]));
    const mapping = Object.fromEntries(
      (
        [
          'givenName',
          'familyName',
          'position',
          'email',
          'phone',
          'street',
          'postalCode',
          'city',
          'country',
          'tags',
          'notes',
          'category',
          'outletType',
        ] as const
      ).map((f) => [f, LABELS.headers[f]]),
    );
    const { input, problems } = contactFromRow(values, mapping, { labels: LABELS });
    expect(problems).toEqual([]);
    expect(ContactCreateSchema.parse(input)).toMatchObject({
      category: 'journalist',
      outletType: 'daily',
      givenName: 'Katarzyna',
      familyName: 'Wiśniewska',
      position: 'reporterka; dział miejski',
      emails: journalist.emails,
      phones: journalist.phones,
      addresses: journalist.addresses,
      tags: journalist.tags,
      notes: journalist.notes,
    });
  });
});
