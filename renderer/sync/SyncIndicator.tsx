import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { href } from '../app/router';
import { useApi } from '../common/use-api';

/** The outcome (including a failure) arrives as the new status; nothing to handle here. */
const syncNow = () => void call('sync.now', {}).catch(() => undefined);

/** Online/offline, what waits to be sent, and "sync now", always in view in the header. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const { data } = useApi(() => call('sync.status', {}), [], 'sync');
  useEffect(() => {
    // Back online (Wi-Fi at an event, the office network returning): sync at once, not at the next interval.
    window.addEventListener('online', syncNow);
    return () => window.removeEventListener('online', syncNow);
  }, []);
  if (!data) return null;
  const state = !data.configured
    ? t('sync.notConnected')
    : data.syncing
      ? t('sync.syncing')
      : data.online
        ? t('sync.online')
        : t('sync.offline');
  return (
    <section
      aria-label={t('sync.indicatorLabel')}
      className={`sync-indicator ${data.online ? 'online' : 'offline'}`}
    >
      <a href={href({ name: 'sync' })}>{state}</a>
      {data.configured && (
        <>
          <span> · {t('sync.pending', { count: data.pending })}</span>
          {data.conflicts > 0 && (
            <span className="badge">
              {' '}
              · {t('sync.conflictsTitle')}: {data.conflicts}
            </span>
          )}
          <button type="button" disabled={data.syncing} onClick={syncNow}>
            {t('sync.syncNow')}
          </button>
        </>
      )}
    </section>
  );
}
