import type { PatronageRequest, PatronageStatus } from '../patronage/schema';
import type { Language } from '../settings/schema';

/**
 * Texts of the register of patronages (.xlsx) and of the values the decision letter states (what was
 * requested), in the office's language; same keys in every language.
 */
const pl = {
  sheet: 'Rejestr patronatów',
  received: 'Data wpływu',
  applicant: 'Wnioskodawca',
  event: 'Wydarzenie',
  eventStart: 'Początek',
  eventEnd: 'Koniec',
  place: 'Miejsce',
  requests: 'Przedmiot wniosku',
  late: 'Wniosek po terminie',
  status: 'Status',
  decidedAt: 'Data decyzji',
  decidedBy: 'Decyzję podjął',
  refusalReason: 'Uzasadnienie odmowy',
  logoDue: 'Akceptacja logo do',
  logoApproved: 'Logo zaakceptowano',
  reportDue: 'Sprawozdanie do',
  reportReceived: 'Sprawozdanie wpłynęło',
  letters: 'Pisma (znaki)',
  yes: 'tak',
  no: 'nie',
};
type Texts = typeof pl;
const uk: Texts = {
  sheet: 'Реєстр патронатів',
  received: 'Дата надходження',
  applicant: 'Заявник',
  event: 'Захід',
  eventStart: 'Початок',
  eventEnd: 'Завершення',
  place: 'Місце',
  requests: 'Предмет клопотання',
  late: 'Подано із запізненням',
  status: 'Статус',
  decidedAt: 'Дата рішення',
  decidedBy: 'Рішення ухвалив',
  refusalReason: 'Обґрунтування відмови',
  logoDue: 'Погодження логотипа до',
  logoApproved: 'Логотип погоджено',
  reportDue: 'Звіт до',
  reportReceived: 'Звіт надійшов',
  letters: 'Листи (індекси)',
  yes: 'так',
  no: 'ні',
};
const en: Texts = {
  sheet: 'Patronage register',
  received: 'Received',
  applicant: 'Applicant',
  event: 'Event',
  eventStart: 'Starts',
  eventEnd: 'Ends',
  place: 'Place',
  requests: 'Requested',
  late: 'Late application',
  status: 'Status',
  decidedAt: 'Decided on',
  decidedBy: 'Decided by',
  refusalReason: 'Reason for refusal',
  logoDue: 'Logo approval due',
  logoApproved: 'Logo approved',
  reportDue: 'Report due',
  reportReceived: 'Report received',
  letters: 'Letters (reference numbers)',
  yes: 'yes',
  no: 'no',
};
const TEXTS: Record<Language, Texts> = { pl, uk, en };

export function patronageExportText(lang: Language, key: keyof Texts): string {
  return TEXTS[lang][key];
}

const REQUESTS: Record<Language, Record<PatronageRequest, string>> = {
  pl: {
    honorary_patronage: 'patronat honorowy',
    participation: 'udział w wydarzeniu',
    prize_or_diploma: 'ufundowanie nagrody lub dyplomu',
    media_patronage: 'patronat medialny',
  },
  uk: {
    honorary_patronage: 'почесний патронат',
    participation: 'участь у заході',
    prize_or_diploma: 'нагорода або диплом',
    media_patronage: 'медійний патронат',
  },
  en: {
    honorary_patronage: 'honorary patronage',
    participation: 'participation in the event',
    prize_or_diploma: 'a prize or diploma',
    media_patronage: 'media patronage',
  },
};

export function requestsText(lang: Language, requests: readonly PatronageRequest[]): string {
  return requests.map((r) => REQUESTS[lang][r]).join(', ');
}

const STATUSES: Record<Language, Record<PatronageStatus, string>> = {
  pl: {
    received: 'wpłynął',
    under_review: 'w ocenie',
    granted: 'przyznany',
    refused: 'odmowa',
    withdrawn: 'wycofany',
  },
  uk: {
    received: 'надійшло',
    under_review: 'на розгляді',
    granted: 'надано',
    refused: 'відмовлено',
    withdrawn: 'відкликано',
  },
  en: {
    received: 'received',
    under_review: 'under review',
    granted: 'granted',
    refused: 'refused',
    withdrawn: 'withdrawn',
  },
};

export function patronageStatusText(lang: Language, status: PatronageStatus): string {
  return STATUSES[lang][status];
}

/** What the diploma says it is for, in the letter's language. */
export function diplomaAchievement(lang: Language, eventTitle: string): string {
  if (lang === 'uk') return `на знак визнання за організацію заходу «${eventTitle}»`;
  if (lang === 'en') return `in recognition of organising “${eventTitle}”`;
  return `w uznaniu za organizację wydarzenia „${eventTitle}”`;
}
