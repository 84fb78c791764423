import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../core/api/contract';
import { setTransport } from '../api/client';
import { fakeTransport } from '../testing/fake-transport';
import { calendarItem } from './test-data';
import { useMove } from './use-move';

const CONFLICT = {
  start: '2026-11-24T09:00:00.000Z',
  other: {
    eventId: 'ev-9',
    title: '',
    busy: true,
    start: '2026-11-24T09:00:00.000Z',
    end: '2026-11-24T10:00:00.000Z',
    allDay: false,
  },
};

function setup(answer: (input: { acceptConflicts?: boolean }) => CallResult<unknown>) {
  const fake = fakeTransport({ 'calendar.move': (input) => answer(input as { acceptConflicts?: boolean }) });
  setTransport(fake.transport);
  const saved = vi.fn();
  const revert = vi.fn();
  const hook = renderHook(() => useMove(saved));
  const moves = () => fake.call.mock.calls.filter(([m]) => m === 'calendar.move').map(([, input]) => input);
  return { hook, saved, revert, moves };
}

const drop = { start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T10:00:00.000Z', allDay: false };

describe('dragging and resizing', () => {
  let refuseFirst: (input: { acceptConflicts?: boolean }) => CallResult<unknown>;
  beforeEach(() => {
    refuseFirst = (input) =>
      input.acceptConflicts
        ? { ok: true, data: { saved: true, event: null, conflicts: [CONFLICT] } }
        : { ok: true, data: { saved: false, event: null, conflicts: [CONFLICT] } };
  });

  it('moves only the dragged occurrence of a series', async () => {
    const { hook, saved, revert, moves } = setup(() => ({
      ok: true,
      data: { saved: true, event: null, conflicts: [] },
    }));
    act(() => hook.result.current.request({ item: calendarItem({ recurring: true }), ...drop, revert }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(moves()).toEqual([
      { id: 'ev-1', occurrenceStart: '2026-11-23T09:00:00', ...drop, acceptConflicts: false },
    ]);
    expect(revert).not.toHaveBeenCalled();
  });

  it('holds a refused move for a decision, then "Move anyway" resends it accepting the conflicts', async () => {
    const { hook, saved, revert, moves } = setup(refuseFirst);
    act(() => hook.result.current.request({ item: calendarItem(), ...drop, revert }));
    await waitFor(() => expect(hook.result.current.pending?.conflicts).toEqual([CONFLICT]));
    expect(saved).not.toHaveBeenCalled();
    act(() => hook.result.current.moveAnyway());
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(moves()[1]).toMatchObject({ id: 'ev-1', occurrenceStart: null, acceptConflicts: true });
    expect(hook.result.current.pending).toBeNull();
    expect(revert).not.toHaveBeenCalled();
  });

  it('"Cancel" puts the event back where it was', async () => {
    const { hook, revert, moves } = setup(refuseFirst);
    act(() => hook.result.current.request({ item: calendarItem(), ...drop, revert }));
    await waitFor(() => expect(hook.result.current.pending).not.toBeNull());
    act(() => hook.result.current.cancel());
    expect(revert).toHaveBeenCalledTimes(1);
    expect(hook.result.current.pending).toBeNull();
    expect(moves()).toHaveLength(1);
  });

  it('puts the event back and reports the error when the services refuse the move', async () => {
    const { hook, revert } = setup(() => ({
      ok: false,
      error: { code: 'NOT_ALLOWED', params: { reason: 'privateEvent' }, issues: [] },
    }));
    act(() => hook.result.current.request({ item: calendarItem(), ...drop, revert }));
    await waitFor(() => expect(hook.result.current.error?.code).toBe('NOT_ALLOWED'));
    expect(revert).toHaveBeenCalledTimes(1);
  });
});
