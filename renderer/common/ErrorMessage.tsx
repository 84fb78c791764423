import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';

/** Shows an AppError in the user's language; deadline errors say exactly which rule was broken. */
export function errorText(
  t: (key: string, params?: Record<string, unknown>) => string,
  error: AppError,
): string {
  if (error.code === 'INTERNAL' && error.params.reason === 'network') return t('errors.network');
  if (error.code === 'DEADLINE' && typeof error.params.reason === 'string') {
    return `${t('errors.DEADLINE')} ${t(`deadlineError.${error.params.reason}`, error.params)}`;
  }
  const params = { ...error.params };
  if (error.code === 'ILLEGAL_TRANSITION' && typeof params.from === 'string')
    params.from = t(`status.${params.from}`);
  return t(`errors.${error.code}`, params);
}

export function ErrorMessage({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="error">
      {errorText(t, error)}
    </div>
  );
}

/** The translated message for one field, if validation flagged it. */
export function fieldError(error: AppError | null, path: string): string | null {
  return error?.issues.find((issue) => issue.path === path)?.message ?? null;
}
