import { useTranslation } from 'react-i18next';
import {
  CALENDAR_KINDS,
  calendarsOf,
  type CalendarKind,
  type CalendarOwner,
} from '../../core/settings/schema';

/**
 * The calendars the secretariat keeps (the mayor's, each deputy's, the press office's). Ids stay with
 * their rows so events remain in their calendar when a name changes.
 */
export function CalendarsEditor({
  value,
  onChange,
}: {
  value: CalendarOwner[];
  onChange: (next: CalendarOwner[]) => void;
}) {
  const { t } = useTranslation();
  const rows = calendarsOf({ calendars: value });
  const set = (index: number, patch: Partial<CalendarOwner>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    const taken = new Set(rows.map((r) => r.id));
    let n = rows.length + 1;
    while (taken.has(`calendar-${n}`)) n++;
    onChange([...rows, { id: `calendar-${n}`, name: '', kind: 'deputy' }]);
  };

  return (
    <fieldset>
      <legend>{t('settings.calendars')}</legend>
      <p className="hint">{t('settings.calendarsHelp')}</p>
      {rows.map((row, index) => (
        <div key={row.id} className="calendar-row">
          <label>
            {t('settings.calendarName', { n: index + 1 })}{' '}
            <input
              value={row.name}
              placeholder={t(`settings.calendarKind.${row.kind}`)}
              onChange={(e) => set(index, { name: e.target.value })}
            />
          </label>{' '}
          <label>
            {t('settings.calendarKindLabel', { n: index + 1 })}{' '}
            <select value={row.kind} onChange={(e) => set(index, { kind: e.target.value as CalendarKind })}>
              {CALENDAR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`settings.calendarKind.${kind}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
            aria-label={t('settings.removeCalendar', { n: index + 1 })}
          >
            {t('settings.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={add}>
        {t('settings.addCalendar')}
      </button>
    </fieldset>
  );
}
