import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError } from './helpers';

type Transition = MethodInput<'patronage.transition'>;
type Mode = 'grant' | 'refuse' | null;

/**
 * The moves the application allows now: start the review, grant or refuse (when and by whom it was
 * decided, typed: the mayor or a deputy, not the person at the workstation), or withdraw. Errors are
 * reported to the page too, so the checklist can mark the criteria a decision still needs.
 */
export function DecisionActions({
  app,
  error,
  onError,
  onDone,
}: {
  app: PatronageView;
  error: AppError | null;
  onError: (error: AppError | null) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone, calendars } = shell.settings.office;
  const [mode, setMode] = useState<Mode>(null);
  const [decidedAt, setDecidedAt] = useState(() => toLocalInput(shell.now(), timeZone));
  const [decidedBy, setDecidedBy] = useState(() => calendars.find((c) => c.kind === 'mayor')?.name ?? '');
  const [reason, setReason] = useState('');
  const allowed = app.allowedActions;
  if (allowed.length === 0) return null;

  const send = async (input: Transition) => {
    onError(null);
    try {
      await call('patronage.transition', input);
      setMode(null);
      onDone();
    } catch (e) {
      onError(asAppError(e));
    }
  };
  const toggle = (next: Mode) => {
    onError(null);
    setMode(mode === next ? null : next);
  };
  const decide = (event: FormEvent) => {
    event.preventDefault();
    const at = fromLocalInput(decidedAt, timeZone);
    void send(
      mode === 'refuse'
        ? { id: app.id, action: 'refuse', decidedAt: at, decidedBy, reason }
        : { id: app.id, action: 'grant', decidedAt: at, decidedBy },
    );
  };

  return (
    <section aria-labelledby="patronage-decision">
      <h2 id="patronage-decision">{t('patronage.actions.title')}</h2>
      <ErrorMessage error={error} />
      <p>
        {allowed.includes('startReview') && (
          <button type="button" onClick={() => void send({ id: app.id, action: 'startReview' })}>
            {t('patronage.actions.startReview')}
          </button>
        )}{' '}
        {allowed.includes('grant') && (
          <button type="button" aria-expanded={mode === 'grant'} onClick={() => toggle('grant')}>
            {t('patronage.actions.grant')}
          </button>
        )}{' '}
        {allowed.includes('refuse') && (
          <button type="button" aria-expanded={mode === 'refuse'} onClick={() => toggle('refuse')}>
            {t('patronage.actions.refuse')}
          </button>
        )}{' '}
        {allowed.includes('withdraw') && (
          <button
            type="button"
            onClick={() => void send({ id: app.id, action: 'withdraw', at: shell.now() })}
          >
            {t('patronage.actions.withdraw')}
          </button>
        )}
      </p>
      {mode && (
        <form aria-label={t(`patronage.actions.${mode}`)} noValidate onSubmit={decide}>
          <Field label={t('patronage.actions.decidedAt')} path="decidedAt" error={error}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={decidedAt}
                onChange={(e) => setDecidedAt(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('patronage.actions.decidedBy')} path="decidedBy" error={error}>
            {(p) => <input {...p} value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} />}
          </Field>
          {mode === 'refuse' && (
            <Field label={t('patronage.actions.reason')} path="reason" error={error}>
              {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          )}
          <button type="submit">
            {mode === 'grant' ? t('patronage.actions.recordGrant') : t('patronage.actions.recordRefusal')}
          </button>
        </form>
      )}
    </section>
  );
}
