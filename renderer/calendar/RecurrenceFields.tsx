import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { Field } from '../common/Field';
import { FREQUENCIES, WEEKDAYS, weekdayOf, type RecurrenceForm } from './recurrence-form';

/** The "Repeat" part of the event form. `startDay` preselects its weekday for a weekly series. */
export function RecurrenceFields({
  value,
  onChange,
  startDay,
  error,
}: {
  value: RecurrenceForm;
  onChange: (next: RecurrenceForm) => void;
  startDay: string;
  error: AppError | null;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<RecurrenceForm>) => onChange({ ...value, ...patch });
  const changeFreq = (freq: RecurrenceForm['freq']) => {
    const day = weekdayOf(startDay);
    const byDay = freq === 'WEEKLY' && value.byDay.length === 0 && day ? [day] : value.byDay;
    set({ freq, byDay });
  };
  const toggleDay = (day: (typeof WEEKDAYS)[number], on: boolean) =>
    set({ byDay: on ? [...value.byDay, day] : value.byDay.filter((d) => d !== day) });
  const repeating = value.freq !== 'none' && value.freq !== 'custom';

  return (
    <div className="cal-recurrence">
      <Field label={t('calendar.recurrence.label')} path="rrule" error={error}>
        {(p) => (
          <select
            {...p}
            value={value.freq}
            onChange={(e) => changeFreq(e.target.value as RecurrenceForm['freq'])}
          >
            <option value="none">{t('calendar.recurrence.none')}</option>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`calendar.recurrence.${f}`)}
              </option>
            ))}
            {value.freq === 'custom' && <option value="custom">{t('calendar.recurrence.custom')}</option>}
          </select>
        )}
      </Field>
      {value.freq === 'custom' && (
        <p className="hint">{t('calendar.recurrence.customRule', { rule: value.raw })}</p>
      )}
      {repeating && (
        <>
          <Field label={t('calendar.recurrence.interval')} path="interval" error={null}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={999}
                value={value.interval}
                onChange={(e) => set({ interval: Math.max(1, Math.trunc(Number(e.target.value)) || 1) })}
              />
            )}
          </Field>
          {value.freq === 'WEEKLY' && (
            <fieldset className="cal-weekdays">
              <legend>{t('calendar.recurrence.weekdays')}</legend>
              {WEEKDAYS.map((day) => (
                <label key={day}>
                  <input
                    type="checkbox"
                    checked={value.byDay.includes(day)}
                    onChange={(e) => toggleDay(day, e.target.checked)}
                  />{' '}
                  {t(`calendar.weekday.${day}`)}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="cal-ends">
            <legend>{t('calendar.recurrence.ends')}</legend>
            {(['never', 'until', 'count'] as const).map((ends) => (
              <label key={ends}>
                <input
                  type="radio"
                  name="recurrence-ends"
                  checked={value.ends === ends}
                  onChange={() => set({ ends })}
                />{' '}
                {t(`calendar.recurrence.${ends}`)}
              </label>
            ))}
          </fieldset>
          {value.ends === 'until' && (
            <Field label={t('calendar.recurrence.untilDate')} path="until" error={null}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  value={value.until}
                  onChange={(e) => set({ until: e.target.value })}
                />
              )}
            </Field>
          )}
          {value.ends === 'count' && (
            <Field label={t('calendar.recurrence.countValue')} path="count" error={null}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={1}
                  max={999}
                  value={value.count}
                  onChange={(e) => set({ count: Math.trunc(Number(e.target.value)) || 0 })}
                />
              )}
            </Field>
          )}
        </>
      )}
    </div>
  );
}
