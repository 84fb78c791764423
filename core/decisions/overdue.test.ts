import { describe, expect, it } from 'vitest';
import { applyProgress, compareForControl, overdueDays, viewStatus } from './overdue';

const WARSAW = 'Europe/Warsaw';
const KYIV = 'Europe/Kyiv';

describe('overdue decisions', () => {
  it.each([
    // [status, due, now, zone, days]
    ['assigned', '2026-03-20', '2026-03-20T22:59:59Z', WARSAW, 0], // 23:59:59 in Warsaw on the due day
    ['assigned', '2026-03-20', '2026-03-20T23:00:00Z', WARSAW, 1], // midnight: the next day
    ['in_progress', '2026-03-20', '2026-03-20T22:30:00Z', KYIV, 1], // already 00:30 on 21 March in Kyiv
    ['in_progress', '2026-03-27', '2026-03-30T08:00:00Z', WARSAW, 3], // across the DST switch
    ['done', '2026-03-01', '2026-03-30T08:00:00Z', WARSAW, 0],
    ['cancelled', '2026-03-01', '2026-03-30T08:00:00Z', WARSAW, 0],
  ] as const)('%s due %s at %s (%s) is %i days late', (status, dueDate, now, zone, days) => {
    expect(overdueDays({ status, dueDate }, new Date(now), zone)).toBe(days);
    expect(viewStatus({ status, dueDate }, new Date(now), zone)).toBe(days > 0 ? 'overdue' : status);
  });

  it('orders the control view: overdue first (most late first), then by due date', () => {
    const items = [
      { title: 'soon', overdueDays: 0, dueDate: '2026-04-01', ordinal: 1 },
      { title: 'late 2', overdueDays: 2, dueDate: '2026-03-28', ordinal: 1 },
      { title: 'late 5', overdueDays: 5, dueDate: '2026-03-25', ordinal: 2 },
      { title: 'later', overdueDays: 0, dueDate: '2026-05-01', ordinal: 1 },
    ];
    expect([...items].sort(compareForControl).map((i) => i.title)).toEqual([
      'late 5',
      'late 2',
      'soon',
      'later',
    ]);
  });
});

describe('progress reports', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  it('starts an assigned decision when progress is reported', () => {
    expect(applyProgress({ status: 'assigned', progress: 0 }, { progress: 20 }, now)).toEqual({
      status: 'in_progress',
      progress: 20,
      doneAt: null,
    });
  });
  it('marks it done at 100 % and records when', () => {
    expect(applyProgress({ status: 'in_progress', progress: 60 }, { progress: 100 }, now)).toEqual({
      status: 'done',
      progress: 100,
      doneAt: '2026-03-10T10:00:00.000Z',
    });
    expect(applyProgress({ status: 'in_progress', progress: 60 }, { status: 'done' }, now)).toMatchObject({
      progress: 100,
    });
  });
  it('reopening a done decision clears the done date', () => {
    expect(
      applyProgress({ status: 'done', progress: 100 }, { status: 'in_progress', progress: 80 }, now),
    ).toEqual({
      status: 'in_progress',
      progress: 80,
      doneAt: null,
    });
  });
});
