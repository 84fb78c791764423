import { useTranslation } from 'react-i18next';
import type { PatronageView } from '../../core/api/contract-patronage';
import { diffDays, localDateOf } from '../../core/deadlines/local-date';
import { formatLocalDay } from '../common/dates';
import { filedText, recordHref } from './helpers';

/** A late application is flagged for the reviewer, never rejected. */
export function LateBanner({ app, timeZone }: { app: PatronageView; timeZone: string }) {
  const { t, i18n } = useTranslation();
  if (!app.leadTime.late) return null;
  // The services' rule in days: from the last on-time day to the event's first local day.
  const required = diffDays(app.leadTime.latestOnTimeDate, localDateOf(app.eventStart, timeZone));
  return (
    <div role="note" className="warning">
      <p>
        {t('patronage.record.lateBanner', {
          filed: filedText(t, app.leadTime.daysBefore),
          required: t('patronage.requiredDays.days', { count: required }),
        })}{' '}
        {t('patronage.record.latestOnTime', {
          date: formatLocalDay(app.leadTime.latestOnTimeDate, i18n.language),
        })}
      </p>
    </div>
  );
}

/** The applicant's earlier granted patronages whose report is overdue, each linked. */
export function MissingReportsBanner({ app }: { app: PatronageView }) {
  const { t, i18n } = useTranslation();
  if (app.missingReports.length === 0) return null;
  return (
    <div role="note" className="warning">
      <p>{t('patronage.record.missingReports')}</p>
      <ul>
        {app.missingReports.map((m) => (
          <li key={m.id}>
            <a href={recordHref(m.id)}>{m.eventTitle}</a> (
            {t('patronage.record.missingReportItem', { date: formatLocalDay(m.dueDate, i18n.language) })})
          </li>
        ))}
      </ul>
    </div>
  );
}
