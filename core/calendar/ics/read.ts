/**
 * Import of an iCalendar file (from Outlook, Google Calendar, a phone, or our own export) into
 * calendar events.
 *
 * Parser: `ical.js` (Mozilla/Thunderbird's), pure JS, runs in the browser and in Node, and handles
 * unfolding, escapes, parameters and the VTIMEZONEs Outlook writes. We take its parsed values and do
 * the mapping to our model ourselves (read-time.ts, read-props.ts), then validate every event with our
 * schemas: what does not fit is reported in `skipped` with a reason, never stored half-right.
 *
 * Ids: an event we exported ourselves carries UID `<id>@pressdesk`; that id is kept so importing our own
 * file again updates the events instead of duplicating them. Every other event gets `newId()`.
 * Overrides of single occurrences (VEVENTs with RECURRENCE-ID) become events of their own and their
 * original occurrence is added to the series' exdates, as our calendar stores a moved occurrence.
 */
import ICAL from 'ical.js';
import { AppError } from '../../errors';
import { formatLocalIso } from '../../deadlines/local-date';
import { formatWall, instantOfWall } from '../local-time';
import type { CalendarEventRecord } from '../record';
import { EventDetailsObject } from '../record';
import { CalendarEventSchema } from '../types';
import type { CalendarTimeZone } from '../types';
import { stripParticipantsTail } from './description';
import { DAY_MS } from './ics-time';
import { isPrivate, namesOf, remindersOf, rruleOf, statusOf, textOf, typeOf } from './read-props';
import { instantIn, jcalValues, readTimeValue, tzidOf, wallIn, zoneTable } from './read-time';
import type { TimeValue, ZoneTable } from './read-time';
import { officeZoneOf } from './timezones';
import { UID_DOMAIN } from './write';

type Component = InstanceType<typeof ICAL.Component>;

export type ImportedEvent = Omit<CalendarEventRecord, 'createdAt' | 'updatedAt'>;
export type SkipReason = 'unsupportedRecurrence' | 'invalid' | 'unsupportedTimeZone' | 'missingStart';

export interface IcsImportOptions {
  /** The calendar the events go to (X-PRESSDESK-CALENDAR of our own export is not trusted for it). */
  calendarId: string;
  /** Zone of floating and UTC times and of events in zones other than ours. */
  defaultTimeZone: CalendarTimeZone;
  newId: () => string;
}

export interface IcsImportResult {
  events: ImportedEvent[];
  skipped: { uid: string | null; reason: SkipReason }[];
}

const HOUR_MS = 3_600_000;
const OWN_UID_RE = new RegExp(`^([A-Za-z0-9_-]{1,64})@${UID_DOMAIN}$`);

interface Context {
  options: IcsImportOptions;
  zones: ZoneTable;
}

/** Throws AppError VALIDATION ('invalidIcsFile') when the text is not iCalendar at all. */
export function icsToEvents(text: string, options: IcsImportOptions): IcsImportResult {
  const result: IcsImportResult = { events: [], skipped: [] };
  const usedIds = new Set<string>();
  for (const calendar of parseCalendars(text)) {
    const ctx: Context = { options, zones: zoneTable(calendar) };
    const vevents = calendar.name === 'vevent' ? [calendar] : calendar.getAllSubcomponents('vevent');
    const masters = new Map<string, ImportedEvent>();
    const pending: { uid: string | null; event: ImportedEvent }[] = [];

    for (const comp of vevents.filter((c) => !c.hasProperty('recurrence-id'))) {
      const uid = uidOf(comp);
      const read = readEvent(comp, ctx);
      if ('problem' in read) {
        result.skipped.push({ uid, reason: read.problem });
        continue;
      }
      const own = uid === null ? null : (OWN_UID_RE.exec(uid)?.[1] ?? null);
      const event = { ...read.event, id: own !== null && !usedIds.has(own) ? own : options.newId() };
      usedIds.add(event.id);
      if (uid !== null && !masters.has(uid)) masters.set(uid, event);
      pending.push({ uid, event });
    }

    for (const comp of vevents.filter((c) => c.hasProperty('recurrence-id'))) {
      const uid = uidOf(comp);
      const master = uid === null ? undefined : masters.get(uid);
      if (master) excludeOriginal(comp, master, ctx);
      const read = readEvent(comp, ctx, master);
      if ('problem' in read) {
        result.skipped.push({ uid, reason: read.problem });
        continue;
      }
      pending.push({ uid, event: { ...read.event, id: options.newId(), rrule: null, exdates: [] } });
    }

    // Validation comes last: overrides add exdates to their series above.
    for (const { uid, event } of pending) {
      const valid = validate(event);
      if (valid) result.events.push(valid);
      else result.skipped.push({ uid, reason: 'invalid' });
    }
  }
  return result;
}

function parseCalendars(text: string): Component[] {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch {
    throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'invalidIcsFile' }]);
  }
  // ical.js returns one component, or a list when the file holds several (concatenated calendars).
  const list = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[]) : [jcal];
  const comps = list.map((j) => new ICAL.Component(j as unknown[]));
  if (!comps.some((c) => c.name === 'vcalendar' || c.name === 'vevent')) {
    throw new AppError('VALIDATION', {}, [{ path: 'file', message: 'invalidIcsFile' }]);
  }
  return comps;
}

function uidOf(comp: Component): string | null {
  const uid = textOf(comp, 'uid').trim();
  return uid === '' ? null : uid;
}

/** Adds the occurrence an override replaces (its RECURRENCE-ID) to the series' exdates. */
function excludeOriginal(comp: Component, master: ImportedEvent, ctx: Context): void {
  const prop = comp.getFirstProperty('recurrence-id');
  if (!prop || master.rrule === null) return;
  const value = readTimeValue(jcalValues(prop)[0], tzidOf(prop), ctx.zones);
  if (typeof value === 'string') return;
  const wall = wallIn(value, master.timeZone);
  const exdate = formatWall(wall, master.allDay || value.kind === 'date');
  if (!master.exdates.includes(exdate)) master.exdates.push(exdate);
}

type ReadResult = { event: ImportedEvent } | { problem: SkipReason };

function readTime(comp: Component, name: string, ctx: Context): TimeValue | SkipReason | null {
  const prop = comp.getFirstProperty(name);
  if (!prop) return null;
  return readTimeValue(jcalValues(prop)[0], tzidOf(prop), ctx.zones);
}

/** One VEVENT in our model (id still to be given); `master` lends its title to a bare override. */
function readEvent(comp: Component, ctx: Context, master?: ImportedEvent): ReadResult {
  const start = readTime(comp, 'dtstart', ctx);
  if (start === null) return { problem: 'missingStart' };
  if (typeof start === 'string') return { problem: start };
  const end = readTime(comp, 'dtend', ctx);
  if (typeof end === 'string') return { problem: end };
  const allDay = start.kind === 'date';
  const zone = eventZone(comp, start, ctx);
  const span = readSpan(comp, allDay, start, end, zone);
  if (span === null) return { problem: 'invalid' };

  const recurrence = rruleOf(comp);
  if ('problem' in recurrence) return { problem: recurrence.problem };
  const exdates = recurrence.rrule === null ? [] : readExdates(comp, allDay, zone, ctx);
  if (typeof exdates === 'string') return { problem: exdates };

  const internal = namesOf(comp.getFirstProperty('x-pressdesk-participants-internal'));
  const external = namesOf(comp.getFirstProperty('x-pressdesk-participants-external'));
  const description = textOf(comp, 'description');
  const ours =
    comp.hasProperty('x-pressdesk-participants-internal') ||
    comp.hasProperty('x-pressdesk-participants-external');
  const title = textOf(comp, 'summary').trim();
  return {
    event: {
      id: '',
      calendarId: ctx.options.calendarId,
      type: typeOf(comp),
      title: title === '' && master ? master.title : title,
      allDay,
      start: span.start,
      end: span.end,
      timeZone: zone,
      rrule: recurrence.rrule,
      exdates,
      status: statusOf(comp),
      private: isPrivate(comp),
      location: textOf(comp, 'location'),
      participantsInternal: internal,
      participantsExternal: external,
      notes: ours ? stripParticipantsTail(description) : description,
      reminders: remindersOf(comp),
    },
  };
}

/** An office zone named by DTSTART's TZID, or (all-day events) by our X-PRESSDESK-TIMEZONE. */
function eventZone(comp: Component, start: TimeValue, ctx: Context): CalendarTimeZone {
  if (start.kind === 'wall' && start.zone !== null) return start.zone;
  if (start.kind === 'date') {
    const own = officeZoneOf(textOf(comp, 'x-pressdesk-timezone'));
    if (own) return own;
  }
  return ctx.options.defaultTimeZone;
}

/**
 * Start and end as we store them. Without DTEND: DURATION (its days are calendar days, its hours
 * exact, RFC 5545 §3.3.6), else one day for all-day and one hour for timed events. A zero-length
 * event (DTEND = DTSTART, common for Outlook "reminder" appointments) gets the same default length,
 * since our events must end after they start.
 */
function readSpan(
  comp: Component,
  allDay: boolean,
  start: TimeValue,
  end: TimeValue | null,
  zone: CalendarTimeZone,
): { start: string; end: string } | null {
  const duration = comp.getFirstPropertyValue('duration');
  const dur = duration instanceof ICAL.Duration && !duration.isNegative ? duration : null;
  if (allDay) {
    if (start.kind !== 'date' || (end !== null && end.kind !== 'date')) return null;
    const days = dur ? Math.ceil(dur.toSeconds() / 86_400) : 1;
    let endWall = end?.wall ?? start.wall + Math.max(days, 1) * DAY_MS;
    if (endWall === start.wall) endWall += DAY_MS;
    return { start: formatWall(start.wall, true), end: formatWall(endWall, true) };
  }
  if (end !== null && end.kind === 'date') return null;
  const startMs = instantIn(start, zone);
  let endMs: number;
  if (end !== null) endMs = instantIn(end, zone);
  else if (dur) {
    const days = dur.weeks * 7 + dur.days;
    const exact = ((dur.hours * 60 + dur.minutes) * 60 + dur.seconds) * 1000;
    endMs = instantOfWall(wallIn(start, zone) + days * DAY_MS, zone) + exact;
  } else endMs = startMs + HOUR_MS;
  if (endMs === startMs) endMs += HOUR_MS;
  return { start: formatLocalIso(startMs, zone), end: formatLocalIso(endMs, zone) };
}

/** EXDATEs as local start strings in the event's zone: dates stay dates (a whole day cancelled). */
function readExdates(
  comp: Component,
  allDay: boolean,
  zone: CalendarTimeZone,
  ctx: Context,
): string[] | SkipReason {
  const out: string[] = [];
  for (const prop of comp.getAllProperties('exdate')) {
    for (const raw of jcalValues(prop)) {
      const value = readTimeValue(raw, tzidOf(prop), ctx.zones);
      if (typeof value === 'string') return value;
      const local = formatWall(wallIn(value, zone), allDay || value.kind === 'date');
      if (!out.includes(local)) out.push(local);
    }
  }
  return out;
}

/** The event as our schemas accept it (trimmed, checked), or null. */
function validate(event: ImportedEvent): ImportedEvent | null {
  const core = CalendarEventSchema.safeParse(event);
  const details = EventDetailsObject.safeParse(event);
  if (!core.success || !details.success) return null;
  return { ...core.data, ...details.data };
}
