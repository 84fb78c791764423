import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { useApi } from '../common/use-api';

/** "Who changed what, when": the record's entries in the change log. */
export function HistoryTable({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const { data } = useApi(() => call('inquiries.history', { id }), [id], 'inquiries');
  if (!data) return null;
  if (data.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <table aria-label={t('detail.history')} className="history">
      <thead>
        <tr>
          <th scope="col">{t('history.when')}</th>
          <th scope="col">{t('history.who')}</th>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t('history.value')}</th>
          <th scope="col">{t('history.device')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((entry) => (
          <tr key={entry.seq}>
            <td>{formatDateTime(entry.at, timeZone, i18n.language)}</td>
            <td>{entry.userName}</td>
            <td>{entry.field}</td>
            <td className="value">
              {typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value)}
            </td>
            <td>{entry.deviceId.slice(0, 8)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
