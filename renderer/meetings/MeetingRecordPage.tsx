import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackToMeetings, NotLoaded } from './PageFrame';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href } from '../app/router';
import { formatDateTime, formatLocalDay } from '../common/dates';
import { useApi } from '../common/use-api';
import { RecordForm } from './RecordForm';

/** The record of a held meeting (who came, what was discussed) and the way to its protocol. */
export function MeetingRecordPage({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const { data, error, reload } = useApi(
    () => call('meetings.record', { eventId }),
    [eventId],
    'meeting_records',
  );
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return <NotLoaded error={error} />;
  const { event, record, protocolId } = data;
  const time = event.allDay
    ? formatLocalDay(event.start, i18n.language)
    : `${formatDateTime(event.start, timeZone, i18n.language)} – ${formatDateTime(event.end, timeZone, i18n.language)}`;

  return (
    <article>
      <BackToMeetings />
      <h1>{t('meetings.recordTitle', { title: event.title })}</h1>
      <dl className="facts">
        <dt>{t('meetings.when')}</dt>
        <dd>{time}</dd>
        <dt>{t('meetings.location')}</dt>
        <dd>{event.location || t('common.none')}</dd>
      </dl>
      {message && <p role="status">{message}</p>}
      {protocolId && (
        <p>
          <a className="button" href={href({ name: 'protocol', id: protocolId })}>
            {t('meetings.openProtocol')}
          </a>
        </p>
      )}
      <RecordForm
        key={record?.updatedAt ?? 'new'}
        event={event}
        record={record}
        hasProtocol={protocolId !== null}
        onSaved={() => {
          setMessage(t('meetings.recordSaved'));
          reload();
        }}
      />
    </article>
  );
}
