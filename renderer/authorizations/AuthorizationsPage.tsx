import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { AuthorizationForm } from './AuthorizationForm';
import { Countdown, useNow } from './Countdown';

/** Interview authorization requests (art. 14a Prawo prasowe): the list with countdowns and a new request. */
export function AuthorizationsPage() {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const now = useNow();
  const { data, error, reload } = useApi(
    () => call('authorizations.list', { status: [] }),
    [],
    'authorizations',
  );
  const date = (iso: string) => formatDateTime(iso, timeZone, i18n.language);

  return (
    <article>
      <h1>{t('authorizations.title')}</h1>
      <ErrorMessage error={error} />
      {data && data.items.length === 0 && <p>{t('authorizations.none')}</p>}
      {data && data.items.length > 0 && (
        <table>
          <caption>{t('authorizations.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('authorizations.journalist')}</th>
              <th scope="col">{t('authorizations.outlet')}</th>
              <th scope="col">{t('authorizations.interviewee')}</th>
              <th scope="col">{t('authorizations.topic')}</th>
              <th scope="col">{t('authorizations.handedOverAt')}</th>
              <th scope="col">{t('authorizations.dueAt')}</th>
              <th scope="col">{t('authorizations.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={`#/authorizations/${encodeURIComponent(item.id)}`}>{item.journalistName}</a>
                </td>
                <td>{item.outletName}</td>
                <td>{item.interviewee}</td>
                <td>{item.topic}</td>
                <td>{date(item.handedOverAt)}</td>
                <td>{date(item.dueAt)}</td>
                <td>
                  {t(`authorizations.statusValue.${item.effectiveStatus}`)}{' '}
                  <Countdown item={item} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AuthorizationForm onCreated={reload} />
    </article>
  );
}
