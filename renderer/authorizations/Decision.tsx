import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorizationView } from '../../core/api/contract-authorizations';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';

type Mode = 'changes' | 'refuse' | null;

/** What the interviewee decided, recorded at the shell clock's now. */
export function Decision({ item, onDone }: { item: AuthorizationView; onDone: () => void }) {
  const { t } = useTranslation();
  const { now } = useShell();
  const [mode, setMode] = useState<Mode>(null);
  const [text, setText] = useState(item.receivedText);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const send = async (
    input: { action: 'authorize'; authorizedText?: string } | { action: 'refuse'; reason: string },
  ) => {
    setError(null);
    try {
      await call('authorizations.decide', { id: item.id, ...input, decidedAt: now() });
      onDone();
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };
  const toggle = (next: Mode) => {
    setError(null);
    setMode(mode === next ? null : next);
  };

  return (
    <section aria-labelledby="authorization-decision">
      <h2 id="authorization-decision">{t('authorizations.decision')}</h2>
      <ErrorMessage error={error} />
      <p>
        <button type="button" onClick={() => void send({ action: 'authorize' })}>
          {t('authorizations.authorize')}
        </button>{' '}
        <button type="button" aria-expanded={mode === 'changes'} onClick={() => toggle('changes')}>
          {t('authorizations.withChanges')}
        </button>{' '}
        <button type="button" aria-expanded={mode === 'refuse'} onClick={() => toggle('refuse')}>
          {t('authorizations.refuse')}
        </button>
      </p>
      {mode === 'changes' && (
        <form
          aria-label={t('authorizations.withChanges')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send({ action: 'authorize', authorizedText: text });
          }}
        >
          <Field label={t('authorizations.authorizedText')} path="authorizedText" error={error}>
            {(p) => <textarea {...p} rows={10} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <button type="submit">{t('authorizations.saveChanges')}</button>
        </form>
      )}
      {mode === 'refuse' && (
        <form
          aria-label={t('authorizations.refuse')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send({ action: 'refuse', reason });
          }}
        >
          {item.jurisdiction === 'PL' && (
            <p role="note" className="warning">
              {t('authorizations.refusalWarning')}
            </p>
          )}
          <Field label={t('authorizations.refusalReason')} path="reason" error={error}>
            {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="submit">{t('authorizations.recordRefusal')}</button>
        </form>
      )}
    </section>
  );
}
