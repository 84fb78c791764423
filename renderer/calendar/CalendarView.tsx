import type {
  DatesSetArg,
  DateSelectArg,
  EventApi,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
} from '@fullcalendar/core';
import enGb from '@fullcalendar/core/locales/en-gb';
import plLocale from '@fullcalendar/core/locales/pl';
import ukLocale from '@fullcalendar/core/locales/uk';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../core/api/contract-agenda';
import { metaOf, type ItemMeta } from './calendar-items';
import { addDays, dayOfMarker, inputOfMarker, instantOfMarker, wallTimeOf } from './wall-time';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [plLocale, ukLocale, enGb];
/** en-GB, not en-US: Monday first and 24-hour times, as in Poland and Ukraine. */
const LOCALE_OF: Record<string, string> = { pl: 'pl', uk: 'uk', en: 'en-gb' };
const HOUR_MS = 3_600_000;
/** 09:00, not 9:00 or 9am, in every language of the office. */
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** The visible range as the contract wants it: instants for calendar.list, local days for the exports. */
export interface ViewRange {
  from: string;
  to: string;
  firstDay: string;
  /** Inclusive. */
  lastDay: string;
  /** The day the view is "on": today while it is visible, else the day navigated to. */
  focusDay: string;
}

export interface MoveRequest {
  item: CalendarItem;
  start: string;
  end: string;
  allDay: boolean;
  /** Puts the event back where it was in the grid. */
  revert: () => void;
}

/**
 * The FullCalendar grid, run in 'UTC' with office wall times (see wall-time.ts): every Date it hands
 * back is converted to an instant in the office's zone here, so the page only sees contract values.
 */
export function CalendarView({
  events,
  timeZone,
  now,
  onRange,
  onSelectSlot,
  onOpen,
  onMove,
}: {
  events: EventInput[];
  timeZone: string;
  now: () => string;
  onRange: (range: ViewRange) => void;
  onSelectSlot: (slot: { start: string; end: string; allDay: boolean }) => void;
  onOpen: (meta: ItemMeta) => void;
  onMove: (move: MoveRequest) => void;
}) {
  const { t, i18n } = useTranslation();

  const datesSet = (arg: DatesSetArg) =>
    onRange({
      from: instantOfMarker(arg.start, timeZone),
      to: instantOfMarker(arg.end, timeZone),
      firstDay: dayOfMarker(arg.start),
      lastDay: addDays(dayOfMarker(arg.end), -1),
      focusDay: dayOfMarker(arg.view.calendar.getDate()),
    });

  const select = (arg: DateSelectArg) => {
    arg.view.calendar.unselect();
    // A click on one half-hour slot means "a meeting here": an hour, as desktop calendars offer.
    const minEnd = arg.start.getTime() + HOUR_MS;
    const end = arg.allDay
      ? new Date(arg.end.getTime() - 24 * HOUR_MS)
      : new Date(Math.max(arg.end.getTime(), minEnd));
    onSelectSlot({
      start: inputOfMarker(arg.start, arg.allDay),
      end: inputOfMarker(end, arg.allDay),
      allDay: arg.allDay,
    });
  };

  const moved = (event: EventApi, revert: () => void) => {
    const meta = metaOf(event.extendedProps);
    if (meta?.kind !== 'event' || !event.start) return revert();
    const { allDay } = event;
    // FullCalendar drops the end when it equals its default duration; put it back explicitly.
    const endMarker = event.end ?? new Date(event.start.getTime() + (allDay ? 24 : 1) * HOUR_MS);
    onMove({
      item: meta.item,
      allDay,
      start: allDay ? dayOfMarker(event.start) : instantOfMarker(event.start, timeZone),
      end: allDay ? dayOfMarker(endMarker) : instantOfMarker(endMarker, timeZone),
      revert,
    });
  };

  return (
    <FullCalendar
      plugins={PLUGINS}
      locales={LOCALES}
      locale={LOCALE_OF[i18n.language] ?? 'en-gb'}
      timeZone="UTC"
      now={() => wallTimeOf(now(), timeZone)}
      initialView="timeGridWeek"
      headerToolbar={{
        left: 'prev,next today',
        center: 'title',
        right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek',
      }}
      // FullCalendar's arrow icons are a data: font, which the app's Content-Security-Policy
      // (font-src 'self') blocks: words are clearer anyway and give the buttons their names.
      buttonIcons={false}
      buttonText={{
        prev: t('calendar.view.previous'),
        next: t('calendar.view.next'),
        today: t('calendar.view.today'),
        day: t('calendar.view.day'),
        week: t('calendar.view.week'),
        month: t('calendar.view.month'),
        list: t('calendar.view.agenda'),
      }}
      events={events}
      editable
      selectable
      eventInteractive
      // Blocks in the month grid too: the default dot is drawn by the content we replace.
      eventDisplay="block"
      nowIndicator
      dayMaxEventRows={4}
      contentHeight={680}
      scrollTime="07:30:00"
      defaultTimedEventDuration="01:00"
      eventTimeFormat={TIME_FORMAT}
      slotLabelFormat={TIME_FORMAT}
      datesSet={datesSet}
      select={select}
      eventClick={(arg: EventClickArg) => {
        arg.jsEvent.preventDefault();
        const meta = metaOf(arg.event.extendedProps);
        if (meta) onOpen(meta);
      }}
      eventDrop={(arg: EventDropArg) => moved(arg.event, arg.revert)}
      eventResize={(arg: EventResizeDoneArg) => moved(arg.event, arg.revert)}
      eventContent={(arg: EventContentArg) => <ItemContent arg={arg} />}
    />
  );
}

/** What one item shows: its time, title and flags, each flag with a name for screen readers. */
function ItemContent({ arg }: { arg: EventContentArg }) {
  const { t } = useTranslation();
  const meta = metaOf(arg.event.extendedProps);
  if (meta?.kind === 'deadline') {
    const { deadline } = meta;
    return (
      <span className="cal-entry" title={arg.event.title}>
        <span className="cal-kind">{t(`calendar.deadline.${deadline.kind}`)}:</span> {deadline.title}
        {deadline.overdue && <strong className="cal-overdue"> ({t('calendar.deadline.overdue')})</strong>}
      </span>
    );
  }
  const item = meta?.item;
  const cancelled = item?.status === 'cancelled';
  const flag = (symbol: string, label: string, className: string) => (
    <span role="img" aria-label={label} title={label} className={className}>
      {symbol}
    </span>
  );
  return (
    <span className="cal-entry">
      {arg.timeText && <span className="cal-time">{arg.timeText} </span>}
      {item?.conflict && !cancelled && flag('⚠', t('calendar.conflictFlag'), 'cal-flag cal-flag-conflict')}
      {cancelled ? (
        <>
          <s>{arg.event.title}</s>
          <span className="cal-sr-only"> ({t('calendar.cancelled')})</span>
        </>
      ) : (
        <span className="cal-title">{arg.event.title}</span>
      )}
      {item?.recurring && flag('↻', t('calendar.recurring'), 'cal-flag')}
      {item?.private && !item.busy && flag('🔒', t('calendar.private'), 'cal-flag')}
    </span>
  );
}
