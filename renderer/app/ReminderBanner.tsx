import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { call, onEvent } from '../api/client';
import { formatDateTime } from '../common/dates';
import { useShell } from './AppContext';

type Reminder = MethodOutput<'calendar.dueReminders'>[number];
const DISMISSED = 'pressdesk.dismissedReminders';
const POLL_MS = 60_000;

function dismissedKeys(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(DISMISSED) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/**
 * Calendar reminders due now, under the header: each shows once per occurrence and offset until the
 * person dismisses it (remembered on this workstation), and as a system notification when allowed.
 */
export function ReminderBanner() {
  const { t, i18n } = useTranslation();
  const { settings } = useShell();
  const [due, setDue] = useState<Reminder[]>([]);
  const [dismissed, setDismissed] = useState(dismissedKeys);
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'denied' : Notification.permission,
  );

  const load = useCallback(() => {
    call('calendar.dueReminders', {}).then(setDue, () => setDue([]));
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, POLL_MS);
    const off = onEvent((event) => {
      if (event.type === 'data.changed' && event.table === 'calendar_events') load();
    });
    return () => {
      clearInterval(timer);
      off();
    };
  }, [load]);

  const visible = due.filter((r) => !dismissed.has(r.key));
  const describe = (r: Reminder) =>
    t('reminders.item', {
      title: r.title || t('reminders.busy'),
      when: r.allDay
        ? t('reminders.allDay')
        : formatDateTime(r.start, settings.office.timeZone, i18n.language),
    });

  useEffect(() => {
    if (permission !== 'granted') return;
    const shown = dismissedKeys();
    for (const r of visible) {
      const key = `shown:${r.key}`;
      if (shown.has(key)) continue;
      new Notification(t('reminders.title'), { body: describe(r), tag: r.key });
      remember(key);
    }
    // describe depends on t/i18n only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible.map((r) => r.key).join('|'), permission]);

  if (visible.length === 0) return null;
  const dismiss = (key: string) => setDismissed(remember(key));
  return (
    <section className="reminders" aria-label={t('reminders.title')}>
      <ul>
        {visible.map((r) => (
          <li key={r.key}>
            <span>{describe(r)}</span>{' '}
            <button
              type="button"
              onClick={() => dismiss(r.key)}
              aria-label={t('reminders.dismiss', { title: r.title || t('reminders.busy') })}
            >
              {t('reminders.ok')}
            </button>
          </li>
        ))}
      </ul>
      {permission === 'default' && (
        <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
          {t('reminders.allowNotifications')}
        </button>
      )}
    </section>
  );
}

function remember(key: string): Set<string> {
  const keys = dismissedKeys();
  keys.add(key);
  // Keep the list short: old occurrences no longer matter.
  localStorage.setItem(DISMISSED, JSON.stringify([...keys].slice(-500)));
  return keys;
}
