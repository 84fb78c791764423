import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { call, onEvent } from '../api/client';

type State = MethodOutput<'reminders.state'>;

/**
 * Reminders the services raised and nobody acknowledged yet, including those missed while the app was
 * closed; new ones also appear as system notifications when the person allowed them.
 */
export function PendingReminders() {
  const { t } = useTranslation();
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    const load = () => call('reminders.state', {}).then(setState, () => setState(null));
    load();
    return onEvent((event) => {
      if (event.type !== 'reminders') return;
      load();
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        for (const r of event.fire) new Notification(t('reminders.title'), { body: r.title, tag: r.key });
      }
      document.title = event.badge > 0 ? `(${event.badge}) ${t('app.title')}` : t('app.title');
    });
  }, [t]);

  if (!state || state.pending.length === 0) return null;
  return (
    <section aria-labelledby="pending-reminders" className="reminders">
      <h2 id="pending-reminders">{t('today.pending', { count: state.pending.length })}</h2>
      <ul aria-labelledby="pending-reminders">
        {state.pending.map((r) => (
          <li key={r.key}>{r.title}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void call('reminders.acknowledge', {}).then(setState)}>
        {t('today.acknowledge')}
      </button>
    </section>
  );
}
