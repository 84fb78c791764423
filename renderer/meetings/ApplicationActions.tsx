import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import type { MeetingApplication } from '../../core/meetings/schema';
import { call } from '../api/client';
import { href } from '../app/router';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError } from './form-helpers';
import { ScheduleForm } from './ScheduleForm';

type Panel = 'schedule' | 'decline' | 'withdraw';

/** What can be done with an application now: schedule, decline, withdraw, the confirmation letter. */
export function ApplicationActions({
  application,
  onDone,
}: {
  application: MeetingApplication;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Panel | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { id, status, eventId } = application;
  if (status === 'declined' || status === 'withdrawn') return <p>{t('meetings.closed')}</p>;
  const panels: Panel[] = status === 'received' ? ['schedule', 'decline', 'withdraw'] : ['withdraw'];
  const finish = (message: string) => {
    setOpen(null);
    onDone(message);
  };

  const confirmation = async () => {
    setError(null);
    try {
      saveFile(await call('meetings.confirmationDocx', { id }));
    } catch (e) {
      setError(asAppError(e));
    }
  };
  const withdraw = async () => {
    setError(null);
    try {
      await call('meetings.withdraw', { id });
      finish(t('meetings.withdrawn'));
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <div className="action-panel">
      <div className="action-buttons">
        {panels.map((panel) => (
          <button
            key={panel}
            type="button"
            aria-expanded={open === panel}
            onClick={() => setOpen(open === panel ? null : panel)}
          >
            {t(`meetings.${panel}`)}
          </button>
        ))}
        {status === 'scheduled' && (
          <button type="button" onClick={() => void confirmation()}>
            {t('meetings.confirmationDocx')}
          </button>
        )}
        {status === 'scheduled' && eventId && (
          <a className="button" href={href({ name: 'meeting', eventId })}>
            {t('meetings.meetingRecord')}
          </a>
        )}
      </div>
      <ErrorMessage error={error} />
      {open === 'schedule' && (
        <ScheduleForm
          application={application}
          onScheduled={() => finish(t('meetings.scheduled'))}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'decline' && (
        <DeclineForm
          id={id}
          onDeclined={() => finish(t('meetings.declined'))}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'withdraw' && (
        <div role="group" aria-label={t('meetings.withdraw')} className="action-form">
          <p>{t('meetings.withdrawQuestion')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void withdraw()}>
              {t('meetings.withdrawConfirm')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function DeclineForm({
  id,
  onDeclined,
  onCancel,
}: {
  id: string;
  onDeclined: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call('meetings.decline', { id, reason });
      onDeclined();
    } catch (e) {
      setError(asAppError(e));
    }
  };
  return (
    <form
      aria-label={t('meetings.declineTitle')}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('meetings.declineTitle')}</h3>
      <ErrorMessage error={error} />
      <Field label={t('meetings.declineReason')} path="reason" error={error}>
        {(p) => <textarea {...p} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('meetings.declineConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
