import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES, EVENT_TYPES } from '../../core/calendar/types';
import type { AppError } from '../../core/errors';
import type { CalendarOwner } from '../../core/settings/schema';
import { fieldError } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { calendarName } from './calendar-items';
import { withAllDay, withStart, type EventForm } from './event-form';
import { RecurrenceFields } from './RecurrenceFields';

/** The reminders offered as checkboxes (minutes before the start). Others, e.g. imported, stay listed. */
const REMINDERS = [15, 60, 1440] as const;
const MAX_REMINDERS = 5;

/** Every field of the event form; `error` carries the contract's issues by field (event-form.ts). */
export function EventFields({
  form,
  onChange,
  calendars,
  error,
}: {
  form: EventForm;
  onChange: (next: EventForm) => void;
  calendars: readonly CalendarOwner[];
  error: AppError | null;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof EventForm>(key: K, value: EventForm[K]) => onChange({ ...form, [key]: value });
  const text = (key: 'title' | 'location', required = false) => (
    <Field label={t(`calendar.form.${key}`)} path={key} error={error}>
      {(p) => (
        <input {...p} required={required} value={form[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  const area = (key: 'participantsInternal' | 'participantsExternal' | 'notes') => (
    <Field label={t(`calendar.form.${key}`)} path={key} error={error}>
      {(p) => <textarea {...p} rows={3} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const reminders = [...new Set([...REMINDERS, ...form.reminders])].sort((a, b) => a - b);
  const toggleReminder = (minutes: number, on: boolean) =>
    set('reminders', on ? [...form.reminders, minutes] : form.reminders.filter((m) => m !== minutes));
  const reminderLabel = (minutes: number) =>
    (REMINDERS as readonly number[]).includes(minutes)
      ? t(`calendar.form.reminder${minutes}`)
      : t('calendar.form.reminderMinutes', { count: minutes });
  const dateType = form.allDay ? 'date' : 'datetime-local';
  const remindersError = fieldError(error, 'reminders');

  return (
    <>
      <Field label={t('calendar.form.calendar')} path="calendarId" error={error}>
        {(p) => (
          <select {...p} value={form.calendarId} onChange={(e) => set('calendarId', e.target.value)}>
            {calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {calendarName(c, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('calendar.form.type')} path="type" error={error}>
        {(p) => (
          <select {...p} value={form.type} onChange={(e) => set('type', e.target.value as EventForm['type'])}>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`calendar.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('title', true)}
      <label className="cal-check">
        <input
          type="checkbox"
          checked={form.allDay}
          onChange={(e) => onChange(withAllDay(form, e.target.checked))}
        />{' '}
        {t('calendar.form.allDay')}
      </label>
      <div className="cal-when">
        <Field
          label={t(form.allDay ? 'calendar.form.startDay' : 'calendar.form.start')}
          path="start"
          error={error}
        >
          {(p) => (
            <input
              {...p}
              type={dateType}
              value={form.start}
              onChange={(e) => onChange(withStart(form, e.target.value))}
            />
          )}
        </Field>
        <Field label={t(form.allDay ? 'calendar.form.endDay' : 'calendar.form.end')} path="end" error={error}>
          {(p) => (
            <input {...p} type={dateType} value={form.end} onChange={(e) => set('end', e.target.value)} />
          )}
        </Field>
      </div>
      <RecurrenceFields
        value={form.recurrence}
        onChange={(recurrence) => set('recurrence', recurrence)}
        startDay={form.start.slice(0, 10)}
        error={error}
      />
      {text('location')}
      {area('participantsInternal')}
      {area('participantsExternal')}
      {area('notes')}
      <Field label={t('calendar.form.status')} path="status" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.status}
            onChange={(e) => set('status', e.target.value as EventForm['status'])}
          >
            {EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`calendar.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="cal-check">
        <input type="checkbox" checked={form.private} onChange={(e) => set('private', e.target.checked)} />{' '}
        {t('calendar.form.private')}
      </label>
      <fieldset className={`cal-reminders${remindersError ? ' invalid' : ''}`}>
        <legend>{t('calendar.form.reminders')}</legend>
        {reminders.map((minutes) => {
          const on = form.reminders.includes(minutes);
          return (
            <label key={minutes}>
              <input
                type="checkbox"
                checked={on}
                disabled={!on && form.reminders.length >= MAX_REMINDERS}
                onChange={(e) => toggleReminder(minutes, e.target.checked)}
              />{' '}
              {reminderLabel(minutes)}
            </label>
          );
        })}
        {remindersError && <small className="field-error">{t(`validation.${remindersError}`)}</small>}
      </fieldset>
    </>
  );
}
