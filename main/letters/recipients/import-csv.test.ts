import { describe, expect, it } from 'vitest';
import { importRecipients, RecipientImportError, type RecipientImport } from './index';
import { encodeCp1250, encodeCp1251, PNG_BYTES, utf16leWithBom, utf8, utf8WithBom } from './test-fixtures';

const POLISH_LIST = [
  'Imię;Nazwisko;Instytucja;E-mail',
  'Zofia;Łukasiewicz-Żółć;Szkoła Podstawowa nr 5 im. Świętej Jadwigi;zofia.zolc@sp5.gdansk.pl',
  'Grzegorz;Brzęczyszczykiewicz;Urząd Miejski w Łodzi;g.brzeczyszczykiewicz@uml.lodz.pl',
  'Ćwierć;Źdźbło;Przedszkole „Słoneczko”;',
].join('\r\n');

const POLISH_ROWS = [
  {
    row: 2,
    values: {
      imie: 'Zofia',
      nazwisko: 'Łukasiewicz-Żółć',
      instytucja: 'Szkoła Podstawowa nr 5 im. Świętej Jadwigi',
      e_mail: 'zofia.zolc@sp5.gdansk.pl',
    },
  },
  {
    row: 3,
    values: {
      imie: 'Grzegorz',
      nazwisko: 'Brzęczyszczykiewicz',
      instytucja: 'Urząd Miejski w Łodzi',
      e_mail: 'g.brzeczyszczykiewicz@uml.lodz.pl',
    },
  },
  {
    row: 4,
    values: { imie: 'Ćwierć', nazwisko: 'Źdźbło', instytucja: 'Przedszkole „Słoneczko”', e_mail: '' },
  },
];

async function importError(promise: Promise<RecipientImport>): Promise<RecipientImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecipientImportError);
  return error as RecipientImportError;
}

describe('importRecipients: CSV encodings', () => {
  it('reads a Polish list in UTF-8 with a BOM and semicolons', async () => {
    const result = await importRecipients(utf8WithBom(POLISH_LIST + '\r\n'), 'adresaci.csv');
    expect(result.format).toBe('csv');
    expect(result.sheetName).toBeNull();
    expect(result.columns).toEqual([
      { key: 'imie', header: 'Imię' },
      { key: 'nazwisko', header: 'Nazwisko' },
      { key: 'instytucja', header: 'Instytucja' },
      { key: 'e_mail', header: 'E-mail' },
    ]);
    expect(result.rows).toEqual(POLISH_ROWS);
    expect(result.problems).toEqual([]);
  });

  it('reads the same list saved by an older Polish Excel in Windows-1250', async () => {
    const bytes = encodeCp1250(POLISH_LIST);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const result = await importRecipients(bytes, 'adresaci.csv');
    expect(result.columns.map((c) => c.header)).toEqual(['Imię', 'Nazwisko', 'Instytucja', 'E-mail']);
    expect(result.rows).toEqual(POLISH_ROWS);
    expect(result.problems).toEqual([]);
  });

  it('reads a Ukrainian list in Windows-1251, comma-separated, with a quoted comma', async () => {
    const text = [
      'Прізвище,Ім’я,По батькові,Установа,Місто',
      'Ґалаґан,Їжена,Євгенівна,"Школа № 3, корпус Б",Київ',
      'Шевченко,Тарас,Григорович,Ліцей „Ірпінь”,Ірпінь',
    ].join('\r\n');
    const result = await importRecipients(encodeCp1251(text), 'отримувачі.csv');
    expect(result.columns.map((c) => c.key)).toEqual([
      'prizvyshche',
      'im_ya',
      'po_batkovi',
      'ustanova',
      'misto',
    ]);
    expect(result.columns[1]!.header).toBe('Ім’я');
    expect(result.rows).toEqual([
      {
        row: 2,
        values: {
          prizvyshche: 'Ґалаґан',
          im_ya: 'Їжена',
          po_batkovi: 'Євгенівна',
          ustanova: 'Школа № 3, корпус Б',
          misto: 'Київ',
        },
      },
      {
        row: 3,
        values: {
          prizvyshche: 'Шевченко',
          im_ya: 'Тарас',
          po_batkovi: 'Григорович',
          ustanova: 'Ліцей „Ірпінь”',
          misto: 'Ірпінь',
        },
      },
    ]);
  });

  it('reads UTF-8 without a BOM and a tab-separated UTF-16 "Unicode text" export', async () => {
    const plain = await importRecipients(utf8('Imię,Nazwisko\nŁucja,Ćwik\n'), 'lista.csv');
    expect(plain.rows).toEqual([{ row: 2, values: { imie: 'Łucja', nazwisko: 'Ćwik' } }]);
    const unicode = await importRecipients(utf16leWithBom('Ім’я\tПрізвище\r\nОлена\tБілик\r\n'), 'lista.txt');
    expect(unicode.rows).toEqual([{ row: 2, values: { im_ya: 'Олена', prizvyshche: 'Білик' } }]);
  });

  it('reports a row with a broken UTF-8 byte as BAD_ENCODING and keeps the others', async () => {
    const head = utf8WithBom('Imię;Nazwisko\nŻaneta;Kowalska\nJan;Kowal');
    const bytes = Uint8Array.from([...head, 0xff, ...utf8('ski\nOla;Nowak\n')]);
    const result = await importRecipients(bytes, 'lista.csv');
    expect(result.rows.map((r) => r.values.imie)).toEqual(['Żaneta', 'Ola']);
    expect(result.problems).toEqual([
      { row: 3, column: 'nazwisko', code: 'BAD_ENCODING', value: 'Kowal\ufffdski' },
    ]);
  });
});

describe('importRecipients: CSV structure', () => {
  it('keeps a quoted value with a line break, a semicolon and doubled quotes in one row; bare quotes stay', async () => {
    const text = [
      'Imię;Nazwisko;Adres',
      '"Jan";"Kowalski";"ul. Długa 5;',
      'm. 3"',
      'Anna;Nowak;"ul. ""Krótka"" 1"',
      'Szkoła "Orle Gniazdo";Sp. z o.o.;ul. Polna 2',
    ].join('\n');
    const result = await importRecipients(utf8(text), 'lista.csv');
    expect(result.rows).toEqual([
      { row: 2, values: { imie: 'Jan', nazwisko: 'Kowalski', adres: 'ul. Długa 5;\nm. 3' } },
      { row: 3, values: { imie: 'Anna', nazwisko: 'Nowak', adres: 'ul. "Krótka" 1' } },
      { row: 4, values: { imie: 'Szkoła "Orle Gniazdo"', nazwisko: 'Sp. z o.o.', adres: 'ul. Polna 2' } },
    ]);
  });

  it('skips empty lines silently while counting them in row numbers, and trims values', async () => {
    const text = '\r\nImię;Nazwisko\r\n  Jan ; Kowalski \r\n\r\n;\r\nAnna;Nowak\r\n\r\n';
    const result = await importRecipients(utf8(text), 'lista.csv');
    expect(result.rows).toEqual([
      { row: 3, values: { imie: 'Jan', nazwisko: 'Kowalski' } },
      { row: 6, values: { imie: 'Anna', nazwisko: 'Nowak' } },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports the missing family name on row 4 and the bad e-mail on row 6; the other rows come through', async () => {
    const text = [
      'Imię;Nazwisko;Instytucja;E-mail',
      'Jan;Kowalski;SP 1;jan@sp1.pl',
      'Anna;Nowak;SP 2;anna@sp2.pl',
      'Piotr;;SP 3;piotr@sp3.pl',
      'Ewa;Wiśniewska;SP 4;mailto:ewa@sp4.pl',
      'Adam;Zieliński;SP 5;adam(at)sp5.pl',
      'Ola;Lis;SP 6;',
    ].join('\n');
    const result = await importRecipients(utf8(text), 'lista.csv', { required: ['nazwisko'] });
    expect(result.problems).toEqual([
      { row: 4, column: 'nazwisko', code: 'MISSING_REQUIRED' },
      { row: 6, column: 'e_mail', code: 'INVALID_EMAIL', value: 'adam(at)sp5.pl' },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 5, 7]);
    expect(result.rows.find((r) => r.row === 5)!.values.e_mail).toBe('ewa@sp4.pl');
  });

  it('takes required columns by header text too, and reports a required column the file lacks once', async () => {
    const text = 'Imię;Nazwisko\nJan;\nAnna;Nowak\n';
    const result = await importRecipients(utf8(text), 'lista.csv', { required: ['Nazwisko', 'E-mail'] });
    expect(result.problems).toEqual([
      { row: 1, column: 'e_mail', code: 'MISSING_REQUIRED' },
      { row: 2, column: 'nazwisko', code: 'MISSING_REQUIRED' },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
  });

  it('reports a row wider than the header (an unquoted comma) as TOO_MANY_COLUMNS', async () => {
    const text = 'Name,Organisation\nJan Kowalski,SP 1\nAnna Nowak,Szkoła, Gdańsk\nOla Lis,SP 3,,\n';
    const result = await importRecipients(utf8(text), 'list.csv');
    expect(result.problems).toEqual([{ row: 3, column: null, code: 'TOO_MANY_COLUMNS', value: 'Gdańsk' }]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]); // trailing empty fields are not columns
  });

  it('reports values over 1000 characters as TOO_LONG', async () => {
    const text = `Imię;Opis\nJan;${'a'.repeat(1000)}\nAnna;${'ą'.repeat(1001)}\n`;
    const result = await importRecipients(utf8(text), 'lista.csv');
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 3, column: 'opis', code: 'TOO_LONG' });
    expect(result.problems[0]!.value).toBe(`${'ą'.repeat(80)}…`);
  });

  it('checks and normalises date columns', async () => {
    const text = [
      'Małżonkowie;Data ślubu;Data',
      'Anna i Jan;12.05.1976;2026-06-20',
      'Ewa i Piotr;3/7/1976 r.;20 czerwca 2026 r.',
      'Ola i Adam;31.02.1976;2026-06-20',
      'Iza i Tom;1976;wkrótce',
    ].join('\n');
    const result = await importRecipients(utf8(text), 'pary.csv');
    expect(result.rows).toEqual([
      { row: 2, values: { malzonkowie: 'Anna i Jan', data_slubu: '1976-05-12', data: '2026-06-20' } },
      {
        row: 3,
        values: { malzonkowie: 'Ewa i Piotr', data_slubu: '1976-07-03', data: '20 czerwca 2026 r.' },
      },
    ]);
    expect(result.problems).toEqual([
      { row: 4, column: 'data_slubu', code: 'INVALID_DATE', value: '31.02.1976' },
      { row: 5, column: 'data_slubu', code: 'INVALID_DATE', value: '1976' },
      { row: 5, column: 'data', code: 'INVALID_DATE', value: 'wkrótce' },
    ]);
  });

  it('gives duplicate headers _2 and empty headers col_<n>, and drops empty unnamed columns', async () => {
    const text = ';E-mail;;E-mail;Uwagi;\n;a@x.pl;x;b@y.pl;;\n;c@x.pl;;d@y.pl;ok;\n';
    const result = await importRecipients(utf8(text), 'lista.csv');
    expect(result.columns).toEqual([
      { key: 'e_mail', header: 'E-mail' },
      { key: 'col_3', header: '' },
      { key: 'e_mail_2', header: 'E-mail' },
      { key: 'uwagi', header: 'Uwagi' },
    ]);
    expect(result.rows[0]!.values).toEqual({ e_mail: 'a@x.pl', col_3: 'x', e_mail_2: 'b@y.pl', uwagi: '' });
  });
});

describe('importRecipients: whole-file errors', () => {
  const rows = (n: number) =>
    ['Imię;Nazwisko', ...Array.from({ length: n }, (_, i) => `Osoba;${i}`)].join('\n');

  it('throws TOO_MANY_ROWS above maxRows and accepts exactly maxRows', async () => {
    await expect(importRecipients(utf8(rows(3)), 'a.csv', { maxRows: 3 })).resolves.toMatchObject({
      rows: { length: 3 },
    });
    const error = await importError(importRecipients(utf8(rows(4) + '\n\n'), 'a.csv', { maxRows: 3 }));
    expect(error.code).toBe('TOO_MANY_ROWS');
    expect(error.details).toEqual({ count: 4, maxRows: 3 });
  });

  it('defaults maxRows to 5000', async () => {
    expect((await importRecipients(utf8(rows(5000)), 'a.csv')).rows).toHaveLength(5000);
    const error = await importError(importRecipients(utf8(rows(5001)), 'a.csv'));
    expect(error.code).toBe('TOO_MANY_ROWS');
  });

  it('throws UNREADABLE_FILE for a PNG, whatever its name', async () => {
    for (const name of ['lista.xlsx', 'lista.csv', 'lista']) {
      const error = await importError(importRecipients(PNG_BYTES, name));
      expect(error.code).toBe('UNREADABLE_FILE');
    }
  });

  it('throws UNREADABLE_FILE for text named .xlsx, binary junk named .csv and an unclosed quote', async () => {
    expect((await importError(importRecipients(utf8('Imię;Nazwisko\n'), 'lista.xlsx'))).code).toBe(
      'UNREADABLE_FILE',
    );
    const junk = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect((await importError(importRecipients(junk, 'lista.csv'))).code).toBe('UNREADABLE_FILE');
    const unclosed = await importError(
      importRecipients(utf8('Imię;Nazwisko\nJan;Kowalski\n"Anna;Nowak\n'), 'a.csv'),
    );
    expect(unclosed.code).toBe('UNREADABLE_FILE');
    expect(unclosed.details.line).toBeGreaterThanOrEqual(3);
  });

  it('throws EMPTY_FILE for no bytes, a bare BOM and blank lines only', async () => {
    for (const bytes of [new Uint8Array(), utf8WithBom(''), utf8(' \r\n;;\r\n\r\n')]) {
      expect((await importError(importRecipients(bytes, 'lista.csv'))).code).toBe('EMPTY_FILE');
    }
  });

  it('returns a header-only list with its columns and no rows', async () => {
    const result = await importRecipients(utf8('Imię;Nazwisko\n'), 'lista.csv');
    expect(result.columns.map((c) => c.key)).toEqual(['imie', 'nazwisko']);
    expect(result.rows).toEqual([]);
  });
});
