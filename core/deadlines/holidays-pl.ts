/**
 * Polish statutory days off: ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1
 * (t.j. Dz.U. 2025 poz. 296). Every Sunday is a day off too (art. 1 pkt 1); Sundays are handled by
 * the calendar, the entries below are the named holidays.
 *
 * Data coverage starts 2002-01-01 (PL_COVERAGE_FROM; UDIP, the earliest rule, entered into force
 * then). Entries in force before that carry validFrom = PL_COVERAGE_FROM; their earlier history is
 * not modelled.
 */
import { westernEaster } from './easter';
import { addDays, formatDate, parseDateParts } from './local-date';
import type { HolidayDef } from './types';

export const PL_COVERAGE_FROM = '2002-01-01';
export const PL_COVERAGE_TO = '2099-12-31';

const ACT = 'Ustawa o dniach wolnych od pracy (18.01.1951), t.j. Dz.U. 2025 poz. 296';
const BEFORE = `In force before ${PL_COVERAGE_FROM}; earlier history not modelled.`;

function entry(
  key: string,
  date: HolidayDef['date'],
  names: HolidayDef['names'],
  article: string,
  extra: Partial<Pick<HolidayDef, 'validFrom' | 'validTo' | 'confidence' | 'notes' | 'source'>> = {},
): HolidayDef {
  return {
    key,
    jurisdiction: 'PL',
    names,
    date,
    source: extra.source ?? { act: ACT, article },
    validFrom: extra.validFrom ?? PL_COVERAGE_FROM,
    validTo: extra.validTo ?? null,
    confidence: extra.confidence ?? 'H',
    notes: extra.notes ?? [BEFORE],
  };
}

const fixed = (month: number, day: number): HolidayDef['date'] => ({ kind: 'fixed', month, day });
const easter = (offset: number): HolidayDef['date'] => ({ kind: 'easter', offset });

export const PL_HOLIDAYS: readonly HolidayDef[] = [
  entry(
    'pl-new-year',
    fixed(1, 1),
    { pl: 'Nowy Rok', uk: 'Новий рік', en: "New Year's Day" },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-epiphany',
    fixed(1, 6),
    { pl: 'Święto Trzech Króli', uk: 'Богоявлення (Три королі)', en: 'Epiphany' },
    'art. 1 pkt 2',
    {
      validFrom: '2011-01-01',
      source: {
        act: ACT,
        article: 'art. 1 pkt 2 (6 Jan restored by the act of 24.09.2010, Dz.U. 2010 nr 224 poz. 1459)',
      },
      confidence: 'M',
      notes: [
        'Restored as a day off from 2011 (first free 6 Jan: 2011-01-06); any validFrom between 2010-01-07 and 2011-01-06 is equivalent.',
        'M: the amending act reference is from memory, not from the domain reference.',
      ],
    },
  ),
  entry(
    'pl-easter-sunday',
    easter(0),
    { pl: 'Wielkanoc', uk: 'Великдень', en: 'Easter Sunday' },
    'art. 1 pkt 2',
    {
      notes: [BEFORE, 'Western (Gregorian) computus; always a Sunday.'],
    },
  ),
  entry(
    'pl-easter-monday',
    easter(1),
    { pl: 'Poniedziałek Wielkanocny', uk: 'Великодній понеділок', en: 'Easter Monday' },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-labour-day',
    fixed(5, 1),
    { pl: 'Święto Państwowe', uk: 'Державне свято (1 травня)', en: 'Labour Day' },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-constitution-day',
    fixed(5, 3),
    { pl: 'Święto Narodowe Trzeciego Maja', uk: 'День Конституції 3 травня', en: 'Constitution Day (3 May)' },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-pentecost',
    easter(49),
    { pl: 'Zielone Świątki', uk: 'Зелені свята (Пʼятидесятниця)', en: 'Pentecost Sunday' },
    'art. 1 pkt 2',
    {
      notes: [BEFORE, 'Easter + 49; always a Sunday.'],
    },
  ),
  entry(
    'pl-corpus-christi',
    easter(60),
    { pl: 'Boże Ciało', uk: 'Свято Тіла і Крові Христових', en: 'Corpus Christi' },
    'art. 1 pkt 2',
    {
      notes: [BEFORE, 'Easter + 60; always a Thursday.'],
    },
  ),
  entry(
    'pl-assumption',
    fixed(8, 15),
    {
      pl: 'Wniebowzięcie Najświętszej Maryi Panny',
      uk: 'Успіння Пресвятої Діви Марії',
      en: 'Assumption of Mary',
    },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-all-saints',
    fixed(11, 1),
    { pl: 'Wszystkich Świętych', uk: 'День усіх святих', en: "All Saints' Day" },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-independence-day',
    fixed(11, 11),
    { pl: 'Narodowe Święto Niepodległości', uk: 'Національне свято незалежності', en: 'Independence Day' },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-christmas-eve',
    fixed(12, 24),
    { pl: 'Wigilia Bożego Narodzenia', uk: 'Святвечір', en: 'Christmas Eve' },
    'art. 1 pkt 2',
    {
      validFrom: '2025-02-01',
      source: {
        act: ACT,
        article: 'art. 1 pkt 2 (24 Dec added by the act of 6.12.2024, in force 1.02.2025)',
      },
      notes: ['Only from 2025-02-01: 24.12.2024 was a working day, 24.12.2025 the first statutory day off.'],
    },
  ),
  entry(
    'pl-christmas-day',
    fixed(12, 25),
    { pl: 'Boże Narodzenie (pierwszy dzień)', uk: 'Різдво Христове (перший день)', en: 'Christmas Day' },
    'art. 1 pkt 2',
  ),
  entry(
    'pl-christmas-second-day',
    fixed(12, 26),
    {
      pl: 'Boże Narodzenie (drugi dzień)',
      uk: 'Різдво Христове (другий день)',
      en: 'Second Day of Christmas',
    },
    'art. 1 pkt 2',
  ),
];

/** The Gregorian date of a PL holiday in a given year. */
export function plHolidayDate(def: HolidayDef, year: number): string {
  if (def.date.kind === 'fixed') return formatDate(year, def.date.month, def.date.day);
  return addDays(westernEaster(year), def.date.offset);
}

const cache = new Map<number, Map<string, HolidayDef>>();

/** Holidays in force in a year, keyed by date. */
export function plHolidaysOfYear(year: number): Map<string, HolidayDef> {
  let map = cache.get(year);
  if (!map) {
    map = new Map();
    for (const def of PL_HOLIDAYS) {
      const date = plHolidayDate(def, year);
      if (date < def.validFrom || (def.validTo !== null && date > def.validTo)) continue;
      map.set(date, def);
    }
    cache.set(year, map);
  }
  return map;
}

/** The PL holiday falling on `date` (in force on that date), or null. */
export function plHolidayOn(date: string): HolidayDef | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  return plHolidaysOfYear(parts.year).get(date) ?? null;
}
