/**
 * Reading the non-time properties of an imported VEVENT into our fields: text, type, status, privacy,
 * participants, reminders and the recurrence rule. Each helper is lenient in what it accepts from other
 * programs and returns only values our schemas accept, or says why not.
 */
import ICAL from 'ical.js';
import { isValidRrule } from '../rrule-text';
import { EVENT_TYPES } from '../types';
import type { EventStatus, EventType } from '../types';
import { jcalValues } from './read-time';
import { splitTextList, unescapeText } from './text';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** A TEXT property as a string ('' when absent), line breaks normalised to \n. */
export function textOf(comp: Component, name: string): string {
  const prop = comp.getFirstProperty(name);
  if (!prop) return '';
  const value =
    prop.type === 'unknown' ? unescapeText(String(jcalValues(prop)[0] ?? '')) : prop.getFirstValue();
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
}

/**
 * Our X-PRESSDESK-PARTICIPANTS-* list. ical.js keeps X- properties raw (escapes and all), so the list
 * is split on unescaped commas here; a property some program re-typed as TEXT is taken as one value.
 */
export function namesOf(prop: Property | null): string[] {
  if (!prop) return [];
  const raw = jcalValues(prop).map(String);
  const values = prop.type === 'unknown' ? raw.flatMap(splitTextList) : raw;
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

const isEventType = (v: string): v is EventType => (EVENT_TYPES as readonly string[]).includes(v);

/** X-PRESSDESK-TYPE when it is one of ours, else the first CATEGORIES value that is, else 'other'. */
export function typeOf(comp: Component): EventType {
  const own = textOf(comp, 'x-pressdesk-type').trim().toLowerCase();
  if (isEventType(own)) return own;
  for (const prop of comp.getAllProperties('categories')) {
    for (const value of prop.getValues()) {
      const v = String(value).trim().toLowerCase();
      if (isEventType(v)) return v;
    }
  }
  return 'other';
}

/**
 * STATUS of the event. Without one (Outlook often writes none), the event is taken as confirmed: it
 * is in someone's calendar as a plain busy appointment, not as a pencilled-in one.
 */
export function statusOf(comp: Component): EventStatus {
  switch (textOf(comp, 'status').trim().toUpperCase()) {
    case 'TENTATIVE':
      return 'planned';
    case 'CANCELLED':
      return 'cancelled';
    default:
      return 'confirmed';
  }
}

export function isPrivate(comp: Component): boolean {
  const cls = textOf(comp, 'class').trim().toUpperCase();
  return cls === 'PRIVATE' || cls === 'CONFIDENTIAL';
}

const MAX_REMINDERS = 5;
const MAX_REMINDER_MINUTES = 10_080;

/**
 * VALARM triggers as minutes before the start. Only what our reminders can express: a duration
 * relative to the START that is not after it (-PT15M, or PT0S "at the start"). Absolute triggers,
 * triggers relative to the END, and anything beyond a week are left out, as are duplicates.
 */
export function remindersOf(comp: Component): number[] {
  const minutes: number[] = [];
  for (const alarm of comp.getAllSubcomponents('valarm')) {
    const trigger = alarm.getFirstProperty('trigger');
    if (!trigger || trigger.type !== 'duration') continue;
    const related = trigger.getParameter('related');
    if (typeof related === 'string' && related.toUpperCase() === 'END') continue;
    const value = trigger.getFirstValue();
    if (!(value instanceof ICAL.Duration)) continue;
    const seconds = value.toSeconds();
    if (seconds > 0) continue;
    const m = Math.round(Math.abs(seconds) / 60); // abs: PT0S must give 0, not -0
    if (m <= MAX_REMINDER_MINUTES && !minutes.includes(m)) minutes.push(m);
  }
  return minutes.slice(0, MAX_REMINDERS);
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** One RRULE part back in iCalendar form from ical.js's jCal object (which keeps the written order). */
function recurPart(key: string, value: unknown): string {
  const name = key.toUpperCase();
  if (Array.isArray(value)) return `${name}=${value.map((v) => recurValue(name, v)).join(',')}`;
  return `${name}=${recurValue(name, value)}`;
}

function recurValue(name: string, value: unknown): string {
  if (name === 'UNTIL') return String(value).replace(/[-:]/g, '');
  if (name === 'WKST' && typeof value === 'number') return WEEKDAYS[value - 1] ?? String(value);
  return String(value);
}

export type RruleResult = { rrule: string | null } | { problem: 'unsupportedRecurrence' };

/**
 * The event's recurrence as RRULE text, keeping the rule as written (part order, INTERVAL=1, WKST)
 * rather than ical.js's normalised form, so a round trip of our own export returns the stored text.
 * Rejected: more than one RRULE, RDATE (extra dates we cannot store), FREQ finer than DAILY, and any
 * rule our strict reader (rrule-text.ts) does not accept. The event is then skipped, not imported
 * as a single occurrence that would look complete.
 */
export function rruleOf(comp: Component): RruleResult {
  const rules = comp.getAllProperties('rrule');
  if (rules.length === 0)
    return comp.hasProperty('rdate') ? { problem: 'unsupportedRecurrence' } : { rrule: null };
  if (rules.length > 1 || comp.hasProperty('rdate')) return { problem: 'unsupportedRecurrence' };
  const [value] = jcalValues(rules[0] as Property);
  if (typeof value !== 'object' || value === null) return { problem: 'unsupportedRecurrence' };
  const text = Object.entries(value)
    .map(([k, v]) => recurPart(k, v))
    .join(';');
  return isValidRrule(text) ? { rrule: text } : { problem: 'unsupportedRecurrence' };
}
