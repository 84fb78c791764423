/**
 * Ukrainian vocative (кличний відмінок) through the `shevchenko` library, with a few corrections where
 * the library's answer is not the form a city hall writes (Ігор → Ігоре, not Ігорю; Олег → Олеже), and a
 * table of titles (the library declines anthroponyms, not common nouns such as "професорка").
 */
import { guessGenderFromGivenNamePl } from './polish';
import { loadShevchenko } from './shevchenko-lib';
import { transferCase } from './text';
import type { Gender } from './types';

export type UkrainianNamePart = 'given' | 'patronymic' | 'family';

/** Typographic (’), modifier-letter (ʼ) and look-alike apostrophes: the library knows only the ASCII one. */
const APOSTROPHES = /['’ʼ`‘′]/g;

/** Masculine given names whose vocative we write differently from the library. Lower case. */
const GIVEN_NAME_CORRECTIONS: Record<string, string> = {
  ігор: 'ігоре',
  олег: 'олеже',
  назар: 'назаре',
  лазар: 'лазаре',
};

/**
 * The vocative of a Ukrainian given name (default), patronymic or family name: Іван → Іване,
 * Петрович → Петровичу, Олена → Олено, Коваленко → Коваленку. Keeps the letter case and the kind of
 * apostrophe of the input (Мар’яна → Мар’яно), and declines each part of a hyphenated name.
 * Asynchronous because the library is.
 */
export async function vocativeUk(
  name: string,
  gender: Gender,
  part: UkrainianNamePart = 'given',
): Promise<string> {
  const cleaned = name.normalize('NFC').trim();
  if (cleaned === '') return cleaned;
  const apostrophe = cleaned.match(APOSTROPHES)?.[0];
  const normalized = cleaned.replace(APOSTROPHES, "'");

  const shevchenko = await loadShevchenko();
  const grammaticalGender =
    gender === 'male' ? shevchenko.GrammaticalGender.MASCULINE : shevchenko.GrammaticalGender.FEMININE;

  let declined: string;
  if (part === 'given') {
    const parts = await Promise.all(
      normalized.split('-').map(async (namePart) => {
        if (namePart === '') return namePart;
        const correction = gender === 'male' ? GIVEN_NAME_CORRECTIONS[namePart.toLowerCase()] : undefined;
        if (correction) return transferCase(namePart, correction);
        const output = await shevchenko.inVocative({ gender: grammaticalGender, givenName: namePart });
        return output.givenName ?? namePart;
      }),
    );
    declined = parts.join('-');
  } else if (part === 'patronymic') {
    const output = await shevchenko.inVocative({ gender: grammaticalGender, patronymicName: normalized });
    declined = output.patronymicName ?? normalized;
  } else {
    const output = await shevchenko.inVocative({ gender: grammaticalGender, familyName: normalized });
    declined = output.familyName ?? normalized;
  }
  return apostrophe ? declined.replace(/'/g, apostrophe) : declined;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Masculine given names in -а/-я, for names the library's dictionary does not know. */
const MALE_NAMES_IN_A = new Set([
  'микола',
  'кузьма',
  'ілля',
  'сава',
  'лука',
  'хома',
  'фома',
  'никита',
  'ярема',
  'данила',
  'гаврила',
  'сила',
  'фока',
]);

function guessFromEnding(givenName: string): Gender | null {
  const name = givenName.toLowerCase();
  if (!CYRILLIC.test(name)) return name === '' ? null : guessGenderFromGivenNamePl(name);
  if (MALE_NAMES_IN_A.has(name)) return 'male';
  if (/[ая]$/.test(name)) return 'female';
  if (/[бвгґджзйклмнпрстфхцчшщьо]$/.test(name)) return 'male';
  return null;
}

/** Gender from the patronymic's ending (Петрович, Петрівна), without the library. */
export function guessGenderFromPatronymicUk(patronymic: string): Gender | null {
  const lower = patronymic.trim().toLowerCase();
  if (/[иі]ч$/.test(lower)) return 'male';
  if (/на$/.test(lower)) return 'female';
  return null;
}

/** Gender from an adjectival or -ов/-ін family name (Грушевський / Грушевська); null otherwise. */
export function guessGenderFromFamilyNameUk(familyName: string): Gender | null {
  const last = familyName.trim().split(/[\s-]/).pop()?.toLowerCase() ?? '';
  if (/(ський|цький|зький)$/.test(last)) return 'male';
  if (/(ська|цька|зька)$/.test(last)) return 'female';
  if (last.length > 4 && /(ова|ева|єва|іна|їна)$/.test(last)) return 'female';
  if (last.length > 3 && /(ов|ев|єв|ін|їн)$/.test(last)) return 'male';
  return null;
}

/**
 * Guesses the gender from the patronymic and the given name: the library's detection (patronymic endings
 * and a dictionary of given names), then the endings of names it does not know (-а/-я feminine except
 * Микола, Кузьма, Ілля…). Each part of a hyphenated given name is tried.
 */
export async function guessGenderUk(givenName?: string, patronymic?: string): Promise<Gender | null> {
  if (patronymic) {
    const fromPatronymic = guessGenderFromPatronymicUk(patronymic);
    if (fromPatronymic) return fromPatronymic;
  }
  if (!givenName) return null;
  const parts = givenName
    .replace(APOSTROPHES, "'")
    .split(/[\s-]/)
    .filter((part) => part !== '');
  const shevchenko = await loadShevchenko();
  for (const part of parts) {
    const detected = await shevchenko.detectGender({ givenName: part });
    if (detected === shevchenko.GrammaticalGender.MASCULINE) return 'male';
    if (detected === shevchenko.GrammaticalGender.FEMININE) return 'female';
  }
  return parts[0] ? guessFromEnding(parts[0]) : null;
}

interface UkrainianTitle {
  male: string;
  female: string;
  /** Addressed without "пане": Шановний отче. */
  standalone?: boolean;
  hint?: Gender;
}

const T = (male: string, female: string, extra: Partial<UkrainianTitle> = {}): UkrainianTitle => ({
  male,
  female,
  ...extra,
});

/** Vocatives of titles, feminine forms as the 2019 orthography and current official usage write them. */
const UKRAINIAN_TITLES: Record<string, UkrainianTitle> = {
  професор: T('професоре', 'професорко'),
  'проф.': T('професоре', 'професорко'),
  професорка: T('професоре', 'професорко', { hint: 'female' }),
  доктор: T('докторе', 'докторко'),
  докторка: T('докторе', 'докторко', { hint: 'female' }),
  директор: T('директоре', 'директорко'),
  директорка: T('директоре', 'директорко', { hint: 'female' }),
  голова: T('голово', 'голово'),
  ректор: T('ректоре', 'ректорко'),
  ректорка: T('ректоре', 'ректорко', { hint: 'female' }),
  декан: T('декане', 'деканко'),
  деканка: T('декане', 'деканко', { hint: 'female' }),
  депутат: T('депутате', 'депутатко'),
  депутатка: T('депутате', 'депутатко', { hint: 'female' }),
  міністр: T('міністре', 'міністерко'),
  міністерка: T('міністре', 'міністерко', { hint: 'female' }),
  президент: T('президенте', 'президентко'),
  президентка: T('президенте', 'президентко', { hint: 'female' }),
  суддя: T('судде', 'судде'),
  секретар: T('секретарю', 'секретарко'),
  секретарка: T('секретарю', 'секретарко', { hint: 'female' }),
  староста: T('старосто', 'старосто'),
  посол: T('после', 'после'),
  отець: T('отче', 'отче', { standalone: true, hint: 'male' }),
};

function findHeadWord(words: string[]): number {
  const index = words.findIndex((word) => UKRAINIAN_TITLES[word.toLowerCase()] != null);
  return index === -1 ? 0 : index;
}

/** Gender that the title alone implies (професорка → female, отець → male), if any. */
export function titleGenderHintUk(title: string): Gender | null {
  const words = title.trim().split(' ');
  return UKRAINIAN_TITLES[words[findHeadWord(words)]?.toLowerCase() ?? '']?.hint ?? null;
}

/**
 * Declines a title for the salutation. The head word is the first word found in the table ("міський
 * голова" → "міський голово"), otherwise the first word, declined by the library's given-name rules.
 */
export async function declineTitleUk(
  title: string,
  gender: Gender,
): Promise<{ text: string; standalone: boolean }> {
  const words = title.trim().split(' ');
  const headIndex = findHeadWord(words);
  const head = words[headIndex] ?? '';
  const known = UKRAINIAN_TITLES[head.toLowerCase()];
  const declined = known
    ? transferCase(head.toLowerCase(), gender === 'male' ? known.male : known.female)
    : await vocativeUk(head, gender);
  words[headIndex] = declined;
  return { text: words.join(' '), standalone: known?.standalone ?? false };
}
