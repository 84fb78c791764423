import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';

/** Validation messages that belong to no field on the screen (a merge of a person with an organisation). */
export function Issues({ error, shown = [] }: { error: AppError | null; shown?: string[] }) {
  const { t } = useTranslation();
  const issues = error?.issues.filter((i) => !shown.includes(i.path)) ?? [];
  if (issues.length === 0) return null;
  return (
    <ul className="field-error">
      {issues.map((issue, i) => (
        <li key={i}>{t(`validation.${issue.message}`)}</li>
      ))}
    </ul>
  );
}
