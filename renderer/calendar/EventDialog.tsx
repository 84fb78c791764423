import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem, EventConflict } from '../../core/api/contract-agenda';
import type { CalendarEventRecord } from '../../core/calendar/record';
import type { CalendarTimeZone } from '../../core/calendar/types';
import { AppError } from '../../core/errors';
import type { CalendarOwner } from '../../core/settings/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href } from '../app/router';
import { ErrorMessage } from '../common/ErrorMessage';
import { ConflictList } from './ConflictList';
import {
  draftOfForm,
  formOfRecord,
  issuesByField,
  newEventForm,
  type EventBase,
  type EventForm,
} from './event-form';
import { EventFields } from './EventFields';
import { Modal } from './Modal';

export type DialogTarget =
  | { mode: 'new'; calendarId: string; slot: { start: string; end: string; allDay: boolean } }
  | { mode: 'edit'; item: CalendarItem };

type Removal = 'event' | 'occurrence' | 'series';

const asAppError = (e: unknown) => (e instanceof AppError ? e : new AppError('INTERNAL'));

/**
 * Creates or edits one event. A save that would overlap another event is not stored: the services
 * answer with the conflicts, which are listed here until the person saves anyway or changes the time.
 */
export function EventDialog({
  target,
  calendars,
  onClose,
  onChanged,
}: {
  target: DialogTarget;
  calendars: readonly CalendarOwner[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const editId = target.mode === 'edit' ? target.item.eventId : null;
  const [form, setForm] = useState<EventForm | null>(() =>
    target.mode === 'new' ? newEventForm(target.calendarId, target.slot) : null,
  );
  const [record, setRecord] = useState<CalendarEventRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [conflicts, setConflicts] = useState<EventConflict[] | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!editId) return;
    let live = true;
    call('calendar.get', { id: editId }).then(
      (answer) => {
        if (!live) return;
        setBusy(answer.busy);
        setRecord(answer.event);
        setForm(formOfRecord(answer.event, timeZone));
      },
      (e: unknown) => live && setError(asAppError(e)),
    );
    return () => {
      live = false;
    };
  }, [editId, timeZone]);

  const base: EventBase = record
    ? { timeZone: record.timeZone, exdates: record.exdates }
    : { timeZone: timeZone as CalendarTimeZone, exdates: [] };

  const save = async (acceptConflicts: boolean) => {
    if (!form) return;
    setError(null);
    const draft = draftOfForm(form, base, timeZone);
    try {
      const answer = editId
        ? await call('calendar.update', { ...draft, id: editId, exdates: base.exdates, acceptConflicts })
        : await call('calendar.create', { ...draft, acceptConflicts });
      if (!answer.saved) return setConflicts(answer.conflicts);
      onChanged();
      onClose();
    } catch (e) {
      setConflicts(null);
      setError(asAppError(e));
    }
  };

  const remove = async (what: Removal) => {
    if (!editId || target.mode !== 'edit') return;
    setError(null);
    try {
      const occurrenceStart = what === 'occurrence' ? target.item.localStart : null;
      await call('calendar.remove', { id: editId, occurrenceStart });
      onChanged();
      onClose();
    } catch (e) {
      setRemoval(null);
      setError(asAppError(e));
    }
  };

  const changeTime = () => {
    setConflicts(null);
    formRef.current
      ?.querySelector<HTMLInputElement>('input[type="datetime-local"], input[type="date"]')
      ?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  const title = editId ? t('calendar.form.editTitle') : t('calendar.form.newTitle');
  const recurring = record?.rrule != null;

  return (
    <Modal title={title} onClose={onClose}>
      <ErrorMessage error={error} />
      {busy && <p>{t('calendar.form.busyItem')}</p>}
      {form && !busy && (
        <form ref={formRef} className="cal-form" onSubmit={submit} noValidate>
          <p className="hint">{t('calendar.form.timesIn', { timeZone })}</p>
          {recurring && <p className="hint">{t('calendar.form.seriesHint')}</p>}
          <EventFields
            form={form}
            onChange={(next) => {
              setForm(next);
              setConflicts(null);
            }}
            calendars={calendars}
            error={issuesByField(error)}
          />
          {conflicts && (
            <section className="cal-conflict-panel" role="alert" aria-label={t('calendar.conflicts.title')}>
              <h3>{t('calendar.conflicts.title')}</h3>
              <ConflictList conflicts={conflicts} timeZone={timeZone} />
              <div className="actions">
                <button type="button" className="primary" onClick={() => void save(true)}>
                  {t('calendar.conflicts.saveAnyway')}
                </button>
                <button type="button" onClick={changeTime}>
                  {t('calendar.conflicts.changeTime')}
                </button>
              </div>
            </section>
          )}
          {record?.type === 'residents_meeting' && (
            <p>
              <a href={href({ name: 'meeting', eventId: record.id })}>{t('calendar.form.meetingRecord')}</a>
            </p>
          )}
          <div className="actions cal-dialog-actions">
            {!conflicts && (
              <button type="submit" className="primary">
                {t('calendar.form.save')}
              </button>
            )}
            {record && !removal && (
              <RemoveButtons recurring={recurring} onChoose={(what) => setRemoval(what)} />
            )}
            <button type="button" onClick={onClose}>
              {t('calendar.form.close')}
            </button>
          </div>
          {removal && (
            <div className="cal-confirm" role="group" aria-label={t('calendar.remove.confirm')}>
              <p>{t('calendar.remove.confirm')}</p>
              <button type="button" className="danger" onClick={() => void remove(removal)}>
                {t('calendar.remove.confirmDelete')}
              </button>
              <button type="button" onClick={() => setRemoval(null)}>
                {t('calendar.remove.keep')}
              </button>
            </div>
          )}
        </form>
      )}
      {busy && (
        <button type="button" onClick={onClose}>
          {t('calendar.form.close')}
        </button>
      )}
    </Modal>
  );
}

function RemoveButtons({ recurring, onChoose }: { recurring: boolean; onChoose: (what: Removal) => void }) {
  const { t } = useTranslation();
  if (!recurring) {
    return (
      <button type="button" onClick={() => onChoose('event')}>
        {t('calendar.remove.delete')}
      </button>
    );
  }
  return (
    <>
      <button type="button" onClick={() => onChoose('occurrence')}>
        {t('calendar.remove.occurrence')}
      </button>
      <button type="button" onClick={() => onChoose('series')}>
        {t('calendar.remove.series')}
      </button>
    </>
  );
}
