/**
 * Ukrainian holidays ("святкові і неробочі дні"): КЗпП ст. 73 (peacetime list, with its change
 * history), the peacetime weekend transfer of КЗпП ст. 67 ч. 3, and the martial-law suspension of
 * both (Law 2136-IX ст. 6 ч. 6, in force 2022-03-24).
 *
 * Data coverage starts 2017-01-01 (UA_COVERAGE_FROM) so that the 2211-VIII change of December 2017
 * is modelled. Entries in force before that carry validFrom = UA_COVERAGE_FROM.
 */
import { orthodoxEaster } from './easter';
import { addDays, dayOfWeek, formatDate, parseDateParts } from './local-date';
import type { Citation, HolidayDef } from './types';

export const UA_COVERAGE_FROM = '2017-01-01';
export const UA_COVERAGE_TO = '2099-12-31';

/** First day on which holidays are working days (Law 2136-IX, in force 24.03.2022). */
export const UA_MARTIAL_LAW_SUSPENSION_FROM = '2022-03-24';

export const UA_MARTIAL_LAW_CITATION: Citation = {
  act: 'Закон «Про організацію трудових відносин в умовах воєнного стану» № 2136-IX (15.03.2022)',
  article: 'ст. 6 ч. 6 (suspends КЗпП ст. 67 ч. 3–5 and ст. 73)',
};

export const UA_TRANSFER_CITATION: Citation = {
  act: 'Кодекс законів про працю України',
  article: 'ст. 67 ч. 3',
};

const KZPP = 'Кодекс законів про працю України';
const BEFORE = `In force before ${UA_COVERAGE_FROM}; earlier history not modelled.`;
const LAW_2023 =
  'Закон «Про внесення змін до статті 73 Кодексу законів про працю України» від 14.07.2023 (bill 9431, signed 28.07.2023)';
const LAW_2023_NOTE =
  'U: in-force date not confirmed; the reference assumes 2023-07-29 (day after publication). Only the holiday dates themselves are affected, and they are working days under martial law anyway.';

function entry(
  key: string,
  date: HolidayDef['date'],
  names: HolidayDef['names'],
  extra: Partial<Pick<HolidayDef, 'validFrom' | 'validTo' | 'confidence' | 'notes' | 'source'>> = {},
): HolidayDef {
  return {
    key,
    jurisdiction: 'UA',
    names,
    date,
    source: extra.source ?? { act: KZPP, article: 'ст. 73' },
    validFrom: extra.validFrom ?? UA_COVERAGE_FROM,
    validTo: extra.validTo ?? null,
    confidence: extra.confidence ?? 'H',
    notes: extra.notes ?? [BEFORE],
  };
}

const fixed = (month: number, day: number): HolidayDef['date'] => ({ kind: 'fixed', month, day });
const easter = (offset: number): HolidayDef['date'] => ({ kind: 'easter', offset });

export const UA_HOLIDAYS: readonly HolidayDef[] = [
  entry('ua-new-year', fixed(1, 1), { pl: 'Nowy Rok', uk: 'Новий рік', en: "New Year's Day" }),
  entry(
    'ua-christmas-jan-7',
    fixed(1, 7),
    { pl: 'Boże Narodzenie (7 stycznia)', uk: 'Різдво Христове (7 січня)', en: 'Christmas (7 January)' },
    {
      validTo: '2023-07-28',
      source: { act: KZPP, article: 'ст. 73 (until 28.07.2023; removed by the 2023 law, bill 9431)' },
      notes: [BEFORE, 'Removed by the 2023 law: only 25 Dec remains.', LAW_2023_NOTE],
    },
  ),
  entry('ua-womens-day', fixed(3, 8), {
    pl: 'Międzynarodowy Dzień Kobiet',
    uk: 'Міжнародний жіночий день',
    en: "International Women's Day",
  }),
  entry(
    'ua-easter',
    easter(0),
    { pl: 'Wielkanoc (prawosławna)', uk: 'Пасха (Великдень)', en: 'Easter (Orthodox)' },
    {
      confidence: 'M',
      notes: [
        BEFORE,
        '"один день (неділя)"; Orthodox (Julian) computus used in practice, the statute names none (M).',
      ],
    },
  ),
  entry('ua-labour-day', fixed(5, 1), { pl: 'Święto Pracy', uk: 'День праці', en: 'Labour Day' }),
  entry(
    'ua-labour-day-2',
    fixed(5, 2),
    {
      pl: 'Święto Pracy (2 maja)',
      uk: 'День міжнародної солідарності трудящих (2 травня)',
      en: 'Labour Day (2 May)',
    },
    {
      validTo: '2017-12-01',
      source: {
        act: KZPP,
        article: 'ст. 73 (until 01.12.2017; removed by Закон № 2211-VIII, in force 02.12.2017)',
      },
      notes: [BEFORE, 'Removed by 2211-VIII, published 01.12.2017, in force 02.12.2017.'],
    },
  ),
  entry(
    'ua-victory-day-9-may',
    fixed(5, 9),
    { pl: 'Dzień Zwycięstwa (9 maja)', uk: 'День перемоги (9 травня)', en: 'Victory Day (9 May)' },
    {
      validTo: '2023-06-14',
      source: { act: KZPP, article: 'ст. 73 (until 14.06.2023; replaced by 8 May, Закон № 3107-IX)' },
    },
  ),
  entry(
    'ua-remembrance-victory-day',
    fixed(5, 8),
    {
      pl: 'Dzień Pamięci i Zwycięstwa nad nazizmem',
      uk: 'День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років',
      en: 'Day of Remembrance and Victory over Nazism',
    },
    {
      validFrom: '2023-06-15',
      source: {
        act: KZPP,
        article: 'ст. 73 (as amended by Закон № 3107-IX від 29.05.2023, in force 15.06.2023)',
      },
      notes: ['Replaced 9 May.'],
    },
  ),
  entry(
    'ua-trinity',
    easter(49),
    { pl: 'Zielone Świątki (prawosławne)', uk: 'Трійця', en: 'Trinity (Orthodox Pentecost)' },
    {
      confidence: 'M',
      notes: [BEFORE, '"один день (неділя)"; Orthodox Easter + 49.'],
    },
  ),
  entry('ua-constitution-day', fixed(6, 28), {
    pl: 'Dzień Konstytucji',
    uk: 'День Конституції України',
    en: 'Constitution Day',
  }),
  entry(
    'ua-statehood-day-28-jul',
    fixed(7, 28),
    {
      pl: 'Dzień Państwowości Ukrainy (28 lipca)',
      uk: 'День Української Державності (28 липня)',
      en: 'Statehood Day (28 July)',
    },
    {
      validFrom: '2022-07-28',
      validTo: '2023-07-28',
      confidence: 'U',
      source: { act: KZPP, article: 'ст. 73 (as amended by the law from bill 5864, adopted 31.05.2022)' },
      notes: [
        'U: law number and in-force date not confirmed; introduced during martial law, so it was never an actual day off.',
        'Moved to 15 July by the 2023 law.',
      ],
    },
  ),
  entry(
    'ua-statehood-day',
    fixed(7, 15),
    { pl: 'Dzień Państwowości Ukrainy', uk: 'День Української Державності', en: 'Ukrainian Statehood Day' },
    {
      validFrom: '2023-07-29',
      source: { act: KZPP, article: `ст. 73 (as amended by ${LAW_2023})` },
      notes: ['Moved from 28 July.', LAW_2023_NOTE],
    },
  ),
  entry('ua-independence-day', fixed(8, 24), {
    pl: 'Dzień Niepodległości Ukrainy',
    uk: 'День Незалежності України',
    en: 'Independence Day',
  }),
  entry(
    'ua-defenders-day-14-oct',
    fixed(10, 14),
    {
      pl: 'Dzień Obrońców Ukrainy (14 października)',
      uk: 'День захисника України (14 жовтня)',
      en: 'Defenders Day (14 October)',
    },
    {
      validTo: '2023-07-28',
      source: { act: KZPP, article: 'ст. 73 (until 28.07.2023; moved to 1 October by the 2023 law)' },
      notes: [BEFORE, LAW_2023_NOTE],
    },
  ),
  entry(
    'ua-defenders-day',
    fixed(10, 1),
    {
      pl: 'Dzień Obrońców i Obrończyń Ukrainy',
      uk: 'День захисників і захисниць України',
      en: 'Defenders Day',
    },
    {
      validFrom: '2023-07-29',
      source: { act: KZPP, article: `ст. 73 (as amended by ${LAW_2023})` },
      notes: ['Moved from 14 October.', LAW_2023_NOTE],
    },
  ),
  entry(
    'ua-christmas',
    fixed(12, 25),
    { pl: 'Boże Narodzenie', uk: 'Різдво Христове', en: 'Christmas Day' },
    {
      validFrom: '2017-12-02',
      source: {
        act: KZPP,
        article: 'ст. 73 (as amended by Закон № 2211-VIII від 16.11.2017, in force 02.12.2017)',
      },
      notes: [
        'Added by 2211-VIII (25.12.2017 was the first one); the only Christmas holiday since the 2023 law.',
      ],
    },
  ),
];

export function uaHolidayDate(def: HolidayDef, year: number): string {
  if (def.date.kind === 'fixed') return formatDate(year, def.date.month, def.date.day);
  return addDays(orthodoxEaster(year), def.date.offset);
}

const yearCache = new Map<number, Map<string, HolidayDef>>();

/** Holidays in force in a year (whether or not suspended by martial law), keyed by date. */
export function uaHolidaysOfYear(year: number): Map<string, HolidayDef> {
  let map = yearCache.get(year);
  if (!map) {
    map = new Map();
    for (const def of UA_HOLIDAYS) {
      const date = uaHolidayDate(def, year);
      if (date < def.validFrom || (def.validTo !== null && date > def.validTo)) continue;
      map.set(date, def);
    }
    yearCache.set(year, map);
  }
  return map;
}

/** The UA holiday in force on `date` (ignoring martial law), or null. */
export function uaHolidayOn(date: string): HolidayDef | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  return uaHolidaysOfYear(parts.year).get(date) ?? null;
}

/**
 * True when `date` lies in the martial-law suspension of КЗпП ст. 73 and ст. 67 ч. 3
 * (from 2022-03-24 to `martialLawEnd` inclusive; null = still in force).
 */
export function isUaHolidaySuspended(date: string, martialLawEnd: string | null): boolean {
  return date >= UA_MARTIAL_LAW_SUSPENSION_FROM && (martialLawEnd === null || date <= martialLawEnd);
}

const transferCache = new Map<string, Map<string, HolidayDef>>();

/**
 * Peacetime transfers (КЗпП ст. 67 ч. 3): a holiday on Saturday or Sunday moves the day off to the
 * next day that is Mon–Fri, not itself a holiday and not already a transferred day. Neither the
 * holiday nor the transferred day may lie in the martial-law suspension.
 * Cabinet recommendations that swap working days are not law and are not modelled.
 */
export function uaTransfersOfYear(year: number, martialLawEnd: string | null): Map<string, HolidayDef> {
  const cacheKey = `${year}|${martialLawEnd ?? ''}`;
  let result = transferCache.get(cacheKey);
  if (result) return result;
  result = new Map();
  const used = new Map<string, HolidayDef>();
  const holidays = [...uaHolidaysOfYear(year - 1), ...uaHolidaysOfYear(year)].sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  const isActiveHoliday = (d: string): boolean =>
    uaHolidayOn(d) !== null && !isUaHolidaySuspended(d, martialLawEnd);
  for (const [date, def] of holidays) {
    const dow = dayOfWeek(date);
    if ((dow !== 0 && dow !== 6) || isUaHolidaySuspended(date, martialLawEnd)) continue;
    let t = addDays(date, 1);
    for (;;) {
      const tDow = dayOfWeek(t);
      if (tDow !== 0 && tDow !== 6 && !isActiveHoliday(t) && !used.has(t)) break;
      t = addDays(t, 1);
    }
    if (isUaHolidaySuspended(t, martialLawEnd)) continue;
    used.set(t, def);
  }
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const [date, def] of used) if (date.startsWith(prefix)) result.set(date, def);
  transferCache.set(cacheKey, result);
  return result;
}

/** The holiday whose day off was transferred to `date`, or null. */
export function uaTransferOn(date: string, martialLawEnd: string | null): HolidayDef | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  return uaTransfersOfYear(parts.year, martialLawEnd).get(date) ?? null;
}
