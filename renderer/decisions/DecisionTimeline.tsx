import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';

/** Every report on a decision: when, who, what they wrote, and the status or progress they set. */
export function DecisionTimeline({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const headingId = useId();
  const { data, error } = useApi(() => call('decisions.notes', { id }), [id], 'decisions');
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('decisions.timeline')}</h4>
      <ErrorMessage error={error} />
      {data?.length === 0 && <p>{t('decisions.noNotes')}</p>}
      {data && data.length > 0 && (
        <ol aria-labelledby={headingId}>
          {data.map((n) => {
            const changes = [
              n.status
                ? t('decisions.changedStatus', { status: t(`decisions.statusValue.${n.status}`) })
                : '',
              n.progress !== null ? t('decisions.changedProgress', { value: n.progress }) : '',
            ].filter(Boolean);
            return (
              <li key={n.id}>
                <time dateTime={n.at}>{formatDateTime(n.at, timeZone, i18n.language)}</time> · {n.author}
                {changes.length > 0 && <> · {changes.join(', ')}</>}
                {n.text && <p className="prose">{n.text}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
