/**
 * The "Repeat" part of the event form and its RRULE text (RFC 5545, without DTSTART: the start of the
 * event is the series' start). The form covers what a secretariat sets by hand; any other rule (an
 * imported BYSETPOS, a monthly "last Friday"…) is kept verbatim as `custom` so that editing the title
 * of an imported series never rewrites its repetition.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface RecurrenceForm {
  freq: 'none' | Frequency | 'custom';
  /** Every n-th day/week/month/year. */
  interval: number;
  /** WEEKLY only; empty = the weekday of the start. */
  byDay: Weekday[];
  ends: 'never' | 'until' | 'count';
  /** Last day of the series ('YYYY-MM-DD'), inclusive. */
  until: string;
  count: number;
  /** The rule as stored, for `custom`. */
  raw: string;
}

export const NO_RECURRENCE: RecurrenceForm = {
  freq: 'none',
  interval: 1,
  byDay: [],
  ends: 'never',
  until: '',
  count: 10,
  raw: '',
};

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UNTIL_DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The RRULE for the form, or null for "does not repeat". Incomplete input (no last date, 0 times)
 * still yields a rule, an invalid one: the contract then flags the field instead of the form
 * silently saving a series that never ends.
 */
export function rruleOfForm(form: RecurrenceForm): string | null {
  if (form.freq === 'none') return null;
  if (form.freq === 'custom') return form.raw;
  const parts = [`FREQ=${form.freq}`];
  if (form.interval !== 1) parts.push(`INTERVAL=${form.interval}`);
  if (form.freq === 'WEEKLY' && form.byDay.length > 0) {
    parts.push(`BYDAY=${WEEKDAYS.filter((d) => form.byDay.includes(d)).join(',')}`);
  }
  if (form.ends === 'until') parts.push(`UNTIL=${form.until.replaceAll('-', '')}`);
  if (form.ends === 'count') parts.push(`COUNT=${form.count}`);
  return parts.join(';');
}

/** The form for a stored rule; rules the form cannot show faithfully become `custom`. */
export function formOfRrule(rule: string | null): RecurrenceForm {
  if (rule === null || rule.trim() === '') return NO_RECURRENCE;
  const custom: RecurrenceForm = { ...NO_RECURRENCE, freq: 'custom', raw: rule };
  const fields = new Map<string, string>();
  for (const part of rule.trim().split(';')) {
    const [key, value, ...more] = part.split('=');
    if (!key || value === undefined || more.length || fields.has(key.toUpperCase())) return custom;
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = fields.get('FREQ');
  if (!(FREQUENCIES as readonly string[]).includes(freq ?? '')) return custom;
  const form: RecurrenceForm = { ...NO_RECURRENCE, freq: freq as Frequency };
  for (const [key, value] of fields) {
    if (key === 'FREQ') continue;
    else if (key === 'INTERVAL' && /^[1-9]\d{0,3}$/.test(value)) form.interval = Number(value);
    else if (key === 'COUNT' && /^[1-9]\d{0,3}$/.test(value)) {
      form.ends = 'count';
      form.count = Number(value);
    } else if (key === 'UNTIL' && UNTIL_DATE_RE.test(value)) {
      form.ends = 'until';
      form.until = value.replace(UNTIL_DATE_RE, '$1-$2-$3');
    } else if (key === 'BYDAY' && form.freq === 'WEEKLY' && isPlainWeekdays(value)) {
      form.byDay = value.split(',') as Weekday[];
    } else if (key === 'WKST' && value === 'MO')
      continue; // Monday is the default anyway
    else return custom;
  }
  // A form that would write the rule differently is not a faithful view of it.
  return rruleOfForm(form) === canonical(fields) ? form : custom;
}

function isPlainWeekdays(value: string): boolean {
  const days = value.split(',');
  return days.every((d) => (WEEKDAYS as readonly string[]).includes(d)) && new Set(days).size === days.length;
}

/** The stored rule with the keys in the order rruleOfForm writes them. */
function canonical(fields: Map<string, string>): string {
  const order = ['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT'];
  const byDay = fields.get('BYDAY');
  const sorted = new Map(fields);
  if (byDay) sorted.set('BYDAY', WEEKDAYS.filter((d) => byDay.split(',').includes(d)).join(','));
  if (sorted.get('INTERVAL') === '1') sorted.delete('INTERVAL');
  sorted.delete('WKST');
  return order
    .filter((k) => sorted.has(k))
    .map((k) => `${k}=${sorted.get(k)}`)
    .join(';');
}

/** The weekday code of a local day ('YYYY-MM-DD'), to preselect it for a weekly series. */
export function weekdayOf(day: string): Weekday | null {
  const m = DAY_RE.exec(day.slice(0, 10));
  if (!m) return null;
  const index = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return WEEKDAYS[(index + 6) % 7] ?? null;
}
