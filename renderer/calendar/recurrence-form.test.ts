import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRrule } from '../../core/calendar/rrule-text';
import {
  FREQUENCIES,
  formOfRrule,
  NO_RECURRENCE,
  rruleOfForm,
  WEEKDAYS,
  weekdayOf,
  type RecurrenceForm,
} from './recurrence-form';

const form = (patch: Partial<RecurrenceForm>): RecurrenceForm => ({ ...NO_RECURRENCE, ...patch });

describe('repeat form → RRULE', () => {
  it('writes weekly on chosen days until a date, days in week order', () => {
    const weekly = form({ freq: 'WEEKLY', byDay: ['WE', 'MO'], ends: 'until', until: '2026-12-31' });
    expect(rruleOfForm(weekly)).toBe('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231');
  });

  it('writes the interval only when it is not 1, and a count', () => {
    expect(rruleOfForm(form({ freq: 'MONTHLY', interval: 2, ends: 'count', count: 6 }))).toBe(
      'FREQ=MONTHLY;INTERVAL=2;COUNT=6',
    );
    expect(rruleOfForm(form({ freq: 'DAILY' }))).toBe('FREQ=DAILY');
    expect(rruleOfForm(form({ freq: 'YEARLY', byDay: ['MO'] }))).toBe('FREQ=YEARLY');
  });

  it('writes nothing for "does not repeat" and the stored text for a custom rule', () => {
    expect(rruleOfForm(NO_RECURRENCE)).toBeNull();
    expect(rruleOfForm(form({ freq: 'custom', raw: 'FREQ=MONTHLY;BYDAY=-1FR' }))).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
  });

  it('produces a rule the services reject when the form is incomplete, instead of an endless series', () => {
    expect(isValidRrule(rruleOfForm(form({ freq: 'DAILY', ends: 'until', until: '' })) ?? '')).toBe(false);
    expect(isValidRrule(rruleOfForm(form({ freq: 'DAILY', ends: 'count', count: 0 })) ?? '')).toBe(false);
  });
});

describe('RRULE → repeat form', () => {
  it('reads what the form writes', () => {
    expect(formOfRrule('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231')).toEqual(
      form({ freq: 'WEEKLY', byDay: ['MO', 'WE'], ends: 'until', until: '2026-12-31' }),
    );
    expect(formOfRrule(null)).toEqual(NO_RECURRENCE);
  });

  it('reads equivalent spellings (lower case, INTERVAL=1, WKST=MO, days out of order)', () => {
    expect(formOfRrule('freq=weekly;interval=1;wkst=MO;byday=FR,TU')).toEqual(
      form({ freq: 'WEEKLY', byDay: ['FR', 'TU'] }),
    );
  });

  it.each([
    'FREQ=MONTHLY;BYDAY=-1FR', // last Friday
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=3',
    'FREQ=WEEKLY;UNTIL=20261231T225959Z', // an exact UNTIL from another calendar
    'FREQ=DAILY;COUNT=3;UNTIL=20261231',
    'FREQ=WEEKLY;WKST=SU;BYDAY=MO,WE',
    'FREQ=DAILY;BYDAY=MO',
    'FREQ=HOURLY',
  ])('keeps %s verbatim as a custom rule', (rule) => {
    const read = formOfRrule(rule);
    expect(read.freq).toBe('custom');
    expect(rruleOfForm(read)).toBe(rule);
  });

  it('round-trips every form it can show, and each rule passes the services’ strict reader', () => {
    const weekdays = fc.subarray([...WEEKDAYS], { minLength: 0 });
    const arbitraryForm = fc.record({
      freq: fc.constantFrom(...FREQUENCIES),
      interval: fc.integer({ min: 1, max: 99 }),
      byDay: weekdays,
      ends: fc.constantFrom('never' as const, 'until' as const, 'count' as const),
      until: fc
        .date({ min: new Date('2026-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      count: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(arbitraryForm, (generated) => {
        const rule = rruleOfForm({ ...NO_RECURRENCE, ...generated }) as string;
        expect(isValidRrule(rule), rule).toBe(true);
        const read = formOfRrule(rule);
        expect(read.freq).toBe(generated.freq);
        expect(rruleOfForm(read)).toBe(rule);
        expect(read.interval).toBe(generated.interval);
        if (generated.ends === 'until') expect(read.until).toBe(generated.until);
        if (generated.ends === 'count') expect(read.count).toBe(generated.count);
        if (generated.freq === 'WEEKLY') expect(new Set(read.byDay)).toEqual(new Set(generated.byDay));
      }),
    );
  });
});

it('names the weekday of a local day, Monday first', () => {
  expect(weekdayOf('2026-11-23')).toBe('MO');
  expect(weekdayOf('2026-11-29T10:00')).toBe('SU');
  expect(weekdayOf('')).toBeNull();
});
