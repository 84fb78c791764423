/**
 * Formatting helpers for generated files. Every instant is shown in the office time zone, never in the
 * machine's zone: date-fns `format` gets the zone through the `in: tz(zone)` context option.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, pl, uk, type Locale } from 'date-fns/locale';
import { getRule } from '../../core/deadlines';
import { exportText } from '../../core/i18n/export-texts';
import type { RuleId } from '../../core/deadlines';
import type { Language } from '../../core/settings/schema';

const LOCALES: Record<Language, Locale> = { pl, uk, en: enGB };
const UTC = tz('UTC');
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLocalDate(date: string): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw new RangeError(`Not a local date (YYYY-MM-DD): ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** 'YYYY-MM-DD' as a Date at UTC midnight: a zone-free carrier for a calendar day. */
function localDateCarrier(date: string): Date {
  const { y, m, d } = parseLocalDate(date);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar day in words: "23 listopada 2026 r.", "23 листопада 2026 р.", "23 November 2026". */
export function formatLongDate(date: string, lang: Language): string {
  const text = format(localDateCarrier(date), 'd MMMM yyyy', { locale: LOCALES[lang], in: UTC });
  return exportText(lang, 'date.long', { date: text });
}

/** The local day of an instant in the office zone, in words (see `formatLongDate`). */
export function formatLongDateOf(instant: string, timeZone: string, lang: Language): string {
  return formatLongDate(localDateOfInstant(instant, timeZone), lang);
}

/** Local date and time of an instant in the office zone: "23.11.2026, 14:05" (pl, uk), "23 Nov 2026, 14:05" (en). */
export function formatDateTime(instant: string, timeZone: string, lang: Language): string {
  const pattern = lang === 'en' ? 'd MMM yyyy, HH:mm' : 'dd.MM.yyyy, HH:mm';
  return format(instant, pattern, { locale: LOCALES[lang], in: tz(timeZone) });
}

/** 'YYYY-MM-DD' of an instant in the office zone. */
export function localDateOfInstant(instant: string, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/**
 * Excel cells have no time zone: a date-time cell shows its stored wall-clock value. ExcelJS converts a JS
 * Date through its UTC fields, so the Date we hand it carries the office-local wall clock in its UTC fields.
 */
export function excelLocalDateTime(instant: string, timeZone: string): Date {
  const wall = format(instant, "yyyy-MM-dd'T'HH:mm:ss", { in: tz(timeZone) });
  return new Date(`${wall}Z`);
}

/** An Excel date cell for a local calendar day (midnight, no zone). */
export function excelLocalDate(date: string): Date {
  return localDateCarrier(date);
}

/** Excel number formats per language. */
export const EXCEL_FORMATS: Record<Language, { date: string; dateTime: string }> = {
  pl: { date: 'dd.mm.yyyy', dateTime: 'dd.mm.yyyy hh:mm' },
  uk: { date: 'dd.mm.yyyy', dateTime: 'dd.mm.yyyy hh:mm' },
  en: { date: 'dd mmm yyyy', dateTime: 'dd mmm yyyy hh:mm' },
};

/**
 * The citation of a deadline rule as one phrase that fits any sentence:
 * "art. 13 ust. 1, Ustawa o dostępie do informacji publicznej z dnia 6.09.2001".
 * The engine writes the act as "Name (d.mm.yyyy)"; the date in brackets becomes "z dnia … / від … / of …".
 */
export function citationText(ruleId: string, lang: Language): string {
  const { act, article } = getRule(ruleId as RuleId).citation;
  const dated = /^(.*\S)\s*\((\d{1,2}\.\d{1,2}\.\d{4})\)$/.exec(act);
  const actText = dated
    ? exportText(lang, 'legal.actOfDate', { act: dated[1] ?? act, date: dated[2] ?? '' })
    : act;
  return exportText(lang, 'legal.citation', { article, act: actText });
}

/** Splits user text into paragraphs on blank lines; single line breaks stay inside a paragraph. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^\s*\n|\n\s*$/g, '')
        .split('\n')
        .map((line) => line.trimEnd()),
    )
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}
