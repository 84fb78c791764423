import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, pl, uk } from 'date-fns/locale';

/**
 * Dates are stored as UTC instants and always shown in the OFFICE's time zone, never the machine's:
 * a laptop set to another zone must still show the deadline the law gives.
 */
const LOCALES = { pl, uk, en: enGB } as const;
export type UiLanguage = keyof typeof LOCALES;

export function localeOf(language: string) {
  return LOCALES[(language as UiLanguage) in LOCALES ? (language as UiLanguage) : 'en'];
}

export function formatDateTime(iso: string | null, timeZone: string, language: string): string {
  if (!iso) return '—';
  return format(new TZDate(iso, timeZone), 'd MMM yyyy, HH:mm', { locale: localeOf(language) });
}

/** A local calendar day (YYYY-MM-DD) with its weekday, e.g. "Wed, 17 Nov 2021". */
export function formatLocalDay(day: string | null, language: string): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'EEE, d MMM yyyy', { locale: localeOf(language) });
}

/** Value for <input type="datetime-local"> showing an instant in the office zone. */
export function toLocalInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  return format(new TZDate(iso, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** The instant a <input type="datetime-local"> value means in the office zone; '' stays ''. */
export function fromLocalInput(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  return new Date(new TZDate(y!, mo! - 1, d!, h!, mi!, timeZone).getTime()).toISOString();
}
