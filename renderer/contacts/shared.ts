import { useTranslation } from 'react-i18next';
import { WELL_KNOWN_LABELS } from '../../core/contacts/schema';
import { AppError } from '../../core/errors';
import { useShell } from '../app/AppContext';
import { formatDateTime, formatLocalDay } from '../common/dates';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Any failure as an AppError the common ErrorMessage can translate. */
export function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('INTERNAL');
}

export const contactHref = (id: string) => `#/contacts/${encodeURIComponent(id)}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Instants in the office's time zone, local days as they are. */
export function useOfficeDates() {
  const { i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const dateTime = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);
  const day = (value: string | null) => formatLocalDay(value, i18n.language);
  return { timeZone, dateTime, day, any: (v: string | null) => (v && DAY.test(v) ? day(v) : dateTime(v)) };
}

/** The well-known labels ("work", "mobile") translated; anything else as the user wrote it. */
export function labelText(t: T, label: string): string {
  return (WELL_KNOWN_LABELS as readonly string[]).includes(label) ? t(`contacts.labelValue.${label}`) : label;
}

/** A field path from the services ("emails.0.value") as a name people read. */
export function fieldName(t: T, path: string): string {
  const head = path.split('.')[0] ?? path;
  return t(`contacts.field.${head}`, { defaultValue: head });
}
