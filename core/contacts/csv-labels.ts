/**
 * Column headers and value names of the contact CSV in the office's languages. The export writes the
 * office language's; the import recognises a header in any of them (or the field's own English name),
 * so a file exported on a Polish workstation imports on a Ukrainian one.
 */
import {
  CSV_COLUMNS,
  ROW_FIELDS,
  type CsvColumn,
  type CsvLabels,
  type RowField,
  type RowMapping,
} from './csv';
import type { Language } from '../settings/schema';
import { foldForSearch } from '../text/fold';

export const CSV_LABELS: Record<Language, CsvLabels> = {
  pl: {
    headers: {
      displayName: 'Nazwa',
      category: 'Kategoria',
      outletType: 'Rodzaj redakcji',
      title: 'Tytuł',
      givenName: 'Imię',
      patronymic: 'Imię odojcowskie',
      familyName: 'Nazwisko',
      organisation: 'Organizacja',
      position: 'Stanowisko',
      email: 'E-mail',
      phone: 'Telefon',
      street: 'Ulica',
      postalCode: 'Kod pocztowy',
      city: 'Miejscowość',
      country: 'Kraj',
      tags: 'Etykiety',
      lists: 'Listy',
      notes: 'Uwagi',
    },
    categories: {
      journalist: 'dziennikarz',
      outlet: 'redakcja',
      organisation: 'organizacja',
      resident: 'mieszkaniec',
      official: 'urzędnik',
      other: 'inne',
    },
    outletTypes: {
      daily: 'dziennik',
      periodical: 'czasopismo',
      online: 'portal',
      radio: 'radio',
      tv: 'telewizja',
      agency: 'agencja',
    },
  },
  uk: {
    headers: {
      displayName: 'Назва',
      category: 'Категорія',
      outletType: 'Тип видання',
      title: 'Звання',
      givenName: 'Ім’я',
      patronymic: 'По батькові',
      familyName: 'Прізвище',
      organisation: 'Організація',
      position: 'Посада',
      email: 'E-mail',
      phone: 'Телефон',
      street: 'Вулиця',
      postalCode: 'Індекс',
      city: 'Місто',
      country: 'Країна',
      tags: 'Мітки',
      lists: 'Списки',
      notes: 'Примітки',
    },
    categories: {
      journalist: 'журналіст',
      outlet: 'редакція',
      organisation: 'організація',
      resident: 'мешканець',
      official: 'посадовець',
      other: 'інше',
    },
    outletTypes: {
      daily: 'щоденне',
      periodical: 'періодичне',
      online: 'інтернет-видання',
      radio: 'радіо',
      tv: 'телебачення',
      agency: 'агенція',
    },
  },
  en: {
    headers: {
      displayName: 'Name',
      category: 'Category',
      outletType: 'Outlet type',
      title: 'Title',
      givenName: 'Given name',
      patronymic: 'Patronymic',
      familyName: 'Family name',
      organisation: 'Organisation',
      position: 'Position',
      email: 'E-mail',
      phone: 'Phone',
      street: 'Street',
      postalCode: 'Postal code',
      city: 'City',
      country: 'Country',
      tags: 'Tags',
      lists: 'Lists',
      notes: 'Notes',
    },
    categories: {
      journalist: 'journalist',
      outlet: 'outlet',
      organisation: 'organisation',
      resident: 'resident',
      official: 'official',
      other: 'other',
    },
    outletTypes: {
      daily: 'daily',
      periodical: 'periodical',
      online: 'online',
      radio: 'radio',
      tv: 'TV',
      agency: 'agency',
    },
  },
};

/** Export column → import field (the full name column reads as a full name). */
const FIELD_OF_COLUMN: Partial<Record<CsvColumn, RowField>> = { displayName: 'fullName' };

/** Headers other programs write (Outlook, Google) and plain words people use. */
const EXTRA_HEADERS: Partial<Record<RowField, string[]>> = {
  fullName: ['imię i nazwisko', 'ім’я та прізвище', 'піб', 'full name', 'display name'],
  givenName: ['first name', 'imie'],
  familyName: ['last name', 'surname'],
  email: ['email', 'e-mail address', 'adres e-mail', 'mail', 'електронна пошта'],
  phone: ['telephone', 'mobile', 'tel', 'tel.', 'telefon komórkowy'],
  organisation: ['company', 'organization', 'firma', 'instytucja', 'redakcja', 'установа'],
  gender: ['płeć', 'стать', 'gender', 'sex'],
};

/** Header text (as in the file) → the field it holds, for the headers we recognise. */
export function mappingFromHeaders(headers: readonly string[]): RowMapping {
  const known = new Map<string, RowField>();
  const add = (text: string, field: RowField) => known.set(foldForSearch(text.trim()), field);
  for (const field of ROW_FIELDS) add(field, field);
  for (const labels of Object.values(CSV_LABELS)) {
    for (const column of CSV_COLUMNS) {
      const field = FIELD_OF_COLUMN[column] ?? (column as RowField);
      if ((ROW_FIELDS as readonly string[]).includes(field)) add(labels.headers[column], field);
    }
  }
  for (const [field, words] of Object.entries(EXTRA_HEADERS) as [RowField, string[]][])
    words.forEach((w) => add(w, field));
  const mapping: RowMapping = {};
  for (const header of headers) {
    const field = known.get(foldForSearch(header.trim()));
    if (field && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}

/** Every language's category and outlet-type words, for reading a file made in any of them. */
export function importLabels(language: Language): Pick<CsvLabels, 'categories' | 'outletTypes'> {
  return { categories: CSV_LABELS[language].categories, outletTypes: CSV_LABELS[language].outletTypes };
}
