import { formatWall, instantOfWall } from '../core/calendar/local-time';
import { expand } from '../core/calendar/recurrence';
import type { CalendarTimeZone, EventStatus, EventType } from '../core/calendar/types';
import { plHolidayOn } from '../core/deadlines/holidays-pl';
import type { NewCalendarEvent } from '../db/repositories/calendar-events';
import type { AppContext } from '../main/services/context';
import type { BulkSlice } from './generate';
import { timed } from './measure';
import type { Random } from './random';
import { BENCH_OFFICE, PL } from './vocabulary';

/**
 * Plans a mayor's office calendar (issue 4) over ten calendar years, 2017–2026, and writes it through
 * the repository's write path. Pure planning first (seeded, so every run plans the same calendar), then
 * `loadCalendar` inserts it with CalendarEventRepository.createInTransaction, many per transaction, so
 * change_log and the derived range columns are exactly what the app writes.
 *
 * Single events fall on Polish working days (no weekends, no statutory holidays), 08:00–18:00 in
 * Europe/Warsaw, 30–180 minutes; some are all-day (ceremonies, official trips of 1–3 days), about 2 %
 * private, about 4 % cancelled. Timed events store UTC instants (as the event form does), all-day
 * events local dates with an exclusive end. A few dozen recurring series (weekly briefings, office
 * hours, monthly council sessions, a yearly city day) run with UNTIL, with COUNT or open-ended; their
 * occurrences on holidays are skipped through EXDATE.
 */
export const CALENDAR_ZONE: CalendarTimeZone = 'Europe/Warsaw';
export const CALENDAR_FIRST_YEAR = 2017;
export const CALENDAR_YEARS = 10;

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface PlannedEvent {
  event: NewCalendarEvent;
  /** When it was keyed in: the write clock of the insert (a few days to weeks before it starts). */
  createdAtMs: number;
}

export interface CalendarPlanOptions {
  firstYear?: number;
  years?: number;
  /** Recurring series among `count`; by default a few dozen (one per 1 000 events, 3–36). */
  series?: number;
}

/** A Warsaw month or week as the calendar views ask for it: local midnights as instants. */
export interface CalendarRange {
  label: string;
  fromMs: number;
  toMs: number;
  /** Local dates of the bounds ('YYYY-MM-DD'; `to` exclusive). */
  fromDate: string;
  toDate: string;
}

/** The instant of a local date's midnight in Warsaw. */
function midnight(year: number, month: number, day: number): number {
  return instantOfWall(Date.UTC(year, month, day), CALENDAR_ZONE);
}

export function monthRange(year: number, month: number): CalendarRange {
  const from = new Date(Date.UTC(year, month, 1));
  const to = new Date(Date.UTC(year, month + 1, 1));
  return {
    label: formatWall(from.getTime(), true).slice(0, 7),
    fromMs: midnight(year, month, 1),
    toMs: midnight(year, month + 1, 1),
    fromDate: formatWall(from.getTime(), true),
    toDate: formatWall(to.getTime(), true),
  };
}

/** The Monday-to-Monday week containing the given local date. */
export function weekRange(year: number, month: number, day: number): CalendarRange {
  const date = new Date(Date.UTC(year, month, day));
  const monday = date.getUTCDate() - ((date.getUTCDay() + 6) % 7);
  const from = Date.UTC(year, month, monday);
  const to = Date.UTC(year, month, monday + 7);
  return {
    label: `${formatWall(from, true)} – ${formatWall(to - DAY, true)}`,
    fromMs: midnight(year, month, monday),
    toMs: midnight(year, month, monday + 7),
    fromDate: formatWall(from, true),
    toDate: formatWall(to, true),
  };
}

/** Monday–Friday local dates (floating ms) that are not Polish statutory holidays. */
export function workingDays(firstYear: number, years: number): number[] {
  const days: number[] = [];
  for (let wall = Date.UTC(firstYear, 0, 1); wall < Date.UTC(firstYear + years, 0, 1); wall += DAY) {
    const weekday = new Date(wall).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (plHolidayOn(formatWall(wall, true))) continue;
    days.push(wall);
  }
  return days;
}

const ORGANISATIONS = [
  'prezesem MPK Łódź',
  'dyrektorem Zarządu Dróg i Transportu',
  'radnymi osiedla {district}',
  'przedstawicielami Łódzkiej Specjalnej Strefy Ekonomicznej',
  'rektorem Politechniki Łódzkiej',
  'konsulem generalnym Ukrainy',
  'delegacją Lwowskiej Rady Miejskiej',
  'zarządem ŁKS Łódź',
  'przedsiębiorcami z ulicy {street}',
  'dyrekcją Szkoły Podstawowej nr {n}',
  'Radą Seniorów Miasta Łodzi',
  'Młodzieżową Radą Miejską',
];
const VENUES = [
  'Gabinet Prezydenta, pok. 101',
  'Sala Obrad, ul. Piotrkowska 104',
  'Sala konferencyjna Urzędu Miasta Łodzi',
  'Urząd Miasta, sala 12',
  'Pałac Poznańskiego',
  'EC1 Łódź',
  'Teatr Wielki w Łodzi',
  'Manufaktura',
  'Rada Osiedla {district}',
];
const CITIES = ['Warszawy', 'Lwowa', 'Brukseli', 'Krakowa', 'Wrocławia', 'Kijowa', 'Szczecina', 'Gdańska'];
const CEREMONIES = [
  'Obchody rocznicy likwidacji Litzmannstadt Getto',
  'Święto Łodzi — uroczystości na ulicy Piotrkowskiej',
  'Uroczystość wręczenia Nagród Miasta Łodzi',
  'Obchody Narodowego Święta Niepodległości',
  'Gala Łódzkiej Nagrody Gospodarczej',
  'Festiwal Światła — otwarcie',
];
const COMMISSIONS = ['Budżetowej', 'Edukacji', 'Kultury', 'Ochrony Środowiska', 'Planowania Przestrzennego'];

const TITLES: Record<Exclude<EventType, 'ceremony' | 'official_trip'>, readonly string[]> = {
  meeting: [
    'Spotkanie z {organisation}',
    'Narada w sprawie: {subject}',
    'Rozmowa z {organisation}',
    'Przegląd inwestycji: {subject}',
  ],
  press_conference: ['Konferencja prasowa: {subject}', 'Briefing prasowy — {subject}'],
  residents_meeting: ['Spotkanie z mieszkańcami osiedla {district}', 'Dyżur dla mieszkańców — {district}'],
  council_session: ['Sesja Rady Miejskiej w Łodzi', 'Posiedzenie Komisji {commission} Rady Miejskiej'],
  representation: ['Otwarcie inwestycji: {subject}', 'Jubileusz — spotkanie z {organisation}'],
  other: ['Wywiad dla {outlet}', 'Praca nad dokumentami', 'Przegląd korespondencji'],
};

interface SeriesTemplate {
  calendarId: 'mayor' | 'press';
  type: EventType;
  title: string;
  /** Local 'HH:mm'; null for all-day. */
  at: string | null;
  minutes: number;
  rule: string;
  location: string;
}

const SERIES: readonly SeriesTemplate[] = [
  {
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Narada z zastępcami i naczelnikami wydziałów',
    at: '08:30',
    minutes: 60,
    rule: 'FREQ=WEEKLY;BYDAY=MO',
    location: 'Gabinet Prezydenta, pok. 101',
  },
  {
    calendarId: 'mayor',
    type: 'residents_meeting',
    title: 'Dyżur Prezydenta dla mieszkańców',
    at: '15:00',
    minutes: 120,
    rule: 'FREQ=WEEKLY;BYDAY=WE',
    location: 'Urząd Miasta, sala 12',
  },
  {
    calendarId: 'press',
    type: 'press_conference',
    title: 'Briefing prasowy rzecznika',
    at: '12:00',
    minutes: 30,
    rule: 'FREQ=WEEKLY;BYDAY=TH',
    location: 'Sala konferencyjna Urzędu Miasta Łodzi',
  },
  {
    calendarId: 'mayor',
    type: 'council_session',
    title: 'Sesja Rady Miejskiej w Łodzi',
    at: '10:00',
    minutes: 300,
    rule: 'FREQ=MONTHLY;BYDAY=3WE',
    location: 'Sala Obrad, ul. Piotrkowska 104',
  },
  {
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Kolegium Prezydenta Miasta',
    at: '13:00',
    minutes: 90,
    rule: 'FREQ=MONTHLY;BYDAY=1TU',
    location: 'Gabinet Prezydenta, pok. 101',
  },
  {
    calendarId: 'press',
    type: 'meeting',
    title: 'Planowanie tygodnia — Biuro Rzecznika',
    at: '09:30',
    minutes: 45,
    rule: 'FREQ=WEEKLY;BYDAY=MO',
    location: 'Biuro Rzecznika, pok. 16',
  },
  {
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Przegląd inwestycji miejskich z ZIM',
    at: '14:00',
    minutes: 60,
    rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    location: 'Zarząd Inwestycji Miejskich',
  },
  {
    calendarId: 'press',
    type: 'other',
    title: 'Miesięczne podsumowanie mediów',
    at: '11:00',
    minutes: 60,
    rule: 'FREQ=MONTHLY;BYDAY=-1FR',
    location: 'Biuro Rzecznika, pok. 16',
  },
  {
    calendarId: 'mayor',
    type: 'ceremony',
    title: 'Urodziny Łodzi',
    at: null,
    minutes: 0,
    rule: 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=27',
    location: 'ul. Piotrkowska',
  },
];

function fill(template: string, rng: Random): string {
  return template
    .replaceAll('{organisation}', () => fill(rng.pick(ORGANISATIONS), rng))
    .replaceAll('{subject}', () => {
      const subject = fill(rng.pick(PL.subjects), rng);
      return subject.charAt(0).toLowerCase() + subject.slice(1);
    })
    .replaceAll('{street}', () => rng.pick(PL.streets))
    .replaceAll('{district}', () => rng.pick(PL.districts))
    .replaceAll('{commission}', () => rng.pick(COMMISSIONS))
    .replaceAll('{outlet}', () => rng.pick(PL.outlets).name)
    .replaceAll('{year}', () => String(rng.int(2017, 2027)))
    .replaceAll('{n}', () => String(rng.int(1, 220)));
}

function people(rng: Random, max: number): string[] {
  const names = new Set<string>();
  for (let i = rng.int(0, max); i > 0; i--) names.add(rng.pick(BENCH_OFFICE.people).name);
  return [...names];
}

const isoOf = (ms: number) => new Date(ms).toISOString();

function singleEvent(dayWall: number, rng: Random): NewCalendarEvent {
  const calendarId = rng.chance(0.78) ? 'mayor' : 'press';
  const kind = rng.weighted({ timed: 94, ceremony: 3, trip: 3 });
  const status: EventStatus = rng.chance(0.04) ? 'cancelled' : rng.chance(0.7) ? 'confirmed' : 'planned';
  const base = {
    calendarId,
    timeZone: CALENDAR_ZONE,
    rrule: null,
    exdates: [],
    status,
    private: rng.chance(0.02),
    notes: rng.chance(0.1) ? 'Materiały w sekretariacie.' : '',
  };
  if (kind !== 'timed') {
    const days = kind === 'trip' ? rng.int(1, 3) : 1;
    return {
      ...base,
      type: kind === 'trip' ? 'official_trip' : 'ceremony',
      title: kind === 'trip' ? `Wyjazd służbowy do ${rng.pick(CITIES)}` : rng.pick(CEREMONIES),
      allDay: true,
      start: formatWall(dayWall, true),
      end: formatWall(dayWall + days * DAY, true),
      location: kind === 'trip' ? '' : fill(rng.pick(VENUES), rng),
      participantsInternal: people(rng, 2),
      participantsExternal: [],
      reminders: [],
    };
  }
  const type =
    calendarId === 'mayor'
      ? rng.weighted({
          meeting: 55,
          residents_meeting: 10,
          council_session: 5,
          press_conference: 8,
          representation: 10,
          other: 12,
        })
      : rng.weighted({ press_conference: 45, meeting: 35, other: 20 });
  const minutes = rng.int(2, 12) * 15;
  const startMinute = 8 * 60 + rng.int(0, (10 * 60 - minutes) / 15) * 15;
  const startMs = instantOfWall(dayWall + startMinute * MINUTE, CALENDAR_ZONE);
  return {
    ...base,
    type,
    title: fill(rng.pick(TITLES[type]), rng),
    allDay: false,
    start: isoOf(startMs),
    end: isoOf(startMs + minutes * MINUTE),
    location: fill(rng.pick(VENUES), rng),
    participantsInternal: people(rng, 3),
    participantsExternal:
      type === 'press_conference' ? [rng.pick(PL.outlets).name, rng.pick(PL.outlets).name] : [],
    reminders: rng.chance(0.6) ? [rng.pick([15, 30])] : [],
  };
}

/**
 * One series from a template: its first occurrence aligned to the rule, bounded by UNTIL (3–36
 * months), by COUNT, or open-ended; occurrences on PL holidays and a few others are excluded.
 */
function seriesEvent(
  template: SeriesTemplate,
  startWall: number,
  lastWall: number,
  rng: Random,
): NewCalendarEvent {
  const timedAt = (wall: number) => {
    const [h, m] = (template.at as string).split(':').map(Number) as [number, number];
    return instantOfWall(wall + (h * 60 + m) * MINUTE, CALENDAR_ZONE);
  };
  const draft: NewCalendarEvent = {
    calendarId: template.calendarId,
    type: template.type,
    title: template.title,
    allDay: template.at === null,
    start: template.at === null ? formatWall(startWall, true) : isoOf(timedAt(startWall)),
    end:
      template.at === null
        ? formatWall(startWall + DAY, true)
        : isoOf(timedAt(startWall) + template.minutes * MINUTE),
    timeZone: CALENDAR_ZONE,
    rrule: template.rule,
    exdates: [],
    status: 'confirmed',
    private: false,
    location: template.location,
    participantsInternal: people(rng, 3),
    participantsExternal: [],
    notes: '',
    reminders: template.at === null ? [] : [15],
  };
  // Align the start with the rule's first occurrence (RRULE does not count a DTSTART it does not match).
  const first = expand(
    { ...draft, id: 'planned' },
    instantOfWall(startWall, CALENDAR_ZONE),
    instantOfWall(startWall + 400 * DAY, CALENDAR_ZONE),
    {
      limit: 1,
    },
  ).occurrences[0];
  if (!first)
    throw new Error(`series ${template.rule} has no occurrence after ${formatWall(startWall, true)}`);
  const firstWall = Date.parse(`${first.localStart.slice(0, 10)}T00:00:00Z`);
  const aligned: NewCalendarEvent = {
    ...draft,
    start: template.at === null ? first.start : isoOf(timedAt(firstWall)),
    end: template.at === null ? first.end : isoOf(timedAt(firstWall) + template.minutes * MINUTE),
  };
  const bound = rng.weighted({ until: 60, count: 15, open: 25 });
  let rrule = template.rule;
  if (bound === 'until') {
    const untilWall = Math.min(lastWall, firstWall + rng.int(3, 36) * 30 * DAY);
    rrule += `;UNTIL=${formatWall(untilWall, true).replaceAll('-', '')}`;
  } else if (bound === 'count') {
    rrule += `;COUNT=${rng.int(6, 30)}`;
  }
  const occurrences = expand(
    { ...aligned, id: 'planned', rrule },
    instantOfWall(firstWall, CALENDAR_ZONE),
    instantOfWall(lastWall + DAY, CALENDAR_ZONE),
  ).occurrences;
  const exdates = occurrences
    .map((o) => o.localStart.slice(0, 10))
    .filter((date) => plHolidayOn(date) !== null || rng.chance(0.02));
  return { ...aligned, rrule, exdates };
}

/**
 * `count` events (singles and series) over `years` calendar years from `firstYear`, in the order they
 * were keyed in. Deterministic for a given `rng` seed.
 */
export function planCalendar(count: number, rng: Random, options: CalendarPlanOptions = {}): PlannedEvent[] {
  const firstYear = options.firstYear ?? CALENDAR_FIRST_YEAR;
  const years = options.years ?? CALENDAR_YEARS;
  const days = workingDays(firstYear, years);
  const lastWall = Date.UTC(firstYear + years, 0, 1) - DAY;
  const seriesCount = Math.min(count, options.series ?? Math.min(36, Math.max(3, Math.round(count / 1000))));
  const planned: PlannedEvent[] = [];
  for (let i = 0; i < seriesCount; i++) {
    const template = SERIES[i % SERIES.length] as SeriesTemplate;
    const startWall = rng.pick(days);
    const event = seriesEvent(template, startWall, lastWall, rng);
    planned.push({ event, createdAtMs: Date.parse(event.start) - rng.int(3, 14) * DAY });
  }
  for (let i = seriesCount; i < count; i++) {
    const event = singleEvent(rng.pick(days), rng);
    const startMs = event.allDay
      ? instantOfWall(Date.parse(`${event.start}T00:00:00Z`), CALENDAR_ZONE)
      : Date.parse(event.start);
    planned.push({ event, createdAtMs: startMs - rng.int(1, 30) * DAY - rng.int(0, 480) * MINUTE });
  }
  return planned.sort((a, b) => a.createdAtMs - b.createdAtMs);
}

export interface CalendarLoad {
  rows: number;
  ms: number;
  slices: BulkSlice[];
}

/**
 * Inserts planned events through CalendarEventRepository.createInTransaction, `batchSize` per
 * transaction (AgendaRepository.transaction, immediate), with the write clock at each event's
 * creation instant. Reports throughput per slice, like the register's bulk load.
 */
export function loadCalendar(
  ctx: AppContext,
  setNow: (ms: number) => void,
  plans: readonly PlannedEvent[],
  options: { batchSize: number; slices: number; onSlice?: (slice: BulkSlice) => void },
): CalendarLoad {
  const sliceSize = Math.max(options.batchSize, Math.ceil(plans.length / options.slices));
  const slices: BulkSlice[] = [];
  let sliceStart = 0;
  let sliceMs = 0;
  for (let from = 0; from < plans.length; from += options.batchSize) {
    const batch = plans.slice(from, from + options.batchSize);
    const { ms } = timed(() =>
      ctx.agenda.transaction(() => {
        for (const plan of batch) {
          setNow(plan.createdAtMs);
          ctx.calendar.createInTransaction(plan.event);
        }
      }),
    );
    sliceMs += ms;
    const done = from + batch.length;
    if (done - sliceStart >= sliceSize || done === plans.length) {
      const slice = { upTo: done, rows: done - sliceStart, ms: sliceMs };
      slices.push(slice);
      options.onSlice?.(slice);
      sliceStart = done;
      sliceMs = 0;
    }
  }
  return { rows: plans.length, ms: slices.reduce((sum, s) => sum + s.ms, 0), slices };
}
