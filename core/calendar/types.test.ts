import { describe, expect, it } from 'vitest';
import { CalendarEventSchema } from './types';
import { isValidRrule } from './rrule-text';

const base = {
  id: 'e1',
  calendarId: 'mayor',
  type: 'council_session',
  title: 'Sesja Rady Miasta',
  allDay: false,
  start: '2026-03-02T09:00:00+01:00',
  end: '2026-03-02T13:00:00+01:00',
  timeZone: 'Europe/Warsaw',
  rrule: null,
  exdates: [],
  status: 'confirmed',
  private: false,
};

function issues(input: unknown): Array<[string, string]> {
  const r = CalendarEventSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('CalendarEventSchema', () => {
  it.each([
    ['valid timed event', {}, []],
    ['valid all-day event', { allDay: true, start: '2026-05-03', end: '2026-05-04' }, []],
    [
      'valid recurrence with exdates',
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-03-09T09:00', '2026-03-16'] },
      [],
    ],
    ['empty title', { title: '  ' }, [['title', 'required']]],
    ['unknown type', { type: 'party' }, [['type', 'invalidChoice']]],
    ['unknown zone', { timeZone: 'Europe/Berlin' }, [['timeZone', 'invalidChoice']]],
    ['unknown status', { status: 'done' }, [['status', 'invalidChoice']]],
    ['zone-less start', { start: '2026-03-02T09:00:00' }, [['start', 'invalidDateTime']]],
    [
      'timed event with dates',
      { start: '2026-03-02', end: '2026-03-03' },
      [
        ['start', 'invalidDateTime'],
        ['end', 'invalidDateTime'],
      ],
    ],
    [
      'all-day with instants',
      { allDay: true },
      [
        ['start', 'invalidDate'],
        ['end', 'invalidDate'],
      ],
    ],
    ['end before start', { end: '2026-03-02T08:00:00+01:00' }, [['end', 'endBeforeStart']]],
    ['zero length', { end: '2026-03-02T09:00:00+01:00' }, [['end', 'endBeforeStart']]],
    [
      'all-day end not exclusive',
      { allDay: true, start: '2026-05-03', end: '2026-05-03' },
      [['end', 'endBeforeStart']],
    ],
    ['invalid rrule', { rrule: 'FREQ=FOO' }, [['rrule', 'invalidRrule']]],
    ['bad exdate', { exdates: ['2026-02-30'] }, [['exdates.0', 'invalidDateTime']]],
  ])('%s', (_name, patch, expected) => {
    expect(issues({ ...base, ...patch })).toEqual(expected);
  });
});

describe('isValidRrule', () => {
  it.each([
    ['FREQ=WEEKLY', true],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', true],
    ['FREQ=MONTHLY;BYDAY=-1FR', true],
    ['FREQ=MONTHLY;BYMONTHDAY=31', true],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', true],
    ['FREQ=DAILY;UNTIL=20261231T225959Z', true],
    ['FREQ=DAILY;UNTIL=20261231', true],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', true],
    ['freq=weekly;count=3', true],
    ['', false],
    ['FREQ=FOO', false],
    ['FREQ=HOURLY', false],
    ['FREQ=DAILY;BYHOUR=9', false],
    ['FREQ=DAILY;INTERVAL=0', false],
    ['FREQ=DAILY;COUNT=-1', false],
    ['FREQ=DAILY;COUNT=2;UNTIL=20261231', false],
    ['FREQ=DAILY;COUNT=2;COUNT=3', false],
    ['FREQ=WEEKLY;BYDAY=XX', false],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', false],
    ['FREQ=DAILY;UNTIL=20260230', false],
    ['RRULE:FREQ=DAILY', false],
    ['DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY', false],
    ['INTERVAL=2', false],
    ['garbage', false],
  ])('%s → %s', (rule, ok) => {
    expect(isValidRrule(rule)).toBe(ok);
  });
});
