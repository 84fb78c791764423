/**
 * Easter Sunday by the algorithms in Jean Meeus, "Astronomical Algorithms" (ch. 8):
 * - Western (Gregorian) computus — Polish movable holidays (Wielkanoc, Zielone Świątki, Boże Ciało);
 * - Orthodox (Julian) computus, converted to the Gregorian calendar — Ukrainian Великдень and Трійця
 *   (КЗпП ст. 73 does not name a computus; the Orthodox date is the one used in practice, reference M).
 * Both return 'YYYY-MM-DD' in the Gregorian calendar.
 */
import { DeadlineError } from './errors';
import { addDays, formatDate } from './local-date';

export const COMPUTUS_MIN_YEAR = 1583;
export const COMPUTUS_MAX_YEAR = 4099;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < COMPUTUS_MIN_YEAR || year > COMPUTUS_MAX_YEAR) {
    throw new DeadlineError('DATE_OUT_OF_RANGE', { year: String(year) });
  }
}

/** Western Easter Sunday (Meeus/Jones/Butcher, Gregorian calendar). */
export function westernEaster(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return formatDate(year, Math.floor(n / 31), (n % 31) + 1);
}

/** Orthodox Easter Sunday: Meeus' Julian algorithm, shifted to the Gregorian calendar. */
export function orthodoxEaster(year: number): string {
  checkYear(year);
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const n = d + e + 114;
  const julian = formatDate(year, Math.floor(n / 31), (n % 31) + 1);
  // Julian → Gregorian difference (13 days for 1900-03-01 … 2100-02-28); Easter is always after 1 March.
  const shift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays(julian, shift);
}
