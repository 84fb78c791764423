/**
 * Contract items → FullCalendar events. Timed items are given as office wall time without offset
 * (see wall-time.ts); all-day items keep their local dates. The original item rides along in
 * `extendedProps.meta` so clicks, drags and the custom rendering read the contract's data, not
 * FullCalendar's copy of it.
 */
import type { EventInput } from '@fullcalendar/core';
import type { CalendarItem, DeadlineOverlay } from '../../core/api/contract-agenda';
import type { CalendarOwner } from '../../core/settings/schema';
import { addDays, wallTimeOf } from './wall-time';

export type ItemMeta =
  { kind: 'event'; item: CalendarItem } | { kind: 'deadline'; deadline: DeadlineOverlay };

/** Distinct colours that keep white text readable (WCAG AA on 14px bold). */
const PALETTE = ['#1f5fa8', '#a63d00', '#2b7a3b', '#7b2f8e', '#b0204f', '#0b6a78', '#5a6b00', '#8a5a00'];

export function calendarColors(calendars: readonly CalendarOwner[]): Record<string, string> {
  return Object.fromEntries(calendars.map((c, i) => [c.id, PALETTE[i % PALETTE.length] as string]));
}

export interface ItemLabels {
  busy: string;
  /** Text of a deadline, e.g. "Inquiry deadline: BP.1431.7.2026: Budget". */
  deadline: (deadline: DeadlineOverlay) => string;
}

export function eventInputOf(
  item: CalendarItem,
  timeZone: string,
  colors: Record<string, string>,
  labels: ItemLabels,
): EventInput {
  const color = colors[item.calendarId] ?? PALETTE[0];
  const meta: ItemMeta = { kind: 'event', item };
  return {
    id: item.key,
    title: item.busy ? labels.busy : item.title,
    allDay: item.allDay,
    start: item.allDay ? item.start : wallTimeOf(item.start, timeZone),
    end: item.allDay ? item.end : wallTimeOf(item.end, timeZone),
    // Someone's private item cannot be changed from this account: the services would refuse anyway.
    editable: !item.busy,
    backgroundColor: color,
    borderColor: color,
    classNames: [
      'cal-item',
      item.conflict ? 'has-conflict' : '',
      item.status === 'cancelled' ? 'is-cancelled' : '',
      item.busy ? 'is-busy' : '',
    ].filter(Boolean),
    extendedProps: { meta },
  };
}

/** A deadline as a read-only all-day item: visible in every view, the agenda list included. */
export function deadlineInputOf(deadline: DeadlineOverlay, labels: ItemLabels): EventInput {
  const meta: ItemMeta = { kind: 'deadline', deadline };
  return {
    id: `deadline:${deadline.kind}:${deadline.id}`,
    title: labels.deadline(deadline),
    allDay: true,
    start: deadline.date,
    end: addDays(deadline.date, 1),
    editable: false,
    classNames: [
      'cal-deadline',
      `cal-deadline-${deadline.kind}`,
      deadline.overdue ? 'is-overdue' : '',
    ].filter(Boolean),
    extendedProps: { meta },
  };
}

export function toEventInputs(
  data: { items: CalendarItem[]; deadlines: DeadlineOverlay[] },
  timeZone: string,
  colors: Record<string, string>,
  labels: ItemLabels,
): EventInput[] {
  return [
    ...data.items.map((item) => eventInputOf(item, timeZone, colors, labels)),
    ...data.deadlines.map((deadline) => deadlineInputOf(deadline, labels)),
  ];
}

/** Items flagged as overlapping another event of their calendar, cancelled ones never count. */
export function conflictCount(items: readonly CalendarItem[]): number {
  return items.filter((item) => item.conflict && item.status !== 'cancelled').length;
}

export function metaOf(extendedProps: Record<string, unknown>): ItemMeta | null {
  const meta = extendedProps.meta as ItemMeta | undefined;
  return meta && (meta.kind === 'event' || meta.kind === 'deadline') ? meta : null;
}

/** The calendar's own name, or its kind's translated name ("Mayor") while it has none. */
export function calendarName(owner: CalendarOwner, t: (key: string) => string): string {
  return owner.name || t(`calendar.kind.${owner.kind}`);
}
