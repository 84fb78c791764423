/**
 * A suggested, editable salutation for letters signed by the mayor, in the grammatical vocative:
 * "Szanowny Panie Janie", "Szanowna Pani Profesor", "Шановний Іване Петровичу", "Шановна пані Олено".
 *
 * Polish comes from our own rules (polish.ts); Ukrainian from the `shevchenko` library (ukrainian.ts),
 * which is asynchronous, so `suggestSalutation` is too. The result is only a suggestion: the letter
 * editor shows it in an editable field, and says when the gender was guessed.
 */
import { englishSalutation } from './english';
import {
  declineTitlePl,
  guessGenderFromFamilyNamePl,
  guessGenderFromGivenNamePl,
  titleGenderHintPl,
  vocativePl,
} from './polish';
import { clean, firstWord } from './text';
import type { Gender, Salutation, SalutationForm, SalutationInput } from './types';
import {
  declineTitleUk,
  guessGenderFromFamilyNameUk,
  guessGenderFromPatronymicUk,
  guessGenderUk,
  titleGenderHintUk,
  vocativeUk,
} from './ukrainian';

export type { Gender, Salutation, SalutationForm, SalutationInput, SalutationLanguage } from './types';
export { vocativePl, guessGenderFromGivenNamePl } from './polish';
export { vocativeUk, guessGenderUk } from './ukrainian';
export type { UkrainianNamePart } from './ukrainian';

interface Fields {
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  title?: string;
  form: SalutationForm;
}

function fieldsOf(input: SalutationInput): Fields {
  const givenName = clean(input.givenName);
  return {
    givenName: givenName && firstWord(givenName),
    familyName: clean(input.familyName),
    patronymic: clean(input.patronymic),
    title: clean(input.title),
    form: input.form ?? 'formal',
  };
}

async function guessGender(language: SalutationInput['language'], fields: Fields): Promise<Gender | null> {
  const { givenName, familyName, patronymic, title } = fields;
  const fromTitle = title ? (titleGenderHintPl(title) ?? titleGenderHintUk(title)) : null;
  if (fromTitle) return fromTitle;
  if (language === 'pl') {
    if (givenName) return guessGenderFromGivenNamePl(givenName);
    return familyName ? guessGenderFromFamilyNamePl(familyName) : null;
  }
  if (language === 'uk') {
    const fromNames = await guessGenderUk(givenName, patronymic);
    if (fromNames) return fromNames;
    return familyName ? guessGenderFromFamilyNameUk(familyName) : null;
  }
  // English: an English given name says little to our rules (Andrea, Luca), so only what is unambiguous.
  const fromPatronymic = patronymic ? guessGenderFromPatronymicUk(patronymic) : null;
  if (fromPatronymic) return fromPatronymic;
  if (!familyName) return null;
  return guessGenderFromFamilyNamePl(familyName) ?? guessGenderFromFamilyNameUk(familyName);
}

function polishSalutation(fields: Fields, gender: Gender | null): string {
  const { givenName, title, form } = fields;
  if (form === 'plural' || gender == null) return 'Szanowni Państwo';
  const male = gender === 'male';
  if (form === 'given-name' && givenName) {
    return `${male ? 'Drogi' : 'Droga'} ${vocativePl(givenName, gender)}`;
  }
  const adjective = male ? 'Szanowny' : 'Szanowna';
  const pan = male ? 'Panie' : 'Pani';
  if (title) {
    const declined = declineTitlePl(title, gender);
    return declined.standalone ? `${adjective} ${declined.text}` : `${adjective} ${pan} ${declined.text}`;
  }
  // Addressing by the family name alone ("Panie Kowalski") is not Polish usage: then just "Panie".
  if (givenName) return `${adjective} ${pan} ${vocativePl(givenName, gender)}`;
  return `${adjective} ${pan}`;
}

async function ukrainianSalutation(fields: Fields, gender: Gender | null): Promise<string> {
  const { givenName, familyName, patronymic, title, form } = fields;
  if (form === 'plural' || gender == null) return 'Шановні пані та панове';
  const male = gender === 'male';
  if (form === 'given-name' && givenName) {
    return `${male ? 'Дорогий' : 'Дорога'} ${await vocativeUk(givenName, gender)}`;
  }
  const adjective = male ? 'Шановний' : 'Шановна';
  const pan = male ? 'пане' : 'пані';
  if (title) {
    const declined = await declineTitleUk(title, gender);
    return declined.standalone ? `${adjective} ${declined.text}` : `${adjective} ${pan} ${declined.text}`;
  }
  if (givenName && patronymic) {
    const [given, father] = await Promise.all([
      vocativeUk(givenName, gender),
      vocativeUk(patronymic, gender, 'patronymic'),
    ]);
    return `${adjective} ${given} ${father}`;
  }
  if (givenName) return `${adjective} ${pan} ${await vocativeUk(givenName, gender)}`;
  // Unlike Polish, Ukrainian addresses by the family name in the vocative: "Шановний пане Коваленку".
  if (familyName) return `${adjective} ${pan} ${await vocativeUk(familyName, gender, 'family')}`;
  return `${adjective} ${pan}`;
}

/**
 * Suggests the salutation of a letter. Asynchronous because Ukrainian declension comes from the
 * `shevchenko` library, whose API is asynchronous (Polish and English need no library).
 */
export async function suggestSalutation(input: SalutationInput): Promise<Salutation> {
  const fields = fieldsOf(input);
  if (fields.form === 'plural') {
    const text =
      input.language === 'pl'
        ? polishSalutation(fields, null)
        : input.language === 'uk'
          ? await ukrainianSalutation(fields, null)
          : englishSalutation({ ...fields, gender: null });
    return { text, gender: null, guessed: false };
  }

  const guessed = input.gender == null;
  const gender = input.gender ?? (await guessGender(input.language, fields));
  let text: string;
  if (input.language === 'pl') text = polishSalutation(fields, gender);
  else if (input.language === 'uk') text = await ukrainianSalutation(fields, gender);
  else text = englishSalutation({ ...fields, gender });

  // A salutation that addresses no one in particular ("Szanowni Państwo", "Dear Sir or Madam") has no gender.
  const neutral = gender == null || text === 'Dear Sir or Madam';
  return neutral ? { text, gender: null, guessed: false } : { text, gender, guessed };
}
