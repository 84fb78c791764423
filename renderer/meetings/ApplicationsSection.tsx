import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../core/meetings/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href } from '../app/router';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ApplicationForm, type ApplicationFields } from './ApplicationForm';

/** Applications to meet the mayor: filter, list, and register a new one. */
export function ApplicationsSection() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const query = { status: status ? [status] : [], q: q.trim() };
  const { data, error, reload } = useApi(
    () => call('meetings.applications', query),
    [JSON.stringify(query)],
    'meeting_applications',
  );
  const when = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);

  const create = async (fields: ApplicationFields) => {
    const created = await call('meetings.createApplication', fields);
    setCreating(false);
    setMessage(t('meetings.created', { name: created.applicantName }));
    reload();
  };

  return (
    <section aria-labelledby="applications-title">
      <div className="page-head">
        <h2 id="applications-title">{t('meetings.applications')}</h2>
        <button
          type="button"
          aria-expanded={creating}
          onClick={() => {
            setMessage(null);
            setCreating(!creating);
          }}
        >
          {t('meetings.newApplication')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {creating && (
        <ApplicationForm
          title={t('meetings.newApplicationTitle')}
          submitLabel={t('meetings.register')}
          onSave={create}
          onCancel={() => setCreating(false)}
        />
      )}
      <form
        role="search"
        aria-label={t('meetings.filterLabel')}
        className="filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('meetings.search')}
          <input
            type="search"
            maxLength={200}
            value={q}
            placeholder={t('meetings.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label>
          {t('meetings.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as ApplicationStatus | '')}>
            <option value="">{t('meetings.anyStatus')}</option>
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`meetings.statusValue.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ErrorMessage error={error} />
      {data && (
        <>
          <table aria-label={t('meetings.applications')}>
            <thead>
              <tr>
                <th scope="col">{t('meetings.receivedAt')}</th>
                <th scope="col">{t('meetings.applicant')}</th>
                <th scope="col">{t('meetings.topic')}</th>
                <th scope="col">{t('meetings.preferredDates')}</th>
                <th scope="col">{t('meetings.status')}</th>
                <th scope="col">{t('meetings.scheduledStart')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((a) => (
                <tr key={a.id}>
                  <td>{when(a.receivedAt)}</td>
                  <td>
                    <a href={href({ name: 'application', id: a.id })}>{a.applicantName}</a>
                    {a.organisation && (
                      <>
                        <br />
                        <small>{a.organisation}</small>
                      </>
                    )}
                  </td>
                  <td>{a.topic}</td>
                  <td>{a.preferredDates || t('common.none')}</td>
                  <td>{t(`meetings.statusValue.${a.status}`)}</td>
                  <td>{a.status === 'scheduled' ? when(a.scheduledStart) : t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.length === 0 && <p>{t('meetings.empty')}</p>}
        </>
      )}
    </section>
  );
}
