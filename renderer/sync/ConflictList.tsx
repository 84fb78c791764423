import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { historyValue } from '../inquiries/history-values';

/** Concurrent edits of legal fields: both values, who and when; a person decides which stands. */
export function ConflictList() {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const { data, reload } = useApi(() => call('sync.conflicts', {}), [], 'sync');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const show = (field: string, value: unknown) => historyValue(field, value, t, office, i18n.language);

  const keep = async (id: string, side: 'winner' | 'loser') => {
    setError(null);
    try {
      await call('sync.resolveConflict', { id, keep: side });
      setDone(true);
      reload();
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  return (
    <section aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('sync.conflictsTitle')}</h2>
      <ErrorMessage error={error} />
      {done && <p role="status">{t('sync.resolved')}</p>}
      {!data || data.length === 0 ? (
        <p>{t('sync.conflictsEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('sync.conflictsHelp')}</p>
          <ul className="conflicts">
            {data.map((c) => (
              <li key={c.id}>
                <strong>{c.label}</strong> — {t(`field.${c.field}`, { defaultValue: c.field })}
                <div className="actions">
                  {(['winner', 'loser'] as const).map((side) => (
                    <button key={side} type="button" onClick={() => void keep(c.id, side)}>
                      {t('sync.keep', { user: c[side].userName, value: show(c.field, c[side].value) })}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
