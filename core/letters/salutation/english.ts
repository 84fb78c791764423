/** English salutations: no vocative, only "Dear" with an honorific and the family name. */
import type { Gender, SalutationForm } from './types';

/** Titles that English puts before the family name instead of Mr / Ms. Keys in lower case. */
const ENGLISH_TITLES: Record<string, { withName: string; alone: string }> = {};
for (const [keys, withName, alone] of [
  [
    ['professor', 'prof', 'prof.', 'profesor', 'profesorka', 'професор', 'професорка', 'проф.'],
    'Professor',
    'Professor',
  ],
  [['doctor', 'dr', 'dr.', 'doktor', 'doktorka', 'доктор', 'докторка'], 'Dr', 'Doctor'],
  [['father', 'fr', 'fr.', 'ksiądz', 'ks', 'ks.', 'ojciec', 'отець'], 'Father', 'Father'],
] as const) {
  for (const key of keys) ENGLISH_TITLES[key] = { withName, alone };
}

export interface EnglishSalutationParts {
  givenName?: string;
  familyName?: string;
  title?: string;
  gender: Gender | null;
  form: SalutationForm;
}

export function englishSalutation({
  givenName,
  familyName,
  title,
  gender,
  form,
}: EnglishSalutationParts): string {
  if (form === 'plural') return 'Ladies and Gentlemen';
  if (form === 'given-name' && givenName) return `Dear ${givenName}`;
  const englishTitle = title ? ENGLISH_TITLES[title.split(' ')[0]?.toLowerCase() ?? ''] : undefined;
  if (englishTitle)
    return familyName ? `Dear ${englishTitle.withName} ${familyName}` : `Dear ${englishTitle.alone}`;
  if (familyName && gender) return `Dear ${gender === 'male' ? 'Mr' : 'Ms'} ${familyName}`;
  if (familyName && givenName) return `Dear ${givenName} ${familyName}`;
  if (gender) return gender === 'male' ? 'Dear Sir' : 'Dear Madam';
  return 'Dear Sir or Madam';
}
