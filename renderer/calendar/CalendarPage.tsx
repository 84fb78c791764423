import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { navigate } from '../app/router';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import './calendar.css';
import { calendarColors, conflictCount, toEventInputs, type ItemMeta } from './calendar-items';
import { CalendarFilters } from './CalendarFilters';
import { CalendarView, type ViewRange } from './CalendarView';
import { EventDialog, type DialogTarget } from './EventDialog';
import { ExportPanel } from './ExportPanel';
import { MoveConflictDialog } from './MoveConflictDialog';
import { useCalendarItems } from './use-calendar-items';
import { useMove } from './use-move';
import { addWallMinutes, inputOfInstant } from './wall-time';

/** The calendars of the mayor's office: day/week/month/agenda views, editing, exports and import. */
export function CalendarPage() {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone } = shell.settings.office;
  const owners = useApi(() => call('calendar.calendars', {}), []);
  const calendars = useMemo(() => owners.data ?? [], [owners.data]);
  const colors = useMemo(() => calendarColors(calendars), [calendars]);
  const [hidden, setHidden] = useState<string[]>([]);
  const [showDeadlines, setShowDeadlines] = useState(false);
  const [range, setRange] = useState<ViewRange | null>(null);
  const [exportCalendar, setExportCalendar] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogTarget | null>(null);

  const visibleIds = calendars.map((c) => c.id).filter((id) => !hidden.includes(id));
  const query: MethodInput<'calendar.list'> | null =
    range && owners.data
      ? { from: range.from, to: range.to, calendarIds: visibleIds, deadlines: showDeadlines }
      : null;
  const { data, error, reload } = useCalendarItems(query);
  const move = useMove(reload);
  // No calendar ticked means none shown; the contract would read an empty list as "all of them".
  const items = useMemo(
    () => (data?.items ?? []).filter((item) => visibleIds.includes(item.calendarId)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, visibleIds.join('|')],
  );
  const busyLabel = t('calendar.busy');
  const deadlineLabel = useCallback(
    (d: { kind: 'inquiry' | 'decision'; title: string }) => `${t(`calendar.deadline.${d.kind}`)}: ${d.title}`,
    [t],
  );
  const events = useMemo(
    () =>
      toEventInputs({ items, deadlines: showDeadlines ? (data?.deadlines ?? []) : [] }, timeZone, colors, {
        busy: busyLabel,
        deadline: deadlineLabel,
      }),
    [items, data, showDeadlines, timeZone, colors, busyLabel, deadlineLabel],
  );
  const conflicts = conflictCount(items);
  const defaultCalendar = visibleIds[0] ?? calendars[0]?.id ?? '';
  const chosenExport = exportCalendar ?? defaultCalendar;

  const onRange = useCallback((next: ViewRange) => setRange(next), []);

  const newEvent = (slot?: { start: string; end: string; allDay: boolean }) => {
    const start = `${inputOfInstant(shell.now(), timeZone).slice(0, 13)}:00`;
    const fallback = { start: addWallMinutes(start, 60), end: addWallMinutes(start, 120), allDay: false };
    setDialog({ mode: 'new', calendarId: defaultCalendar, slot: slot ?? fallback });
  };

  const open = (meta: ItemMeta) => {
    if (meta.kind === 'deadline') {
      const { deadline } = meta;
      return navigate(
        deadline.kind === 'inquiry' ? { name: 'inquiry', id: deadline.id } : { name: 'decisions' },
      );
    }
    // Someone's private item: only its time is shared with this account.
    if (!meta.item.busy) setDialog({ mode: 'edit', item: meta.item });
  };

  return (
    <div className="calendar-page">
      <div className="page-head">
        <h1>{t('calendar.title')}</h1>
        <button type="button" className="primary" onClick={() => newEvent()}>
          {t('calendar.newEvent')}
        </button>
      </div>
      <ErrorMessage error={owners.error ?? error ?? move.error} />
      <div className="cal-layout">
        <aside className="cal-side">
          <CalendarFilters
            calendars={calendars}
            colors={colors}
            hidden={hidden}
            onToggle={(id, visible) => setHidden((h) => (visible ? h.filter((x) => x !== id) : [...h, id]))}
            showDeadlines={showDeadlines}
            onShowDeadlines={setShowDeadlines}
          />
          <ExportPanel
            calendars={calendars}
            calendarId={chosenExport}
            onCalendar={setExportCalendar}
            range={range}
          />
        </aside>
        <section className="cal-main" aria-label={t('calendar.title')}>
          <p role="status" className={conflicts ? 'cal-conflict-count' : 'hint'}>
            {!data && t('calendar.loading')}
            {data && conflicts > 0 && t('calendar.conflictsInView', { count: conflicts })}
            {data && conflicts === 0 && t('calendar.noConflicts')}
          </p>
          {data?.truncated && <p className="warning">{t('calendar.truncated')}</p>}
          <CalendarView
            events={events}
            timeZone={timeZone}
            now={shell.now}
            onRange={onRange}
            onSelectSlot={(slot) => newEvent(slot)}
            onOpen={open}
            onMove={move.request}
          />
        </section>
      </div>
      {dialog && (
        <EventDialog
          target={dialog}
          calendars={calendars}
          onClose={() => setDialog(null)}
          onChanged={reload}
        />
      )}
      {move.pending && (
        <MoveConflictDialog
          conflicts={move.pending.conflicts}
          timeZone={timeZone}
          onMoveAnyway={move.moveAnyway}
          onCancel={move.cancel}
        />
      )}
    </div>
  );
}
