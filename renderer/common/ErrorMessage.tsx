import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { formatLocalDay } from './dates';

type T = (key: string, params?: Record<string, unknown>) => string;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Shows an AppError in the user's language; deadline errors say exactly which rule was broken. */
export function errorText(t: T, error: AppError, language = 'en'): string {
  if (error.code === 'INTERNAL' && error.params.reason === 'network') return t('errors.network');
  const params: Record<string, string | number> = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [
      k,
      typeof v === 'string' && DAY.test(v) ? formatLocalDay(v, language) : v,
    ]),
  );
  if (error.code === 'DEADLINE' && typeof error.params.reason === 'string') {
    return `${t('errors.DEADLINE')} ${t(`deadlineError.${error.params.reason}`, params)}`;
  }
  if (error.code === 'NOT_ALLOWED' && typeof error.params.reason === 'string') {
    return t(`notAllowed.${error.params.reason}`, params);
  }
  if (error.code === 'SYNC' && typeof error.params.reason === 'string') {
    return t(`sync.errors.${error.params.reason}`, params);
  }
  if (error.code === 'ILLEGAL_TRANSITION' && typeof params.from === 'string')
    params.from = t(`status.${params.from}`);
  return t(`errors.${error.code}`, params);
}

export function ErrorMessage({ error }: { error: AppError | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="error">
      {errorText(t, error, i18n.language)}
    </div>
  );
}

/** The translated message for one field, if validation flagged it. */
export function fieldError(error: AppError | null, path: string): string | null {
  return error?.issues.find((issue) => issue.path === path)?.message ?? null;
}
