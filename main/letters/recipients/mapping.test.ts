import { describe, expect, it } from 'vitest';
import { columnKeys, foldKey } from './keys';
import { guessFieldMapping } from './index';

/** Columns as importRecipients makes them from a header row. */
const columnsOf = (...headers: string[]) => {
  const keys = columnKeys(headers.map((header, i) => ({ header, columnNumber: i + 1 })));
  return headers.map((header, i) => ({ key: keys[i]!, header }));
};

describe('foldKey', () => {
  it.each([
    ['Imię', 'imie'],
    ['Nazwisko', 'nazwisko'],
    ['E-mail', 'e_mail'],
    ['Adres e-mail', 'adres_e_mail'],
    ['  Kod  pocztowy ', 'kod_pocztowy'],
    ['Miejscowość', 'miejscowosc'],
    ['ŁÓDŹ Żółć', 'lodz_zolc'],
    ['Małżonkowie', 'malzonkowie'],
    ["Ім'я", 'im_ya'],
    ['Ім’я', 'im_ya'],
    ['Прізвище', 'prizvyshche'],
    ['По батькові', 'po_batkovi'],
    ['Подружжя', 'podruzhzhia'],
    ['Організація', 'orhanizatsiia'],
    ['Ґанок Їжак Єва Йосип', 'ganok_yizhak_yeva_yosyp'],
    ['ПІБ', 'pib'],
    ['Straße № 5', 'strasse_no_5'],
    ['!!!', ''],
  ])('%s → %s', (header, key) => {
    expect(foldKey(header)).toBe(key);
  });

  it('numbers duplicates and names empty headers by their column', () => {
    const headers = ['Imię', 'imie', 'IMIĘ', '', 'col_4'];
    expect(columnKeys(headers.map((header, i) => ({ header, columnNumber: i + 1 })))).toEqual([
      'imie',
      'imie_2',
      'imie_3',
      'col_4',
      'col_4_2',
    ]);
    expect(columnsOf('Imię', '', 'Nazwisko').map((c) => c.key)).toEqual(['imie', 'col_2', 'nazwisko']);
  });
});

describe('guessFieldMapping', () => {
  it('maps a Polish address list', () => {
    const columns = columnsOf(
      'Tytuł',
      'Imię',
      'Nazwisko',
      'Płeć',
      'Stanowisko',
      'Instytucja',
      'Ulica',
      'Kod pocztowy',
      'Miejscowość',
      'E-mail',
    );
    expect(guessFieldMapping(columns)).toEqual({
      title: 'tytul',
      givenName: 'imie',
      familyName: 'nazwisko',
      gender: 'plec',
      position: 'stanowisko',
      organisation: 'instytucja',
      street: 'ulica',
      postalCode: 'kod_pocztowy',
      city: 'miejscowosc',
      email: 'e_mail',
    });
  });

  it('maps a Ukrainian list', () => {
    const columns = columnsOf(
      'Звання',
      'Прізвище',
      "Ім'я",
      'По батькові',
      'Стать',
      'Посада',
      'Установа',
      'Адреса',
      'Індекс',
      'Місто',
      'Електронна пошта',
    );
    expect(guessFieldMapping(columns)).toEqual({
      title: 'zvannia',
      familyName: 'prizvyshche',
      givenName: 'im_ya',
      patronymic: 'po_batkovi',
      gender: 'stat',
      position: 'posada',
      organisation: 'ustanova',
      street: 'adresa',
      postalCode: 'indeks',
      city: 'misto',
      email: 'elektronna_poshta',
    });
  });

  it('maps an English list', () => {
    const columns = columnsOf(
      'Title',
      'First name',
      'Last name',
      'Gender',
      'Organisation',
      'Position',
      'Street',
      'Postal code',
      'City',
      'Email',
    );
    expect(guessFieldMapping(columns)).toEqual({
      title: 'title',
      givenName: 'first_name',
      familyName: 'last_name',
      gender: 'gender',
      organisation: 'organisation',
      position: 'position',
      street: 'street',
      postalCode: 'postal_code',
      city: 'city',
      email: 'email',
    });
  });

  it('maps ceremony lists: couples, years, date, full names', () => {
    expect(guessFieldMapping(columnsOf('Lp.', 'Małżonkowie', 'Lata', 'Data', 'Miasto'))).toEqual({
      names: 'malzonkowie',
      years: 'lata',
      date: 'data',
      city: 'miasto',
    });
    expect(guessFieldMapping(columnsOf('Подружжя', 'Років', 'Дата'))).toEqual({
      names: 'podruzhzhia',
      years: 'rokiv',
      date: 'data',
    });
    expect(guessFieldMapping(columnsOf('Pary', 'Staż'))).toEqual({ names: 'pary', years: 'staz' });
    expect(guessFieldMapping(columnsOf('ПІБ', 'Організація'))).toEqual({
      fullName: 'pib',
      organisation: 'orhanizatsiia',
    });
    expect(guessFieldMapping(columnsOf('Full name', 'School'))).toEqual({
      fullName: 'full_name',
      organisation: 'school',
    });
  });

  it('gives a column to the most specific field and each field one column', () => {
    const columns = columnsOf(
      'Imię i nazwisko',
      'Adres e-mail',
      'Adres',
      'Szkoła',
      'Organizacja',
      'Data urodzenia',
      'Data',
    );
    expect(guessFieldMapping(columns)).toEqual({
      fullName: 'imie_i_nazwisko',
      email: 'adres_e_mail',
      street: 'adres',
      organisation: 'szkola',
      date: 'data', // an exact "Data" wins over "Data urodzenia"
    });
  });

  it('uses loose matches for longer headers and leaves unknown headers out', () => {
    const columns = columnsOf(
      'Nazwa szkoły',
      'Adres do korespondencji',
      'Lata małżeństwa',
      'Uwagi',
      'Telefon',
    );
    expect(guessFieldMapping(columns)).toEqual({
      organisation: 'nazwa_szkoly',
      street: 'adres_do_korespondencji',
      years: 'lata_malzenstwa',
    });
    expect(guessFieldMapping([])).toEqual({});
  });
});
