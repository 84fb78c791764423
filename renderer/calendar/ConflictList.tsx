import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { EventConflict } from '../../core/api/contract-agenda';
import { formatLocalDay, localeOf } from '../common/dates';
import { addDays } from './wall-time';

/** "Mon 23 Nov, 10:00–11:00" in the office zone; an all-day event shows its days. */
export function conflictWhen(other: EventConflict['other'], timeZone: string, language: string): string {
  if (other.allDay) {
    const last = addDays(other.end, -1);
    const first = formatLocalDay(other.start, language);
    return last > other.start ? `${first} – ${formatLocalDay(last, language)}` : first;
  }
  const locale = localeOf(language);
  const start = new TZDate(other.start, timeZone);
  const end = new TZDate(other.end, timeZone);
  const sameDay = format(start, 'yyyy-MM-dd') === format(end, 'yyyy-MM-dd');
  return `${format(start, 'EEE d MMM, HH:mm', { locale })}–${format(end, sameDay ? 'HH:mm' : 'EEE d MMM, HH:mm', { locale })}`;
}

/** The events a save or a move would overlap; someone's private item shows only as "Busy". */
export function ConflictList({ conflicts, timeZone }: { conflicts: EventConflict[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  // A series can clash with the same event on many dates: each date is its own line.
  return (
    <ul className="cal-conflicts" aria-label={t('calendar.conflicts.list')}>
      {conflicts.map((conflict) => (
        <li key={`${conflict.start}|${conflict.other.eventId}|${conflict.other.start}`}>
          {t('calendar.conflicts.overlaps', {
            title: conflict.other.busy ? t('calendar.busy') : conflict.other.title,
            when: conflictWhen(conflict.other, timeZone, i18n.language),
          })}
        </li>
      ))}
    </ul>
  );
}
