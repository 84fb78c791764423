import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import { DECISION_STATUSES, type DecisionStatus, type DecisionView } from '../../core/decisions/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError } from '../meetings/form-helpers';
import { InlineDialog } from '../meetings/InlineDialog';
import { DecisionTimeline } from './DecisionTimeline';

/**
 * A department's report on a decision: a new status and/or progress, and a note for the timeline.
 * Only what changed is sent, so the timeline records real changes.
 */
export function ProgressDialog({
  decision,
  onSaved,
  onClose,
}: {
  decision: DecisionView;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [progress, setProgress] = useState(String(decision.progress));
  const [note, setNote] = useState('');
  const [cancelReason, setCancelReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input: MethodInput<'decisions.progress'> = {
      id: decision.id,
      note,
      ...(status !== decision.status ? { status } : {}),
      ...(progress !== String(decision.progress)
        ? { progress: progress === '' ? NaN : Number(progress) }
        : {}),
      ...(status === 'cancelled' ? { cancelReason } : {}),
    };
    try {
      await call('decisions.progress', input);
      onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <InlineDialog title={t('decisions.reportOn', { title: decision.title })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} />
        <Field label={t('decisions.status')} path="status" error={error}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as DecisionStatus)}>
              {DECISION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`decisions.statusValue.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('decisions.progressPercent')} path="progress" error={error}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              max={100}
              step={5}
              value={progress}
              onChange={(e) => setProgress(e.target.value)}
            />
          )}
        </Field>
        {status === 'cancelled' && (
          <Field label={t('decisions.cancelReason')} path="cancelReason" error={error}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={cancelReason}
                onChange={(e) => setCancelReason(e.target.value)}
              />
            )}
          </Field>
        )}
        <Field label={t('decisions.note')} path="note" error={error}>
          {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            {t('decisions.send')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <DecisionTimeline id={decision.id} />
    </InlineDialog>
  );
}
