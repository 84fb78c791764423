export type Gender = 'male' | 'female';

export type SalutationLanguage = 'pl' | 'uk' | 'en';

/** 'formal' (default): what a city hall writes; 'given-name': informal-polite; 'plural': to several people. */
export type SalutationForm = 'formal' | 'given-name' | 'plural';

export interface SalutationInput {
  language: SalutationLanguage;
  /** May be empty. Of several given names ("Jan Maria") the first is used. */
  givenName: string;
  /** May be empty. */
  familyName: string;
  /** Ukrainian по батькові, optional. */
  patronymic?: string;
  /** When absent it is guessed (from the given name, patronymic, an adjectival family name or the title). */
  gender?: Gender;
  /** E.g. 'profesor', 'doktor', 'dyrektor', 'burmistrz', 'ksiądz', 'radny'; UA 'професор', 'голова'. */
  title?: string;
  form?: SalutationForm;
}

export interface Salutation {
  /** The suggested salutation, without a trailing comma or exclamation mark; the user may edit it. */
  text: string;
  /** The gender the salutation was written for; null when it addresses no one in particular. */
  gender: Gender | null;
  /** True when `gender` was not given but guessed. */
  guessed: boolean;
}
