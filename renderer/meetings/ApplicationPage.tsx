import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackToMeetings, NotLoaded } from './PageFrame';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { useApi } from '../common/use-api';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationForm, type ApplicationFields } from './ApplicationForm';

/** One application to meet the mayor: its details, editing while open, and what can be done with it. */
export function ApplicationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const { data, error, reload } = useApi(
    () => call('meetings.getApplication', { id }),
    [id],
    'meeting_applications',
  );
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return <NotLoaded error={error} />;
  const a = data;
  const open = a.status === 'received' || a.status === 'scheduled';

  const save = async (fields: ApplicationFields) => {
    await call('meetings.updateApplication', { id, ...fields });
    setEditing(false);
    setMessage(t('meetings.saved'));
    reload();
  };
  const done = (text: string) => {
    setMessage(text);
    reload();
  };

  return (
    <article>
      <BackToMeetings />
      <h1>{t('meetings.applicationTitle', { name: a.applicantName })}</h1>
      {message && <p role="status">{message}</p>}
      <dl className="facts">
        <dt>{t('meetings.status')}</dt>
        <dd>{t(`meetings.statusValue.${a.status}`)}</dd>
        {a.status === 'scheduled' && (
          <>
            <dt>{t('meetings.scheduledStart')}</dt>
            <dd>{formatDateTime(a.scheduledStart, timeZone, i18n.language)}</dd>
          </>
        )}
        {a.declineReason && (
          <>
            <dt>{t('meetings.declineReason')}</dt>
            <dd>{a.declineReason}</dd>
          </>
        )}
        <dt>{t('meetings.receivedAt')}</dt>
        <dd>{formatDateTime(a.receivedAt, timeZone, i18n.language)}</dd>
        <dt>{t('meetings.applicant')}</dt>
        <dd>
          {a.applicantName} ({t(`meetings.kind.${a.applicantKind}`)})
        </dd>
        <dt>{t('meetings.organisation')}</dt>
        <dd>{a.organisation || t('common.none')}</dd>
        <dt>{t('meetings.contact')}</dt>
        <dd>{a.contact}</dd>
        <dt>{t('meetings.preferredDates')}</dt>
        <dd>{a.preferredDates || t('common.none')}</dd>
        <dt>{t('meetings.participantsCount')}</dt>
        <dd>{a.participantsCount}</dd>
      </dl>
      <h2>{t('meetings.topic')}</h2>
      <p className="prose">{a.topic}</p>
      {a.notes && (
        <>
          <h2>{t('meetings.notes')}</h2>
          <p className="prose">{a.notes}</p>
        </>
      )}
      {open && (
        <p>
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('meetings.edit')}
          </button>
        </p>
      )}
      {open && editing && (
        <ApplicationForm
          initial={a}
          title={t('meetings.editTitle')}
          submitLabel={t('meetings.saveChanges')}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      )}
      <section aria-labelledby="application-actions">
        <h2 id="application-actions">{t('meetings.actions')}</h2>
        <ApplicationActions application={a} onDone={done} />
      </section>
    </article>
  );
}
