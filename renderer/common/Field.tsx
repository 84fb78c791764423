import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { fieldError } from './ErrorMessage';

/**
 * A labelled form control with its translated validation message tied to it (aria-describedby),
 * so screen readers and tests find every control by its name.
 */
export function Field({
  label,
  path,
  error,
  children,
  hint,
}: {
  label: string;
  path: string;
  error: AppError | null;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const message = fieldError(error, path);
  const describedBy = [message ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(message),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {message && (
        <small id={`${id}-error`} className="field-error">
          {t(`validation.${message}`)}
        </small>
      )}
    </div>
  );
}
