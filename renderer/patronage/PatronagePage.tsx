import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATRONAGE_STATUSES, type PatronageStatus } from '../../core/patronage/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { FlagBadges, ObligationList } from './Badges';
import { asAppError, recordHref, type PatronageFilter } from './helpers';

/** The register of honorary patronage applications: filters, flags, obligations and the .xlsx export. */
export function PatronagePage() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<PatronageStatus[]>([]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const filter: PatronageFilter = { q, status, overdueOnly };
  const { data, error } = useApi(
    () => call('patronage.list', filter),
    [q, status, overdueOnly],
    'patronage_applications',
  );
  const date = (iso: string) => formatDateTime(iso, timeZone, i18n.language);

  const toggle = (s: PatronageStatus, on: boolean) =>
    setStatus((current) => PATRONAGE_STATUSES.filter((x) => (x === s ? on : current.includes(x))));
  const exportXlsx = async () => {
    setExportError(null);
    try {
      saveFile(await call('patronage.exportXlsx', filter));
    } catch (e) {
      setExportError(asAppError(e));
    }
  };

  return (
    <article>
      <h1>{t('patronage.title')}</h1>
      <p className="actions">
        <a className="button" href="#/patronage/new">
          {t('patronage.newApplication')}
        </a>{' '}
        <button type="button" onClick={() => void exportXlsx()}>
          {t('patronage.exportXlsx')}
        </button>
      </p>
      <ErrorMessage error={exportError} />
      <div className="filters">
        <label>
          {t('patronage.search')} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('patronage.statusFilter')}</legend>
          {PATRONAGE_STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={status.includes(s)}
                onChange={(e) => toggle(s, e.target.checked)}
              />{' '}
              {t(`patronage.status.${s}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />{' '}
          {t('patronage.overdueOnly')}
        </label>
      </div>
      <ErrorMessage error={error} />
      {data && data.items.length === 0 && <p>{t('patronage.none')}</p>}
      {data && data.items.length > 0 && (
        <table>
          <caption>{t('patronage.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('patronage.col.applicant')}</th>
              <th scope="col">{t('patronage.col.event')}</th>
              <th scope="col">{t('patronage.col.eventDate')}</th>
              <th scope="col">{t('patronage.col.received')}</th>
              <th scope="col">{t('patronage.col.status')}</th>
              <th scope="col">{t('patronage.col.obligations')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={recordHref(item.id)}>{item.applicantName}</a>
                </td>
                <td>{item.eventTitle}</td>
                <td>{date(item.eventStart)}</td>
                <td>{date(item.receivedAt)}</td>
                <td>
                  {t(`patronage.status.${item.status}`)} <FlagBadges item={item} />
                </td>
                <td>
                  <ObligationList obligations={item.obligations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
