import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { draftOfForm, formOfRecord, issuesByField, newEventForm, withAllDay, withStart } from './event-form';
import { eventRecord } from './test-data';

describe('event form ⇄ contract', () => {
  it('shows a timed event in the office zone and sends the same instants back', () => {
    const record = eventRecord({ rrule: 'FREQ=WEEKLY;BYDAY=MO', exdates: ['2026-11-30T09:00:00'] });
    const form = formOfRecord(record, 'Europe/Warsaw');
    expect(form).toMatchObject({ start: '2026-11-23T09:00', end: '2026-11-23T10:00', reminders: [15] });
    expect(form.participantsInternal).toBe('Anna Nowak');
    expect(form.recurrence).toMatchObject({ freq: 'WEEKLY', byDay: ['MO'] });
    const draft = draftOfForm(form, { timeZone: 'Europe/Warsaw', exdates: record.exdates }, 'Europe/Warsaw');
    expect(draft).toMatchObject({
      start: '2026-11-23T08:00:00.000Z',
      end: '2026-11-23T09:00:00.000Z',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      exdates: ['2026-11-30T09:00:00'],
      participantsInternal: ['Anna Nowak'],
    });
  });

  it('shows the last day of an all-day event and sends the exclusive end', () => {
    const record = eventRecord({ allDay: true, start: '2026-11-24', end: '2026-11-26' });
    const form = formOfRecord(record, 'Europe/Warsaw');
    expect([form.start, form.end]).toEqual(['2026-11-24', '2026-11-25']);
    const draft = draftOfForm(form, { timeZone: 'Europe/Warsaw', exdates: [] }, 'Europe/Warsaw');
    expect([draft.start, draft.end]).toEqual(['2026-11-24', '2026-11-26']);
  });

  it('keeps a Kyiv event’s own zone while showing it on a Warsaw office’s clock', () => {
    const record = eventRecord({ timeZone: 'Europe/Kyiv' });
    const form = formOfRecord(record, 'Europe/Warsaw');
    expect(form.start).toBe('2026-11-23T09:00');
    const draft = draftOfForm(form, { timeZone: record.timeZone, exdates: [] }, 'Europe/Warsaw');
    expect(draft.timeZone).toBe('Europe/Kyiv');
    expect(draft.start).toBe(record.start);
  });

  it('sends one participant per non-empty line and the reminders in order', () => {
    const form = {
      ...newEventForm('press', { start: '2026-11-23T09:00', end: '2026-11-23T10:00', allDay: false }),
      title: 'Briefing',
      participantsExternal: ' TVP \n\n  Radio Kraków ',
      reminders: [1440, 15],
    };
    const draft = draftOfForm(form, { timeZone: 'Europe/Warsaw', exdates: [] }, 'Europe/Warsaw');
    expect(draft.participantsExternal).toEqual(['TVP', 'Radio Kraków']);
    expect(draft.reminders).toEqual([15, 1440]);
    expect(draft.rrule).toBeNull();
  });

  it('sends an empty time when the input is not a date and time, so the contract flags it', () => {
    const form = newEventForm('mayor', { start: '', end: '2026-11-23T10:00', allDay: false });
    expect(draftOfForm(form, { timeZone: 'Europe/Warsaw', exdates: [] }, 'Europe/Warsaw').start).toBe('');
  });
});

describe('editing the times', () => {
  const timed = newEventForm('mayor', { start: '2026-11-23T09:00', end: '2026-11-23T10:30', allDay: false });

  it('keeps the duration when the start moves', () => {
    expect(withStart(timed, '2026-11-24T14:00').end).toBe('2026-11-24T15:30');
    const days = newEventForm('mayor', { start: '2026-11-23', end: '2026-11-25', allDay: true });
    expect(withStart(days, '2026-11-30').end).toBe('2026-12-02');
  });

  it('switches between all-day and timed keeping the days', () => {
    const allDay = withAllDay(timed, true);
    expect([allDay.start, allDay.end]).toEqual(['2026-11-23', '2026-11-23']);
    const back = withAllDay(allDay, false);
    expect([back.start, back.end]).toEqual(['2026-11-23T09:00', '2026-11-23T10:00']);
  });

  it('puts a message about one line of a list on the list’s field', () => {
    const error = new AppError('VALIDATION', {}, [
      { path: 'participantsExternal.2', message: 'tooLong' },
      { path: 'title', message: 'required' },
    ]);
    expect(issuesByField(error)?.issues.map((i) => i.path)).toEqual(['participantsExternal', 'title']);
    expect(issuesByField(null)).toBeNull();
  });
});
