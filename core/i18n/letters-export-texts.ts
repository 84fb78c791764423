import type { LetterKind } from '../letters/schema';
import type { Language } from '../settings/schema';

/** Texts of the register of outgoing correspondence as an .xlsx file (same keys in every language). */
const pl = {
  sheet: 'Rejestr korespondencji',
  regNo: 'Znak / numer',
  date: 'Data',
  kind: 'Rodzaj',
  recipient: 'Adresat',
  address: 'Adres',
  subject: 'Sprawa',
  template: 'Szablon',
  signatory: 'Podpisujący',
  file: 'Plik',
  sha256: 'Skrót pliku (SHA-256)',
};
type Texts = typeof pl;
const uk: Texts = {
  sheet: 'Реєстр кореспонденції',
  regNo: 'Індекс / номер',
  date: 'Дата',
  kind: 'Вид',
  recipient: 'Адресат',
  address: 'Адреса',
  subject: 'Справа',
  template: 'Шаблон',
  signatory: 'Підписант',
  file: 'Файл',
  sha256: 'Хеш файлу (SHA-256)',
};
const en: Texts = {
  sheet: 'Outgoing correspondence',
  regNo: 'Reference number',
  date: 'Date',
  kind: 'Kind',
  recipient: 'Recipient',
  address: 'Address',
  subject: 'Subject',
  template: 'Template',
  signatory: 'Signed by',
  file: 'File',
  sha256: 'File hash (SHA-256)',
};

const KINDS: Record<Language, Record<LetterKind, string>> = {
  pl: {
    congratulations_birthday: 'Gratulacje — urodziny',
    congratulations_jubilee: 'Gratulacje — jubileusz',
    congratulations_marriage: 'Gratulacje — rocznica ślubu',
    thanks: 'Podziękowanie',
    invitation: 'Zaproszenie',
    diploma: 'Dyplom',
    condolences: 'Kondolencje',
    obituary: 'Nekrolog',
    patronage_decision: 'Decyzja o patronacie',
    inquiry_answer: 'Odpowiedź na zapytanie prasowe',
    refusal_decision: 'Decyzja o odmowie',
    other: 'Inne',
  },
  uk: {
    congratulations_birthday: 'Привітання — день народження',
    congratulations_jubilee: 'Привітання — ювілей',
    congratulations_marriage: 'Привітання — річниця шлюбу',
    thanks: 'Подяка',
    invitation: 'Запрошення',
    diploma: 'Диплом',
    condolences: 'Співчуття',
    obituary: 'Некролог',
    patronage_decision: 'Рішення про патронат',
    inquiry_answer: 'Відповідь на запит журналіста',
    refusal_decision: 'Рішення про відмову',
    other: 'Інше',
  },
  en: {
    congratulations_birthday: 'Congratulations — birthday',
    congratulations_jubilee: 'Congratulations — jubilee',
    congratulations_marriage: 'Congratulations — wedding anniversary',
    thanks: 'Thanks',
    invitation: 'Invitation',
    diploma: 'Diploma',
    condolences: 'Condolences',
    obituary: 'Obituary',
    patronage_decision: 'Patronage decision',
    inquiry_answer: 'Answer to a press inquiry',
    refusal_decision: 'Refusal decision',
    other: 'Other',
  },
};

const TEXTS: Record<Language, Texts> = { pl, uk, en };

export function lettersExportText(lang: Language, key: keyof Texts): string {
  return TEXTS[lang][key];
}

export function letterKindText(lang: Language, kind: LetterKind): string {
  return KINDS[lang][kind];
}
