import { describe, expect, it } from 'vitest';
import {
  calendarColors,
  calendarName,
  conflictCount,
  deadlineInputOf,
  eventInputOf,
  metaOf,
  toEventInputs,
} from './calendar-items';
import { calendarItem, deadline } from './test-data';

const colors = { mayor: '#1f5fa8', press: '#a63d00' };
const labels = { busy: 'Busy', deadline: (d: { title: string }) => `Deadline: ${d.title}` };

describe('contract items as FullCalendar events', () => {
  it('gives a timed item as office wall time without offset, in its calendar’s colour', () => {
    const input = eventInputOf(calendarItem(), 'Europe/Warsaw', colors, labels);
    expect(input).toMatchObject({
      id: 'ev-1@2026-11-23T09:00:00',
      title: 'Budget meeting',
      start: '2026-11-23T09:00:00',
      end: '2026-11-23T10:00:00',
      allDay: false,
      editable: true,
      backgroundColor: '#1f5fa8',
    });
    // The same instant is 10:00 on a Kyiv office's wall.
    expect(eventInputOf(calendarItem(), 'Europe/Kyiv', colors, labels).start).toBe('2026-11-23T10:00:00');
  });

  it('keeps the local dates of an all-day item', () => {
    const item = calendarItem({ allDay: true, start: '2026-11-24', end: '2026-11-26', calendarId: 'press' });
    expect(eventInputOf(item, 'Europe/Warsaw', colors, labels)).toMatchObject({
      start: '2026-11-24',
      end: '2026-11-26',
      allDay: true,
      borderColor: '#a63d00',
    });
  });

  it('shows a private item of someone else as "Busy" that cannot be dragged', () => {
    const input = eventInputOf(calendarItem({ busy: true, title: '' }), 'Europe/Warsaw', colors, labels);
    expect(input.title).toBe('Busy');
    expect(input.editable).toBe(false);
    expect(input.classNames).toContain('is-busy');
  });

  it('marks conflicts and cancelled items with classes', () => {
    const conflicting = eventInputOf(calendarItem({ conflict: true }), 'Europe/Warsaw', colors, labels);
    expect(conflicting.classNames).toEqual(['cal-item', 'has-conflict']);
    const cancelled = eventInputOf(calendarItem({ status: 'cancelled' }), 'Europe/Warsaw', colors, labels);
    expect(cancelled.classNames).toEqual(['cal-item', 'is-cancelled']);
  });

  it('shows a deadline as a read-only all-day item of its day, overdue ones marked', () => {
    const input = deadlineInputOf(deadline({ overdue: true }), labels);
    expect(input).toMatchObject({
      id: 'deadline:inquiry:inq-1',
      title: 'Deadline: BP.1431.7.2026: Budget',
      allDay: true,
      start: '2026-11-24',
      end: '2026-11-25',
      editable: false,
    });
    expect(input.classNames).toContain('is-overdue');
    expect(metaOf(input.extendedProps as Record<string, unknown>)).toEqual({
      kind: 'deadline',
      deadline: deadline({ overdue: true }),
    });
  });

  it('maps items and deadlines together and carries the contract item along', () => {
    const inputs = toEventInputs(
      { items: [calendarItem()], deadlines: [deadline({ kind: 'decision', id: 'd-1' })] },
      'Europe/Warsaw',
      colors,
      labels,
    );
    expect(inputs.map((i) => i.id)).toEqual(['ev-1@2026-11-23T09:00:00', 'deadline:decision:d-1']);
    expect(metaOf(inputs[0]?.extendedProps as Record<string, unknown>)).toEqual({
      kind: 'event',
      item: calendarItem(),
    });
    expect(metaOf({})).toBeNull();
  });

  it('counts the items in conflict, not the cancelled ones', () => {
    const items = [
      calendarItem({ conflict: true }),
      calendarItem({ conflict: true, eventId: 'ev-2' }),
      calendarItem({ conflict: true, eventId: 'ev-3', status: 'cancelled' }),
      calendarItem({ eventId: 'ev-4' }),
    ];
    expect(conflictCount(items)).toBe(2);
  });

  it('gives every calendar a colour and a name, the kind’s while it has none', () => {
    const owners = [
      { id: 'mayor', name: '', kind: 'mayor' as const },
      { id: 'deputy', name: 'Jan Kowalski', kind: 'deputy' as const },
    ];
    const palette = calendarColors(owners);
    expect(Object.keys(palette)).toEqual(['mayor', 'deputy']);
    expect(palette.mayor).not.toBe(palette.deputy);
    const t = (key: string) => `<${key}>`;
    expect(owners.map((o) => calendarName(o, t))).toEqual(['<calendar.kind.mayor>', 'Jan Kowalski']);
  });
});
