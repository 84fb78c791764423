/**
 * Polish vocative (wołacz) of given names and of the titles a city hall writes to, by rules plus a short
 * table of exceptions. No maintained npm library declines Polish names, so these are our own rules:
 * they cover the common names; anything unusual stays editable in the letter.
 */
import type { Gender } from './types';
import { capitalize, eachHyphenPart, transferCase } from './text';

/** Names whose vocative no rule below gives (mobile e, rare alternations). Keys and values in lower case. */
const MALE_EXCEPTIONS: Record<string, string> = {
  paweł: 'pawle',
  gaweł: 'gawle',
  kacper: 'kacprze',
  lew: 'lwie',
  przemysł: 'przemyśle',
  wawrzyniec: 'wawrzyńcze',
  ojciec: 'ojcze',
};

/** Before a consonant the soft "ci, si, zi, ni, dzi" of the nominative are written ć, ś, ź, ń, dź. */
const SOFTEN_BEFORE_CONSONANT: Array<[RegExp, string]> = [
  [/dzi$/, 'dź'],
  [/ci$/, 'ć'],
  [/si$/, 'ś'],
  [/zi$/, 'ź'],
  [/ni$/, 'ń'],
];

function softenStem(stem: string): string {
  for (const [pattern, replacement] of SOFTEN_BEFORE_CONSONANT) {
    if (pattern.test(stem)) return stem.replace(pattern, replacement);
  }
  return stem;
}

/** Soft consonants written with an accent take -iu: Staś → Stasiu, Jaś → Jasiu. */
const SOFT_FINAL: Array<[string, string]> = [
  ['dź', 'dziu'],
  ['ś', 'siu'],
  ['ć', 'ciu'],
  ['ź', 'ziu'],
  ['ń', 'niu'],
];

/** Endings after which masculine nouns take -u in the vocative: velars and the (functionally) soft consonants. */
const U_ENDINGS = ['rz', 'sz', 'cz', 'dż', 'ch', 'ż', 'k', 'g', 'h', 'j', 'l', 'c'];

/** Hard endings that take -e with an alternation of the final consonant. */
const E_ENDINGS: Array<[string, string]> = [
  ['nder', 'ndrze'], // Aleksander → Aleksandrze (mobile e)
  ['ster', 'strze'], // Sylwester → Sylwestrze
  ['st', 'ście'], // August → Auguście
  ['sł', 'śle'], // Przemysł → Przemyśle
  ['ł', 'le'], // Michał → Michale
  ['r', 'rze'], // Piotr → Piotrze
  ['t', 'cie'], // Robert → Robercie
  ['d', 'dzie'], // Dawid → Dawidzie
  ['x', 'ksie'], // Max → Maksie
  ['n', 'nie'],
  ['m', 'mie'],
  ['w', 'wie'],
  ['f', 'fie'],
  ['b', 'bie'],
  ['p', 'pie'],
  ['v', 'vie'],
  ['s', 'sie'],
  ['z', 'zie'],
];

function maleVocativeLower(word: string): string {
  const exception = MALE_EXCEPTIONS[word];
  if (exception) return exception;
  // Male names in -a decline like feminine nouns: Kuba → Kubo, Barnaba → Barnabo.
  if (word.endsWith('a')) return femaleVocativeLower(word);
  // Mieszko → Mieszku; other vowels (Jerzy, Antoni, Ignacy, Bruno, Hugo) stay as they are.
  if (word.endsWith('ko')) return `${word.slice(0, -1)}u`;
  if (/[aeiouyąęó]$/.test(word)) return word;
  // -ek with a mobile e: Marek → Marku, Franciszek → Franciszku, Maciek → Maćku.
  if (word.length > 3 && word.endsWith('ek')) return `${softenStem(word.slice(0, -2))}ku`;
  // -ec with a mobile e takes -cze: Wawrzyniec → Wawrzyńcze.
  if (word.length > 3 && word.endsWith('ec')) return `${softenStem(word.slice(0, -2))}cze`;
  for (const [ending, replacement] of SOFT_FINAL) {
    if (word.endsWith(ending)) return word.slice(0, -ending.length) + replacement;
  }
  if (U_ENDINGS.some((ending) => word.endsWith(ending))) return `${word}u`;
  for (const [ending, replacement] of E_ENDINGS) {
    if (word.endsWith(ending)) return word.slice(0, -ending.length) + replacement;
  }
  return word;
}

/** Full names in -nia that take -nio (Stefania → Stefanio); the diminutives take -niu (Ania → Aniu). */
const FULL_NAMES_IN_NIA = new Set([
  'stefania',
  'eugenia',
  'apolonia',
  'antonia',
  'ksenia',
  'leonia',
  'wirginia',
  'melania',
  'tytania',
]);

function femaleVocativeLower(word: string): string {
  if (!word.endsWith('a')) return word; // Beatrycze, Miriam, Noemi, Ruth: not declined
  const stem = word.slice(0, -1);
  // Hypocoristics with a soft consonant take -u: Kasia → Kasiu, Jadzia → Jadziu, Ania → Aniu.
  if (/(si|zi|ci)$/.test(stem)) return `${stem}u`;
  if (stem.endsWith('ni')) return FULL_NAMES_IN_NIA.has(word) ? `${stem}o` : `${stem}u`;
  // Short hypocoristics in -la: Ola → Olu, Ula → Ulu, Ela → Elu (but Aniela → Anielo, Stella → Stello).
  if (word.length <= 4 && /[aeiouy]la$/.test(word)) return `${stem}u`;
  // Everything else, including -ia / -ja after a consonant: Anna → Anno, Maria → Mario, Alicja → Alicjo.
  return `${stem}o`;
}

/**
 * The vocative of a Polish given name: Jan → Janie, Anna → Anno, Marek → Marku, Kasia → Kasiu.
 * Keeps the name's letter case and declines each part of a hyphenated name (Anna-Maria → Anno-Mario).
 */
export function vocativePl(givenName: string, gender: Gender): string {
  const name = givenName.normalize('NFC').trim();
  return eachHyphenPart(name, (part) => {
    const lower = part.toLowerCase();
    return transferCase(part, gender === 'male' ? maleVocativeLower(lower) : femaleVocativeLower(lower));
  });
}

/** Male names in -a (Kuba, Barnaba, Bonawentura) and female names that do not end in -a. */
const MALE_NAMES_IN_A = new Set([
  'kuba',
  'barnaba',
  'bonawentura',
  'kosma',
  'jarema',
  'dyzma',
  'zawisza',
  'sasza',
  'misza',
  'grisza',
  'mustafa',
  'luca',
]);
const FEMALE_NAMES_NOT_IN_A = new Set([
  'beatrycze',
  'miriam',
  'noemi',
  'rut',
  'ruth',
  'abigail',
  'nel',
  'karmen',
  'carmen',
  'dagmar',
  'ingrid',
  'astrid',
  'ines',
  'inez',
  'mercedes',
  'dolores',
  'ester',
  'judyt',
  'nicole',
  'michelle',
  'yvonne',
  'isabelle',
  'sophie',
  'rachel',
  'lilian',
  'vivien',
  'charlotte',
]);

/** Guesses the gender from a Polish given name: -a is female, except Kuba, Barnaba, Bonawentura and a few more. */
export function guessGenderFromGivenNamePl(givenName: string): Gender {
  const first = (givenName.trim().split(/[\s-]/)[0] ?? '').toLowerCase();
  if (MALE_NAMES_IN_A.has(first)) return 'male';
  if (FEMALE_NAMES_NOT_IN_A.has(first)) return 'female';
  return first.endsWith('a') ? 'female' : 'male';
}

/** Guesses the gender from an adjectival Polish family name (Kowalski / Kowalska); null otherwise. */
export function guessGenderFromFamilyNamePl(familyName: string): Gender | null {
  const last = familyName.trim().split(/[\s-]/).pop()?.toLowerCase() ?? '';
  if (/(ski|cki|dzki)$/.test(last)) return 'male';
  if (/(ska|cka|dzka|owa|ówna|anka)$/.test(last) && last.length > 4) return 'female';
  return null;
}

export interface PolishTitle {
  /** Vocative used after "Panie" (or alone when `standalone`). */
  male: string;
  /** Form used after "Pani": by prevailing usage the nominative of the masculine title (Pani Profesor). */
  female: string;
  /** Addressed without "Panie" / "Pani": Szanowny Księże, Szanowna Siostro. */
  standalone?: boolean;
  /** The title itself tells the gender (radna, ksiądz, posłanka). */
  hint?: Gender;
}

const T = (male: string, female: string, extra: Partial<PolishTitle> = {}): PolishTitle => ({
  male,
  female,
  ...extra,
});

/** Titles in lower case, including the common feminine forms and abbreviations a user may type. */
const POLISH_TITLES: Record<string, PolishTitle> = {
  profesor: T('profesorze', 'profesor'),
  prof: T('profesorze', 'profesor'),
  'prof.': T('profesorze', 'profesor'),
  profesorka: T('profesorze', 'profesorko', { hint: 'female' }),
  doktor: T('doktorze', 'doktor'),
  dr: T('doktorze', 'doktor'),
  'dr.': T('doktorze', 'doktor'),
  doktorka: T('doktorze', 'doktorko', { hint: 'female' }),
  dyrektor: T('dyrektorze', 'dyrektor'),
  dyrektorka: T('dyrektorze', 'dyrektorko', { hint: 'female' }),
  prezes: T('prezesie', 'prezes'),
  prezeska: T('prezesie', 'prezesko', { hint: 'female' }),
  burmistrz: T('burmistrzu', 'burmistrz'),
  burmistrzyni: T('burmistrzu', 'burmistrzyni', { hint: 'female' }),
  prezydent: T('prezydencie', 'prezydent'),
  prezydentka: T('prezydencie', 'prezydentko', { hint: 'female' }),
  wójt: T('wójcie', 'wójt'),
  starosta: T('starosto', 'starosta'),
  marszałek: T('marszałku', 'marszałek'),
  marszałkini: T('marszałku', 'marszałkini', { hint: 'female' }),
  wojewoda: T('wojewodo', 'wojewoda'),
  minister: T('ministrze', 'minister'),
  ministra: T('ministrze', 'ministro', { hint: 'female' }),
  senator: T('senatorze', 'senator'),
  senatorka: T('senatorze', 'senatorko', { hint: 'female' }),
  poseł: T('pośle', 'poseł'),
  posłanka: T('pośle', 'posłanko', { hint: 'female' }),
  radny: T('radny', 'radna'),
  radna: T('radny', 'radna', { hint: 'female' }),
  przewodniczący: T('przewodniczący', 'przewodnicząca'),
  przewodnicząca: T('przewodniczący', 'przewodnicząca', { hint: 'female' }),
  sołtys: T('sołtysie', 'sołtys'),
  sołtyska: T('sołtysie', 'sołtysko', { hint: 'female' }),
  kierownik: T('kierowniku', 'kierownik'),
  kierowniczka: T('kierowniku', 'kierowniczko', { hint: 'female' }),
  naczelnik: T('naczelniku', 'naczelnik'),
  naczelniczka: T('naczelniku', 'naczelniczko', { hint: 'female' }),
  komendant: T('komendancie', 'komendant'),
  inspektor: T('inspektorze', 'inspektor'),
  mecenas: T('mecenasie', 'mecenas'),
  sędzia: T('sędzio', 'sędzio'),
  rektor: T('rektorze', 'rektor'),
  dziekan: T('dziekanie', 'dziekan'),
  konsul: T('konsulu', 'konsul'),
  ambasador: T('ambasadorze', 'ambasador'),
  prokurator: T('prokuratorze', 'prokurator'),
  sekretarz: T('sekretarzu', 'sekretarz'),
  skarbnik: T('skarbniku', 'skarbnik'),
  inżynier: T('inżynierze', 'inżynier'),
  ksiądz: T('księże', 'księże', { standalone: true, hint: 'male' }),
  ks: T('księże', 'księże', { standalone: true, hint: 'male' }),
  'ks.': T('księże', 'księże', { standalone: true, hint: 'male' }),
  ojciec: T('ojcze', 'ojcze', { standalone: true, hint: 'male' }),
  siostra: T('siostro', 'siostro', { standalone: true, hint: 'female' }),
};

export interface DeclinedTitle {
  /** The title as it goes into the salutation, first letter capitalised: "Profesorze", "Pani Radna" form. */
  text: string;
  standalone: boolean;
}

/** Gender that the title alone implies (radna → female, ksiądz → male), if any. */
export function titleGenderHintPl(title: string): Gender | null {
  const head = title.trim().split(' ')[0]?.toLowerCase() ?? '';
  return POLISH_TITLES[head]?.hint ?? null;
}

/**
 * Declines a title for the salutation: the first word is the head noun (it may be followed by the
 * rest, e.g. "przewodniczący Rady Miasta", kept as typed). Known titles come from the table; an unknown
 * title takes the masculine noun rules for men and stays as typed for women.
 */
export function declineTitlePl(title: string, gender: Gender): DeclinedTitle {
  const [head = '', ...rest] = title.trim().split(' ');
  const known = POLISH_TITLES[head.toLowerCase()];
  let declined: string;
  if (known) {
    declined = gender === 'male' ? known.male : known.female;
  } else {
    declined = gender === 'male' ? transferCase(head, maleVocativeLower(head.toLowerCase())) : head;
  }
  return {
    text: [capitalize(declined), ...rest].join(' '),
    standalone: known?.standalone ?? false,
  };
}
