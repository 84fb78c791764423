import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import { APPLICANT_KINDS, type MeetingApplication } from '../../core/meetings/schema';
import { useShell } from '../app/AppContext';
import { fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError } from './form-helpers';

export type ApplicationFields = MethodInput<'meetings.createApplication'>;
type TextKey = 'applicantName' | 'organisation' | 'contact' | 'preferredDates';
type Form = Record<TextKey | 'topic' | 'notes' | 'receivedAt' | 'participantsCount', string> & {
  applicantKind: MeetingApplication['applicantKind'];
};

/** The fields of an application to meet the mayor, for registering one or editing it. */
export function ApplicationForm({
  initial,
  title,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial?: MeetingApplication;
  title: string;
  submitLabel: string;
  onSave: (fields: ApplicationFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone } = shell.settings.office;
  const [form, setForm] = useState<Form>(() => ({
    receivedAt: toLocalInput(initial?.receivedAt ?? shell.now(), timeZone),
    applicantKind: initial?.applicantKind ?? 'person',
    applicantName: initial?.applicantName ?? '',
    organisation: initial?.organisation ?? '',
    contact: initial?.contact ?? '',
    topic: initial?.topic ?? '',
    preferredDates: initial?.preferredDates ?? '',
    participantsCount: String(initial?.participantsCount ?? 1),
    notes: initial?.notes ?? '',
  }));
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await onSave({
        ...form,
        receivedAt: fromLocalInput(form.receivedAt, timeZone),
        participantsCount: Number(form.participantsCount),
      });
    } catch (e) {
      setError(asAppError(e));
    }
  };

  const text = (key: TextKey, hint?: string) => (
    <Field label={t(`meetings.${key}`)} path={key} error={error} hint={hint}>
      {(p) => <input {...p} value={form[key]} onChange={set(key)} />}
    </Field>
  );
  const area = (key: 'topic' | 'notes') => (
    <Field label={t(`meetings.${key}`)} path={key} error={error}>
      {(p) => <textarea {...p} rows={3} value={form[key]} onChange={set(key)} />}
    </Field>
  );

  return (
    <form aria-label={title} className="action-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <ErrorMessage error={error} />
      <p className="hint">{t('form.timesIn', { timeZone })}</p>
      <Field label={t('meetings.receivedAt')} path="receivedAt" error={error}>
        {(p) => <input {...p} type="datetime-local" value={form.receivedAt} onChange={set('receivedAt')} />}
      </Field>
      <Field label={t('meetings.applicantKind')} path="applicantKind" error={error}>
        {(p) => (
          <select {...p} value={form.applicantKind} onChange={set('applicantKind')}>
            {APPLICANT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`meetings.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('applicantName')}
      {text('organisation')}
      {text('contact')}
      {area('topic')}
      {text('preferredDates', t('meetings.preferredDatesHint'))}
      <Field label={t('meetings.participantsCount')} path="participantsCount" error={error}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            step={1}
            value={form.participantsCount}
            onChange={set('participantsCount')}
          />
        )}
      </Field>
      {area('notes')}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
