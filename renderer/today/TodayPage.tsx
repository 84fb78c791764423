import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueEntry } from '../../core/api/contract-today';
import { hashOfLink } from '../../core/reminders/link';
import { call, onEvent } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime, formatLocalDay } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { PendingReminders } from './PendingReminders';

/** Where an entry opens: the record's own screen. */
const linkOf = (entry: DueEntry): string => hashOfLink(entry.link);

/** The home screen: everything overdue, due today and in the next days, across the modules. */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useShell();
  const zone = settings.office.timeZone;
  const { data, error, reload } = useApi(() => call('today.list', { horizonDays: 7 }), []);
  useEffect(
    () =>
      onEvent((event) => {
        if (
          event.type === 'reminders' ||
          (event.type === 'data.changed' &&
            ['inquiries', 'decisions', 'authorizations', 'patronage_applications'].includes(event.table))
        )
          reload();
      }),
    [reload],
  );

  const clock = (entry: DueEntry) => {
    if (entry.overdueBy) {
      const { days, hours } = entry.overdueBy;
      return hours === 0
        ? t('today.overdueByDays', { count: days })
        : t('today.overdueBy', { count: days, hours });
    }
    const { days, hours, minutes } = entry.remaining;
    return days > 0 ? t('today.inDays', { count: days, hours }) : t('today.inHours', { hours, minutes });
  };
  const due = (entry: DueEntry) =>
    entry.dueDate
      ? formatLocalDay(entry.dueDate, i18n.language)
      : formatDateTime(entry.dueAt, zone, i18n.language);

  const section = (key: 'overdue' | 'today' | 'upcoming', entries: DueEntry[]) => (
    <section aria-labelledby={`today-${key}`} className={key === 'overdue' ? 'today-overdue' : undefined}>
      <h2 id={`today-${key}`}>{t(`today.${key}`, { count: entries.length })}</h2>
      {entries.length === 0 ? (
        <p>{t(`today.none.${key}`)}</p>
      ) : (
        <ul aria-labelledby={`today-${key}`}>
          {entries.map((entry) => (
            <li key={`${entry.module}:${entry.recordId}:${entry.kind}`}>
              <span className="today-module">
                {t(`today.kind.${entry.kind}`, { defaultValue: t(`today.module.${entry.module}`) })}
              </span>{' '}
              <a href={linkOf(entry)}>{entry.title}</a> — <strong>{clock(entry)}</strong>{' '}
              <small>({due(entry)})</small>
              {entry.citation && (
                <small className="citation">
                  {' '}
                  · {entry.citation.article}, {entry.citation.act}
                </small>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <h1>{t('today.title')}</h1>
      <ErrorMessage error={error} />
      <PendingReminders />
      {data && (
        <>
          {section('overdue', data.overdue)}
          {section('today', data.today)}
          {section('upcoming', data.upcoming)}
        </>
      )}
    </>
  );
}
