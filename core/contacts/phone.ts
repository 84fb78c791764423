/**
 * Phone numbers: stored in E.164 ("+48600123456") whenever the number can be read as Polish or
 * Ukrainian (or any number written with its country code), otherwise kept as typed with its spaces
 * tidied, so nothing the user wrote is lost (an extension, an internal switchboard number, "tel. 112").
 *
 * Parsing is `libphonenumber-js` with its "min" metadata (pure JS, ~80 kB, works in the browser).
 * That build checks a number's LENGTH for its country, not its exact number ranges — enough to tell a
 * 9-digit Polish number from a 10-digit Ukrainian one written with its trunk 0 ("050 123 4567"),
 * which is what a press office needs; it does not tell a real number from an unassigned one.
 *
 * National numbers are tried in the office's country first, then in the other one: in Poland "600 123
 * 456" is +48600123456, and "067 123 45 67" (10 digits with a leading 0, not a Polish length) is
 * Ukrainian. A number written with "+" or "00" is read by its own country code.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';

export const PHONE_COUNTRIES = ['PL', 'UA'] as const;
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number];

export interface NormalisedPhone {
  /** What to store: E.164 when known, else the input with tidied spaces. */
  value: string;
  /** E.164 form, or null when the number could not be read. */
  e164: string | null;
}

/** Fewer digits than this is not a phone number at all ("tel.", "-", "brak"). */
export const MIN_PHONE_DIGITS = 3;

function tidy(raw: string): string {
  // A leading apostrophe is how spreadsheets (and our CSV export) keep "+48…" from becoming a formula.
  return raw.trim().replace(/^'+/, '').replace(/^tel:/i, '').replace(/\s+/g, ' ').trim();
}

function usable(parsed: PhoneNumber | undefined): parsed is PhoneNumber {
  // An extension is part of what the user wrote and E.164 cannot carry it: keep the text instead.
  return parsed !== undefined && parsed.isValid() && !parsed.ext;
}

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

export function normalisePhone(raw: string, preferred: PhoneCountry = 'PL'): NormalisedPhone {
  const value = tidy(raw);
  const international = /^(\+|00)/.test(value);
  const countries: PhoneCountry[] = preferred === 'PL' ? ['PL', 'UA'] : ['UA', 'PL'];
  for (const country of international ? [preferred] : countries) {
    const parsed = parsePhoneNumberFromString(value, country);
    if (usable(parsed)) return { value: parsed.number, e164: parsed.number };
  }
  return { value, e164: null };
}

/** "+48 600 123 456" / "+380 50 123 4567" for people; anything not in E.164 is returned as it is. */
export function formatPhone(value: string): string {
  if (!/^\+\d{6,15}$/.test(value)) return value;
  return parsePhoneNumberFromString(value)?.formatInternational() ?? value;
}
