import { describe, expect, it } from 'vitest';
import { suggestSalutation } from './index';
import type { Salutation, SalutationInput } from './types';

type EnglishInput = Omit<SalutationInput, 'language'>;

describe('English salutations', () => {
  it.each<[EnglishInput, Salutation]>([
    [
      { givenName: 'Jan', familyName: 'Kowalski', gender: 'male' },
      { text: 'Dear Mr Kowalski', gender: 'male', guessed: false },
    ],
    [
      { givenName: 'Anna', familyName: 'Kowalska', gender: 'female' },
      { text: 'Dear Ms Kowalska', gender: 'female', guessed: false },
    ],
    // An adjectival Polish family name tells the gender; an English given name is not guessed from.
    [
      { givenName: 'Anna', familyName: 'Kowalska' },
      { text: 'Dear Ms Kowalska', gender: 'female', guessed: true },
    ],
    [
      { givenName: 'Andrea', familyName: 'Rossi' },
      { text: 'Dear Andrea Rossi', gender: null, guessed: false },
    ],
    [
      { givenName: 'Jan', familyName: 'Nowak', title: 'profesor', gender: 'male' },
      { text: 'Dear Professor Nowak', gender: 'male', guessed: false },
    ],
    [
      { givenName: 'Anna', familyName: 'Nowak', title: 'Dr', gender: 'female' },
      { text: 'Dear Dr Nowak', gender: 'female', guessed: false },
    ],
    [
      { givenName: '', familyName: '', title: 'professor', gender: 'female' },
      { text: 'Dear Professor', gender: 'female', guessed: false },
    ],
    [
      { givenName: '', familyName: '' },
      { text: 'Dear Sir or Madam', gender: null, guessed: false },
    ],
    [
      { givenName: '', familyName: 'Nowak' },
      { text: 'Dear Sir or Madam', gender: null, guessed: false },
    ],
    [
      { givenName: '', familyName: '', gender: 'male' },
      { text: 'Dear Sir', gender: 'male', guessed: false },
    ],
    [
      { givenName: '', familyName: '', gender: 'female' },
      { text: 'Dear Madam', gender: 'female', guessed: false },
    ],
    [
      { givenName: 'Jan', familyName: 'Kowalski', gender: 'male', form: 'given-name' },
      { text: 'Dear Jan', gender: 'male', guessed: false },
    ],
    [
      { givenName: 'Jan', familyName: 'Kowalski', gender: 'male', form: 'plural' },
      { text: 'Ladies and Gentlemen', gender: null, guessed: false },
    ],
  ])('%o', async (input, expected) => {
    expect(await suggestSalutation({ language: 'en', ...input })).toEqual(expected);
  });
});
