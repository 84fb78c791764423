import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventConflict } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import type { MeetingApplication } from '../../core/meetings/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime, formatLocalDay, fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { asAppError } from './form-helpers';

const HOUR_MS = 3_600_000;
type Form = { calendarId: string; start: string; end: string; location: string };

/**
 * Puts the meeting into a calendar. A clash is shown first; "Schedule anyway" sends the same request
 * again with the person's confirmation (any change to the form asks the calendar again).
 */
export function ScheduleForm({
  application,
  onScheduled,
  onCancel,
}: {
  application: MeetingApplication;
  onScheduled: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const calendars = useApi(() => call('calendar.calendars', {}), []);
  const [form, setForm] = useState<Form>({ calendarId: '', start: '', end: '', location: '' });
  const [conflicts, setConflicts] = useState<EventConflict[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const calendarId = form.calendarId || calendars.data?.[0]?.id || '';

  const change = (key: keyof Form, value: string) => {
    setConflicts([]);
    setForm((f) => {
      const next = { ...f, [key]: value };
      if (key !== 'start') return next;
      // A new start moves an empty or earlier end to one hour later.
      const start = Date.parse(fromLocalInput(value, timeZone));
      const end = Date.parse(fromLocalInput(f.end, timeZone));
      if (Number.isNaN(start) || (!Number.isNaN(end) && end > start)) return next;
      return { ...next, end: toLocalInput(new Date(start + HOUR_MS).toISOString(), timeZone) };
    });
  };

  const send = async (acceptConflicts: boolean) => {
    setError(null);
    try {
      const result = await call('meetings.schedule', {
        id: application.id,
        calendarId,
        start: fromLocalInput(form.start, timeZone),
        end: fromLocalInput(form.end, timeZone),
        location: form.location,
        acceptConflicts,
      });
      if (result.scheduled) onScheduled();
      else setConflicts(result.conflicts);
    } catch (e) {
      setError(asAppError(e));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  // All-day items end on the next day (exclusive): their first day is enough.
  const when = (other: EventConflict['other']) =>
    other.allDay
      ? formatLocalDay(other.start, i18n.language)
      : `${formatDateTime(other.start, timeZone, i18n.language)} – ${formatDateTime(other.end, timeZone, i18n.language)}`;

  return (
    <form aria-label={t('meetings.scheduleTitle')} className="action-form" onSubmit={submit} noValidate>
      <h3>{t('meetings.scheduleTitle')}</h3>
      <ErrorMessage error={error ?? calendars.error} />
      <p className="hint">{t('form.timesIn', { timeZone })}</p>
      <Field label={t('meetings.calendar')} path="calendarId" error={error}>
        {(p) => (
          <select {...p} value={calendarId} onChange={(e) => change('calendarId', e.target.value)}>
            {(calendars.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name || t(`meetings.calendarKind.${c.kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(['start', 'end'] as const).map((key) => (
        <Field key={key} label={t(`meetings.${key}`)} path={key} error={error}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={form[key]}
              onChange={(e) => change(key, e.target.value)}
            />
          )}
        </Field>
      ))}
      <Field label={t('meetings.location')} path="location" error={error}>
        {(p) => <input {...p} value={form.location} onChange={(e) => change('location', e.target.value)} />}
      </Field>
      {conflicts.length > 0 && (
        <section role="alert" aria-labelledby="schedule-conflicts" className="warning">
          <h4 id="schedule-conflicts">{t('meetings.conflictsTitle')}</h4>
          <ul>
            {conflicts.map((c) => (
              <li key={`${c.other.eventId}@${c.other.start}`}>
                {c.other.busy ? t('meetings.busy') : c.other.title}: {when(c.other)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        {conflicts.length > 0 ? (
          <button type="button" className="primary" onClick={() => void send(true)}>
            {t('meetings.scheduleAnyway')}
          </button>
        ) : (
          <button type="submit" className="primary">
            {t('meetings.scheduleConfirm')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
