import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../core/api/contract';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { useApi } from '../common/use-api';
import { historyValue } from './history-values';

/** "Who changed what, when": the record's entries in the change log. */
/** Internal counters, and the empty fields of a new record, are noise in a history a person reads. */
const HIDDEN_FIELDS = new Set(['reg_year', 'reg_seq']);
function worthShowing(entry: ChangeEntry): boolean {
  if (HIDDEN_FIELDS.has(entry.field)) return false;
  const empty = entry.value === null || entry.value === '' || entry.value === '[]' || entry.value === 0;
  return !(entry.op === 'insert' && empty);
}

export function HistoryTable({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const { data } = useApi(() => call('inquiries.history', { id }), [id], 'inquiries');
  if (!data) return null;
  const entries = data.filter(worthShowing);
  if (entries.length === 0) return <p>{t('history.empty')}</p>;
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
        {entries.map((entry) => (
          <tr key={entry.seq}>
            <td>{formatDateTime(entry.at, office.timeZone, i18n.language)}</td>
            <td>{entry.userName}</td>
            <td>{t(`field.${entry.field}`, { defaultValue: entry.field })}</td>
            <td className="value">{historyValue(entry.field, entry.value, t, office, i18n.language)}</td>
            <td>{entry.deviceId.slice(0, 8)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
