import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../core/decisions/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useOfficeNames } from '../decisions/office-names';
import { asAppError } from './form-helpers';

type Form = { title: string; departmentId: string; responsiblePersonId: string; dueDate: string };

/** Adds a decision to a draft protocol or edits one: what, which department, who, by when. */
export function DecisionEditor({
  protocolId,
  decision,
  onSaved,
  onCancel,
}: {
  protocolId: string;
  decision?: DecisionView;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const names = useOfficeNames();
  const [form, setForm] = useState<Form>({
    title: decision?.title ?? '',
    departmentId: decision?.departmentId ?? '',
    responsiblePersonId: decision?.responsiblePersonId ?? '',
    dueDate: decision?.dueDate ?? '',
  });
  const [error, setError] = useState<AppError | null>(null);
  const title = decision ? t('decisions.editTitle', { n: decision.ordinal }) : t('decisions.newTitle');
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  // Choosing a person fills in their department when none is chosen yet.
  const setPerson = (personId: string) =>
    setForm((f) => ({
      ...f,
      responsiblePersonId: personId,
      departmentId: f.departmentId || (names.people.find((p) => p.id === personId)?.departmentId ?? ''),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const fields = {
      title: form.title,
      departmentId: form.departmentId || null,
      responsiblePersonId: form.responsiblePersonId || null,
      dueDate: form.dueDate,
    };
    try {
      if (decision) await call('decisions.update', { id: decision.id, ...fields });
      else await call('decisions.create', { protocolId, ...fields });
      onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <form aria-label={title} className="action-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <ErrorMessage error={error} />
      <Field label={t('decisions.decision')} path="title" error={error}>
        {(p) => <textarea {...p} rows={3} value={form.title} onChange={set('title')} />}
      </Field>
      <Field label={t('decisions.department')} path="departmentId" error={error}>
        {(p) => (
          <select {...p} value={form.departmentId} onChange={set('departmentId')}>
            <option value="">{t('decisions.noDepartment')}</option>
            {names.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('decisions.person')} path="responsiblePersonId" error={error}>
        {(p) => (
          <select {...p} value={form.responsiblePersonId} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('decisions.nobody')}</option>
            {names.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.departmentId
                  ? `${person.name} (${names.department(person.departmentId)})`
                  : person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('decisions.dueDate')} path="dueDate" error={error}>
        {(p) => <input {...p} type="date" value={form.dueDate} onChange={set('dueDate')} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('decisions.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
