/** Value checks for e-mail and date columns. */
import { foldKey } from './keys';

const LOCAL_ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*$`, 'u');
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** "mailto:jan@example.pl" (a pasted link) → "jan@example.pl"; other text unchanged. */
export const stripMailto = (value: string): string => value.replace(/^mailto:/i, '').trim();

/** One address, as a person types it: local@domain.tld, no spaces, no lists ("a@x.pl; b@y.pl" fails). */
export function isEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const labels = value.slice(at + 1).split('.');
  const tld = labels.at(-1) ?? '';
  return (
    LOCAL.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    TLD.test(tld)
  );
}

const MONTHS: string[][] = [
  // Polish genitive and nominative, Ukrainian genitive and nominative, English
  [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  [
    'styczeń',
    'luty',
    'marzec',
    'kwiecień',
    'maj',
    'czerwiec',
    'lipiec',
    'sierpień',
    'wrzesień',
    'październik',
    'listopad',
    'grudzień',
  ],
  [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
  [
    'січень',
    'лютий',
    'березень',
    'квітень',
    'травень',
    'червень',
    'липень',
    'серпень',
    'вересень',
    'жовтень',
    'листопад',
    'грудень',
  ],
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
];
const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap((names) => names.map((n, i) => [foldKey(n), i + 1])),
);

const YEAR_SUFFIX = String.raw`(?:\s*(?:r\.?|р\.?|року))?`;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})${YEAR_SUFFIX}$`, 'u');
const IN_WORDS = new RegExp(String.raw`^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})${YEAR_SUFFIX}$`, 'u');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A value of a date column, checked. Numeric dates (2026-05-12, 12.05.2026, 12/05/2026 r. — day first,
 * as in Poland and Ukraine) come back as YYYY-MM-DD (with " HH:MM" when a time was given); a date in
 * words ("12 maja 2026 r.", "12 травня 2026 року") is valid and kept as written. Anything else, or a day
 * that does not exist (31.02.2026), gives null.
 */
export function normaliseDate(value: string): string | null {
  let m = ISO.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!realDate(y, mo, d)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return date;
    const [h, min] = [Number(m[4]), Number(m[5])];
    return h < 24 && min < 60 ? `${date} ${pad(h)}:${pad(min)}` : null;
  }
  m = DAY_FIRST.exec(value);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = IN_WORDS.exec(value);
  if (m) {
    const month = MONTH_BY_NAME.get(foldKey(m[2]!));
    return month !== undefined && realDate(Number(m[3]), month, Number(m[1])) ? value : null;
  }
  return null;
}
