import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileOut, MethodOutput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import type { CalendarOwner } from '../../core/settings/schema';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { calendarName } from './calendar-items';
import type { ViewRange } from './CalendarView';

type ImportResult = MethodOutput<'calendar.importIcs'>;

/**
 * Documents of the chosen calendar for the day/week the view is on (daily card, weekly plans),
 * the view's range as .ics, and the import of an .ics file into that calendar.
 */
export function ExportPanel({
  calendars,
  calendarId,
  onCalendar,
  range,
}: {
  calendars: readonly CalendarOwner[];
  calendarId: string;
  onCalendar: (id: string) => void;
  range: ViewRange | null;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [error, setError] = useState<AppError | null>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [invalidFile, setInvalidFile] = useState(false);
  const ready = Boolean(range && calendarId);

  const download = async (load: () => Promise<FileOut>) => {
    setError(null);
    try {
      saveFile(await load());
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setResult(null);
    setInvalidFile(false);
    setImporting(true);
    try {
      setResult(await call('calendar.importIcs', { calendarId, text: await file.text() }));
    } catch (e) {
      const appError = e instanceof AppError ? e : new AppError('INTERNAL');
      // "Not an iCalendar file" is the one validation issue a person can act on: say it plainly.
      if (appError.issues.some((i) => i.path === 'file' || i.path === 'text')) setInvalidFile(true);
      else setError(appError);
    } finally {
      setImporting(false);
      input.value = ''; // the same file can be chosen again after fixing it
    }
  };

  const day = range?.focusDay ?? '';
  return (
    <section className="cal-exports" aria-label={t('calendar.exports.label')}>
      <h2>{t('calendar.exports.label')}</h2>
      <label htmlFor={selectId}>{t('calendar.exports.calendar')}</label>
      <select id={selectId} value={calendarId} onChange={(e) => onCalendar(e.target.value)}>
        {calendars.map((c) => (
          <option key={c.id} value={c.id}>
            {calendarName(c, t)}
          </option>
        ))}
      </select>
      <div className="cal-export-buttons">
        <button type="button" onClick={() => window.print()}>
          {t('calendar.exports.print')}
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => void download(() => call('calendar.dailyCardDocx', { calendarId, date: day }))}
        >
          {t('calendar.exports.dailyCard')}
        </button>
        {(['internal', 'public'] as const).map((audience) => (
          <button
            key={audience}
            type="button"
            disabled={!ready}
            onClick={() =>
              void download(() => call('calendar.weeklyPlanDocx', { calendarId, date: day, audience }))
            }
          >
            {t(audience === 'public' ? 'calendar.exports.publicWeeklyPlan' : 'calendar.exports.weeklyPlan')}
          </button>
        ))}
        <button
          type="button"
          disabled={!ready}
          onClick={() =>
            range &&
            void download(() =>
              call('calendar.exportIcs', { calendarId, from: range.firstDay, to: range.lastDay }),
            )
          }
        >
          {t('calendar.exports.ics')}
        </button>
        <label className="button cal-file">
          {t('calendar.exports.importIcs')}
          <input
            type="file"
            accept=".ics,text/calendar"
            disabled={!calendarId || importing}
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      <ErrorMessage error={error} />
      {invalidFile && (
        <p role="alert" className="error">
          {t('calendar.exports.invalidFile')}
        </p>
      )}
      <p role="status">{importing ? t('calendar.exports.importing') : result ? summary(t, result) : ''}</p>
      {result && result.skipped.length > 0 && (
        <ul aria-label={t('calendar.exports.skippedList')}>
          {result.skipped.map((s, i) => (
            <li key={`${s.uid ?? ''}-${i}`}>
              {t('calendar.exports.skippedItem', {
                uid: s.uid ?? t('calendar.exports.noUid'),
                reason: t(`calendar.exports.reason.${s.reason}`, { defaultValue: s.reason }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summary(
  t: (key: string, options?: Record<string, unknown>) => string,
  result: ImportResult,
): string {
  const imported = t('calendar.exports.imported', { count: result.created + result.updated });
  return result.skipped.length
    ? `${imported}, ${t('calendar.exports.skipped', { count: result.skipped.length })}`
    : imported;
}
