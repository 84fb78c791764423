import type { MethodInput } from '../../core/api/contract';
import { localDateOf } from '../../core/deadlines/local-date';
import { AppError } from '../../core/errors';
import { LANGUAGES, type Language } from '../../core/settings/schema';

type T = (key: string, params?: Record<string, unknown>) => string;

export type PatronageFilter = MethodInput<'patronage.list'>;
/** Where each application lives (the lead's router uses the same hashes). */
export const listHref = '#/patronage';
export const recordHref = (id: string) => `#/patronage/${encodeURIComponent(id)}`;
export const editHref = (id: string) => `${recordHref(id)}/edit`;

/** Anything a call threw, as an AppError the screens can translate. */
export function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('INTERNAL');
}

/** The office's calendar day (YYYY-MM-DD) of an instant, e.g. the date on a letter produced now. */
export function officeDay(iso: string, timeZone: string): string {
  return localDateOf(iso, timeZone);
}

export function uiLanguage(language: string): Language {
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

/** "Filed 12 days before the event" (or after it began), as the lead-time hint and banner start. */
export function filedText(t: T, daysBefore: number): string {
  return daysBefore < 0 ? t('patronage.filedAfter') : t('patronage.filedBefore.days', { count: daysBefore });
}
