import { resources } from '../core/i18n';
import { AppError } from '../core/errors';

type Lang = keyof typeof resources;

/** The person's language at startup, before settings can be read: from the OS locale. */
export function startupLanguage(locale: string | undefined): Lang {
  const code = (locale ?? '').toLowerCase();
  if (code.startsWith('pl')) return 'pl';
  if (code.startsWith('uk')) return 'uk';
  return 'en';
}

/** A translated sentence for the errors that stop PressDesk from opening its database. */
export function describeStartupError(error: unknown, language: Lang): string {
  if (!(error instanceof AppError)) return error instanceof Error ? error.message : String(error);
  const errors = resources[language].translation.errors as Record<string, string>;
  const template = errors[error.code] ?? errors.INTERNAL ?? error.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(error.params[name] ?? ''));
}
