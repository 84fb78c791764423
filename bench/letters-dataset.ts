import type { RecipientInput } from '../core/letters/schema';
import type { OfficeSettings } from '../core/settings/schema';
import { letterData } from '../main/services/letters/merge-data';
import { numberMarker } from '../main/services/letters/numbers-in-documents';
import { Random } from './random';
import { PL } from './vocabulary';

/**
 * The letters part's data: golden-wedding diplomas ("Złote Gody") for couples of a Łódź district,
 * one per couple, each with its own names and years. Seeded, so every run renders the same documents.
 */
export const DIPLOMA_TEMPLATE_ID = 'builtin:diploma:pl';
export const DIPLOMA_DATE = '2026-06-14';
export const DIPLOMA_SUBJECT = 'Jubileusze pożycia małżeńskiego 2026';
export const DIPLOMA_ACHIEVEMENT = 'w uznaniu długoletniego pożycia małżeńskiego';
const JUBILEES = [50, 55, 60, 65, 70] as const;

/** A family name as the couple's (plural) one: Kowalski → Kowalscy, Łęcki → Łęccy, Piątek → Piątkowie. */
export function coupleSurname(surname: string): string {
  if (/ski$/.test(surname)) return surname.replace(/ski$/, 'scy');
  if (/cki$/.test(surname)) return surname.replace(/cki$/, 'ccy');
  if (/ień$/.test(surname)) return surname.replace(/ień$/, 'niowie');
  if (/ek$/.test(surname)) return surname.replace(/ek$/, 'kowie');
  if (/a$/.test(surname)) return surname.replace(/a$/, 'owie');
  return `${surname}owie`;
}

/**
 * `count` recipients as the letters form sends them: the couple's names (different for every one of
 * the first 1 584 = 8 × 9 × 22 combinations, then numbered) and the jubilee's years.
 */
export function diplomaRecipients(count: number, random = new Random(20_260_614)): RecipientInput[] {
  const women = PL.femaleFirst;
  const men = PL.maleFirst;
  const surnames = PL.surnames;
  const combinations = women.length * men.length * surnames.length;
  return Array.from({ length: count }, (_, i) => {
    const surname = surnames[i % surnames.length] as string;
    const woman = women[Math.floor(i / surnames.length) % women.length] as string;
    const man = men[Math.floor(i / (surnames.length * women.length)) % men.length] as string;
    const round = Math.floor(i / combinations);
    const names = `${woman} i ${man} ${coupleSurname(surname)}${round > 0 ? ` (${round + 1})` : ''}`;
    const years = String(random.pick(JUBILEES));
    return { name: names, address: '', salutation: '', fields: { names, years } };
  });
}

/**
 * The data each diploma is rendered with: exactly what produceLetters hands the engine for these
 * recipients (letterData with the number marker as regNo, no crest).
 */
export function diplomaRecords(
  office: OfficeSettings,
  recipients: readonly RecipientInput[],
): Record<string, unknown>[] {
  const base = {
    office,
    language: 'pl' as const,
    date: DIPLOMA_DATE,
    subject: DIPLOMA_SUBJECT,
    common: { achievement: DIPLOMA_ACHIEVEMENT },
    crest: null,
  };
  return recipients.map((recipient, i) => letterData(base, recipient, numberMarker(i)));
}
