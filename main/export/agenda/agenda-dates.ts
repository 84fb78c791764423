/**
 * Days and times for the agenda documents. Everything is read in the office time zone: the day an event
 * belongs to and the hours printed next to it are what the wall clock in the city hall shows, whatever
 * zone the workstation runs in. Calendar days are handled as floating values (core/calendar/local-time).
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, pl, uk, type Locale } from 'date-fns/locale';
import { formatWall, parseWall, startOfLocalDayMs } from '../../../core/calendar/local-time';
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import type { Language } from '../../../core/settings/schema';
import { formatLongDate, localDateOfInstant } from '../format';
import type { AgendaEntry } from './types';

const LOCALES: Record<Language, Locale> = { pl, uk, en: enGB };
const UTC = tz('UTC');
const DAY_MS = 86_400_000;

/** A 'YYYY-MM-DD' as a zone-free Date (its UTC fields carry the day). */
function dayCarrier(day: string): Date {
  const parsed = parseWall(day);
  if (!parsed || !parsed.dateOnly) throw new RangeError(`Not a local date (YYYY-MM-DD): ${day}`);
  return new Date(parsed.wall);
}

export function addDays(day: string, days: number): string {
  return formatWall(dayCarrier(day).getTime() + days * DAY_MS, true);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return dayCarrier(day).getUTCDay() || 7;
}

/** "poniedziałek, 2 marca 2026 r.", "понеділок, 2 березня 2026 р.", "Monday, 2 March 2026". */
export function formatWeekdayDate(day: string, lang: Language): string {
  const weekday = format(dayCarrier(day), 'EEEE', { locale: LOCALES[lang], in: UTC });
  return agendaText(lang, 'date.weekday', { weekday, date: formatLongDate(day, lang) });
}

/** "02.03.2026" (pl, uk) or "2 Mar 2026" (en): dates inside tables. */
export function formatShortDate(day: string, lang: Language): string {
  return format(dayCarrier(day), lang === 'en' ? 'd MMM yyyy' : 'dd.MM.yyyy', {
    locale: LOCALES[lang],
    in: UTC,
  });
}

/**
 * The seven days from `weekStart` without the "r."/"року" suffix (the headings add it):
 * "2–8 marca 2026", "30 marca – 5 kwietnia 2026", "29 grudnia 2025 – 4 stycznia 2026".
 */
export function formatWeekRange(weekStart: string, lang: Language): string {
  const first = dayCarrier(weekStart);
  const last = dayCarrier(addDays(weekStart, 6));
  const f = (date: Date, pattern: string) => format(date, pattern, { locale: LOCALES[lang], in: UTC });
  if (first.getUTCFullYear() !== last.getUTCFullYear()) {
    return `${f(first, 'd MMMM yyyy')} – ${f(last, 'd MMMM yyyy')}`;
  }
  if (first.getUTCMonth() !== last.getUTCMonth()) {
    return `${f(first, 'd MMMM')} – ${f(last, 'd MMMM yyyy')}`;
  }
  return `${f(first, 'd')}–${f(last, 'd MMMM yyyy')}`;
}

/** The instants at which `day` begins and ends in the zone (23 or 25 hours apart on DST days). */
export function dayBounds(day: string, timeZone: string): [number, number] {
  const wall = dayCarrier(day).getTime();
  return [startOfLocalDayMs(wall, timeZone), startOfLocalDayMs(wall + DAY_MS, timeZone)];
}

/** Whether the entry takes place (at least partly) on `day`; multi-day entries touch every day they span. */
export function touchesDay(entry: AgendaEntry, day: string, timeZone: string): boolean {
  if (entry.allDay) {
    // All-day dates are already local days; a malformed end (≤ start) is read as a one-day entry.
    const end = entry.end > entry.start ? entry.end : addDays(entry.start, 1);
    return entry.start <= day && day < end;
  }
  const [from, to] = dayBounds(day, timeZone);
  const start = Date.parse(entry.start);
  const end = Math.max(Date.parse(entry.end), start);
  return start === end ? start >= from && start < to : start < to && end > from;
}

/** All-day entries first, then by start, then by title: the order a card is read in. */
export function compareEntries(a: AgendaEntry, b: AgendaEntry): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  const byStart = a.allDay ? a.start.localeCompare(b.start) : Date.parse(a.start) - Date.parse(b.start);
  return byStart || a.title.localeCompare(b.title);
}

export function entriesOfDay(entries: readonly AgendaEntry[], day: string, timeZone: string): AgendaEntry[] {
  return entries.filter((e) => touchesDay(e, day, timeZone)).sort(compareEntries);
}

/**
 * "09:00–10:30" on the given day, in the office zone. A bound on another day carries its date
 * ("22:00–03.03 01:00") so an overnight event is not mistaken for a short one; an end at the next
 * midnight reads "24:00". All-day entries read "cały dzień" / "весь день" / "all day".
 */
export function formatTimeRange(
  entry: Pick<AgendaEntry, 'allDay' | 'start' | 'end'>,
  day: string,
  timeZone: string,
  lang: Language,
): string {
  if (entry.allDay) return agendaText(lang, 'time.allDay');
  const zone = tz(timeZone);
  const bound = (instant: string, isEnd: boolean): string => {
    const local = localDateOfInstant(instant, timeZone);
    if (local === day) return format(instant, 'HH:mm', { in: zone });
    if (isEnd && Date.parse(instant) === dayBounds(day, timeZone)[1]) return '24:00';
    return format(instant, 'dd.MM HH:mm', { in: zone });
  };
  const start = bound(entry.start, false);
  if (Date.parse(entry.end) <= Date.parse(entry.start)) return start;
  return `${start}–${bound(entry.end, true)}`;
}
