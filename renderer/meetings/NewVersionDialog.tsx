import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError } from './form-helpers';
import { InlineDialog } from './InlineDialog';

/** Reopens an approved protocol as the next version's draft; the reason is required and kept. */
export function NewVersionDialog({
  onSubmit,
  onClose,
}: {
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await onSubmit(reason);
    } catch (e) {
      setError(asAppError(e));
    }
  };
  return (
    <InlineDialog title={t('protocols.newVersionTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('protocols.newVersionHint')}</p>
        <ErrorMessage error={error} />
        <Field label={t('protocols.reason')} path="reason" error={error}>
          {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            {t('protocols.newVersionConfirm')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </InlineDialog>
  );
}
