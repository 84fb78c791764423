import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { useApi } from '../common/use-api';
import { historyValue } from '../inquiries/history-values';

/** What the server refused (e.g. a role that may not edit that module), so nobody believes it was saved. */
export function RejectedList() {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const { data, reload } = useApi(() => call('sync.rejected', {}), [], 'sync');
  if (!data || data.length === 0) {
    return (
      <section aria-labelledby="rejected-title">
        <h2 id="rejected-title">{t('sync.rejectedTitle')}</h2>
        <p>{t('sync.rejectedEmpty')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('sync.rejectedTitle')}</h2>
      <p className="hint">{t('sync.rejectedHelp')}</p>
      <table aria-label={t('sync.rejectedTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('sync.when')}</th>
            <th scope="col">{t('sync.record')}</th>
            <th scope="col">{t('sync.field')}</th>
            <th scope="col">{t('history.value')}</th>
            <th scope="col">{t('sync.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((r) => (
            <tr key={r.key}>
              <td>{formatDateTime(r.at, office.timeZone, i18n.language)}</td>
              <td>{r.label}</td>
              <td>{t(`field.${r.field}`, { defaultValue: r.field })}</td>
              <td>{historyValue(r.field, r.value, t, office, i18n.language)}</td>
              <td>{t(`sync.errors.${r.code}`, { defaultValue: r.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void call('sync.acknowledgeRejected', {}).then(reload)}>
        {t('sync.acknowledge')}
      </button>
    </section>
  );
}
