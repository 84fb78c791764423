import { useState } from 'react';
import type { MethodInput } from '../../core/api/contract';
import type { EventConflict } from '../../core/api/contract-agenda';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import type { MoveRequest } from './CalendarView';

type MoveInput = MethodInput<'calendar.move'>;
export interface PendingMove {
  input: MoveInput;
  conflicts: EventConflict[];
  revert: () => void;
}

/**
 * Drag and resize. The grid shows the new place at once; the services may refuse it because it
 * overlaps other events, and then the person decides: move anyway, or cancel and the grid reverts.
 * An error reverts too, so the grid never shows a time that was not saved.
 */
export function useMove(onSaved: () => void) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const send = async (input: MoveInput, revert: () => void) => {
    setError(null);
    try {
      const answer = await call('calendar.move', input);
      if (answer.saved) return onSaved();
      setPending({ input, conflicts: answer.conflicts, revert });
    } catch (e) {
      revert();
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  const request = ({ item, start, end, allDay, revert }: MoveRequest) =>
    void send(
      {
        id: item.eventId,
        // For a series only this occurrence moves; the services detach it from the series.
        occurrenceStart: item.recurring ? item.localStart : null,
        start,
        end,
        allDay,
        acceptConflicts: false,
      },
      revert,
    );

  const moveAnyway = () => {
    if (!pending) return;
    setPending(null);
    void send({ ...pending.input, acceptConflicts: true }, pending.revert);
  };

  const cancel = () => {
    pending?.revert();
    setPending(null);
  };

  return { pending, error, request, moveAnyway, cancel };
}
