import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppError } from '../../core/errors';
import { EVENT_SCOPES, PATRONAGE_REQUESTS, type EventScope } from '../../core/patronage/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { ErrorMessage, fieldError } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { changedFields, emptyForm, formOf, inputOf, type PatronageFormState as Form } from './form-model';
import { asAppError, listHref, recordHref } from './helpers';
import { LeadTimeHint } from './LeadTimeHint';

/** What a contact picker reports when the person picks an organisation from the directory. */
export interface PickedApplicant {
  name: string;
  organisationId: string | null;
}
/** A slot for a directory picker: plain content, or a render function that can fill the applicant. */
export type ApplicantPicker = ReactNode | ((select: (applicant: PickedApplicant) => void) => ReactNode);

type TextKey = 'applicantName' | 'contactPerson' | 'contact' | 'eventTitle' | 'eventPlace' | 'audience';
type TimeKey = 'eventStart' | 'eventEnd' | 'receivedAt';

/** Registers a patronage application, or edits one (`id`); times are typed in the office's zone. */
export function PatronageForm({ id, applicantPicker }: { id?: string; applicantPicker?: ApplicantPicker }) {
  const { data, error } = useApi(() => (id ? call('patronage.get', { id }) : Promise.resolve(null)), [id]);
  if (!id) return <PatronageFields applicantPicker={applicantPicker} />;
  if (!data) return <ErrorMessage error={error} />;
  return <PatronageFields initial={data.application} applicantPicker={applicantPicker} />;
}

function PatronageFields({
  initial,
  applicantPicker,
}: {
  initial?: PatronageView;
  applicantPicker?: ApplicantPicker | undefined;
}) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone } = shell.settings.office;
  const headingId = useId();
  const requestsId = useId();
  const [loaded] = useState<Form>(() =>
    initial ? formOf(initial, timeZone) : emptyForm(shell.now(), timeZone),
  );
  const [form, setForm] = useState<Form>(loaded);
  const [error, setError] = useState<AppError | null>(null);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const title = initial ? t('patronage.form.editTitle') : t('patronage.form.newTitle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = inputOf(form, timeZone);
    try {
      const saved = initial
        ? await call('patronage.update', {
            ...changedFields(inputOf(loaded, timeZone), input),
            id: initial.id,
          })
        : await call('patronage.create', input);
      window.location.hash = recordHref(saved.id);
    } catch (e) {
      setError(asAppError(e));
    }
  };

  const text = (key: TextKey) => (
    <Field label={t(`patronage.form.${key}`)} path={key} error={error}>
      {(p) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const time = (key: TimeKey) => (
    <Field label={t(`patronage.form.${key}`)} path={key} error={error}>
      {(p) => (
        <input {...p} type="datetime-local" value={form[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  const requestsError = fieldError(error, 'requests');
  const pick = (a: PickedApplicant) =>
    setForm((f) => ({ ...f, applicantName: a.name, applicantOrganisationId: a.organisationId }));

  return (
    <article>
      <p>
        <a href={initial ? recordHref(initial.id) : listHref}>{t('patronage.back')}</a>
      </p>
      <h1 id={headingId}>{title}</h1>
      <form aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} />
        <p className="hint">{t('form.timesIn', { timeZone })}</p>
        {typeof applicantPicker === 'function' ? applicantPicker(pick) : applicantPicker}
        {text('applicantName')}
        {text('contactPerson')}
        {text('contact')}
        {text('eventTitle')}
        {time('eventStart')}
        {time('eventEnd')}
        {text('eventPlace')}
        <Field label={t('patronage.form.scope')} path="scope" error={error}>
          {(p) => (
            <select {...p} value={form.scope} onChange={(e) => set('scope', e.target.value as EventScope)}>
              {EVENT_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {t(`patronage.scope.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('audience')}
        <Field label={t('patronage.form.expectedParticipants')} path="expectedParticipants" error={error}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              value={form.expectedParticipants}
              onChange={(e) => set('expectedParticipants', e.target.value)}
            />
          )}
        </Field>
        <fieldset
          className={requestsError ? 'invalid' : undefined}
          {...(requestsError ? { 'aria-describedby': requestsId } : {})}
        >
          <legend>{t('patronage.form.requests')}</legend>
          {PATRONAGE_REQUESTS.map((r) => (
            <label key={r}>
              <input
                type="checkbox"
                checked={form.requests.includes(r)}
                onChange={(e) =>
                  set(
                    'requests',
                    PATRONAGE_REQUESTS.filter((x) =>
                      x === r ? e.target.checked : form.requests.includes(x),
                    ),
                  )
                }
              />{' '}
              {t(`patronage.request.${r}`)}
            </label>
          ))}
          {requestsError && (
            <small id={requestsId} className="field-error">
              {t(`validation.${requestsError}`)}
            </small>
          )}
        </fieldset>
        <Field label={t('patronage.form.description')} path="description" error={error}>
          {(p) => (
            <textarea
              {...p}
              rows={5}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        {time('receivedAt')}
        <LeadTimeHint
          receivedAt={inputOf(form, timeZone).receivedAt}
          eventStart={inputOf(form, timeZone).eventStart}
          leadDays={shell.settings.patronage.leadDays}
          timeZone={timeZone}
        />
        <button type="submit">{initial ? t('patronage.form.save') : t('patronage.form.create')}</button>{' '}
        <a href={initial ? recordHref(initial.id) : listHref}>{t('patronage.form.cancel')}</a>
      </form>
    </article>
  );
}
