import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import type { MeetingRecord } from '../../core/meetings/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { navigate } from '../app/router';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError, fromLines, localDayOf, onListFields, toLines } from './form-helpers';

type Event = MethodOutput<'meetings.record'>['event'];
type Item = { key: number; title: string; notes: string };
const LISTS = ['attendeesPeople', 'attendeesOrganisations'];
let nextKey = 0;
const item = (title = '', notes = ''): Item => ({ key: nextKey++, title, notes });

/** Who came and what was discussed; "Write the protocol" saves it and opens a protocol prefilled from it. */
export function RecordForm({
  event,
  record,
  hasProtocol,
  onSaved,
}: {
  event: Event;
  record: MeetingRecord | null;
  hasProtocol: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const [title, setTitle] = useState(record?.title ?? event.title);
  const [people, setPeople] = useState(fromLines(record?.attendeesPeople ?? []));
  const [organisations, setOrganisations] = useState(fromLines(record?.attendeesOrganisations ?? []));
  const [count, setCount] = useState(String(record?.attendeesCount ?? 0));
  const [agenda, setAgenda] = useState<Item[]>(() =>
    (record?.agenda ?? []).map((a) => item(a.title, a.notes)),
  );
  const [error, setError] = useState<AppError | null>(null);

  const input = (): MethodInput<'meetings.saveRecord'> => ({
    eventId: event.id,
    title,
    attendeesPeople: toLines(people),
    attendeesOrganisations: toLines(organisations),
    attendeesCount: Number(count),
    agenda: agenda.map(({ title: itemTitle, notes }) => ({ title: itemTitle, notes })),
  });
  const run = async (
    then: (saved: MeetingRecord, sent: MethodInput<'meetings.saveRecord'>) => Promise<void>,
  ) => {
    setError(null);
    try {
      const sent = input();
      await then(await call('meetings.saveRecord', sent), sent);
    } catch (e) {
      setError(onListFields(asAppError(e), LISTS));
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => onSaved());
  };
  const writeProtocol = () =>
    run(async (saved, sent) => {
      const protocol = await call('protocols.create', {
        eventId: event.id,
        meetingId: saved.id,
        title: sent.title,
        date: event.allDay ? event.start.slice(0, 10) : localDayOf(event.start, timeZone),
        place: event.location,
        attendees: [...(sent.attendeesPeople ?? []), ...(sent.attendeesOrganisations ?? [])],
        agenda: (sent.agenda ?? []).map((a) => a.title.trim()),
      });
      navigate({ name: 'protocol', id: protocol.id });
    });
  const setItem = (key: number, patch: Partial<Item>) =>
    setAgenda((items) => items.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  return (
    <form aria-label={t('meetings.recordForm')} onSubmit={save} noValidate>
      <ErrorMessage error={error} />
      <Field label={t('meetings.recordName')} path="title" error={error}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('meetings.people')} path="attendeesPeople" error={error}>
        {(p) => <textarea {...p} rows={5} value={people} onChange={(e) => setPeople(e.target.value)} />}
      </Field>
      <Field label={t('meetings.organisations')} path="attendeesOrganisations" error={error}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={organisations}
            onChange={(e) => setOrganisations(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('meetings.attendeesCount')} path="attendeesCount" error={error}>
        {(p) => (
          <input {...p} type="number" min={0} value={count} onChange={(e) => setCount(e.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>{t('meetings.agenda')}</legend>
        {agenda.length === 0 && <p>{t('meetings.noItems')}</p>}
        {agenda.map((a, index) => (
          <div key={a.key} className="agenda-item">
            <Field
              label={t('meetings.itemTitle', { n: index + 1 })}
              path={`agenda.${index}.title`}
              error={error}
            >
              {(p) => (
                <input {...p} value={a.title} onChange={(e) => setItem(a.key, { title: e.target.value })} />
              )}
            </Field>
            <Field
              label={t('meetings.itemNotes', { n: index + 1 })}
              path={`agenda.${index}.notes`}
              error={error}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={a.notes}
                  onChange={(e) => setItem(a.key, { notes: e.target.value })}
                />
              )}
            </Field>
            <button type="button" onClick={() => setAgenda((items) => items.filter((i) => i.key !== a.key))}>
              {t('meetings.removeItem', { n: index + 1 })}
            </button>
          </div>
        ))}
        <p>
          <button type="button" onClick={() => setAgenda((items) => [...items, item()])}>
            {t('meetings.addItem')}
          </button>
        </p>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {t('meetings.saveRecord')}
        </button>
        {!hasProtocol && (
          <button type="button" onClick={() => void writeProtocol()}>
            {t('meetings.writeProtocol')}
          </button>
        )}
      </div>
    </form>
  );
}
