import { useTranslation } from 'react-i18next';
import type { CalendarOwner } from '../../core/settings/schema';
import { calendarName } from './calendar-items';

/** Which calendars are drawn (each in its colour) and whether the deadlines overlay is on. */
export function CalendarFilters({
  calendars,
  colors,
  hidden,
  onToggle,
  showDeadlines,
  onShowDeadlines,
}: {
  calendars: readonly CalendarOwner[];
  colors: Record<string, string>;
  hidden: readonly string[];
  onToggle: (id: string, visible: boolean) => void;
  showDeadlines: boolean;
  onShowDeadlines: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="cal-filters">
      <fieldset>
        <legend>{t('calendar.calendars')}</legend>
        {calendars.map((c) => (
          <label key={c.id} className="cal-check">
            <input
              type="checkbox"
              checked={!hidden.includes(c.id)}
              onChange={(e) => onToggle(c.id, e.target.checked)}
            />
            <span className="cal-swatch" style={{ background: colors[c.id] }} aria-hidden="true" />
            {calendarName(c, t)}
          </label>
        ))}
      </fieldset>
      <label className="cal-check cal-switch">
        <input
          type="checkbox"
          role="switch"
          checked={showDeadlines}
          onChange={(e) => onShowDeadlines(e.target.checked)}
        />{' '}
        {t('calendar.showDeadlines')}
      </label>
    </div>
  );
}
