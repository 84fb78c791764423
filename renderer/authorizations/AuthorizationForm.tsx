import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AuthorizationCreate,
  DeadlineKind,
  OutletType,
  Periodicity,
} from '../../core/authorizations/schema';
import { DEADLINE_KINDS, PERIODICITIES } from '../../core/authorizations/schema';
import { AppError } from '../../core/errors';
import { OUTLET_TYPES } from '../../core/inquiries/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { fromLocalInput, toLocalInput } from '../common/dates';
import { JournalistPicker } from '../contacts/JournalistPicker';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';

type Form = {
  journalistName: string;
  outletName: string;
  outletType: OutletType;
  outletPeriodicity: Periodicity | '';
  interviewee: string;
  topic: string;
  jurisdiction: 'PL' | 'UA';
  deadlineKind: DeadlineKind;
  agreedDueAt: string;
  handedOverAt: string;
  receivedText: string;
  /** The journalist or outlet in the contact directory, when picked from there. */
  contactId: string | null;
};
type TextKey = 'journalistName' | 'outletName' | 'interviewee' | 'topic';
const LABEL: Record<TextKey, string> = {
  journalistName: 'journalist',
  outletName: 'outlet',
  interviewee: 'interviewee',
  topic: 'topic',
};

/** Registers a new authorization request; times are typed in the office's zone. */
export function AuthorizationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone, jurisdiction } = shell.settings.office;
  const headingId = useId();
  const initial = (): Form => ({
    journalistName: '',
    outletName: '',
    outletType: 'daily',
    outletPeriodicity: '',
    interviewee: '',
    topic: '',
    jurisdiction,
    deadlineKind: jurisdiction === 'UA' ? 'agreed' : 'statutory',
    agreedDueAt: '',
    handedOverAt: toLocalInput(shell.now(), timeZone),
    receivedText: '',
    contactId: null,
  });
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    const input: AuthorizationCreate = {
      journalistName: form.journalistName,
      outletName: form.outletName,
      outletType: form.outletType,
      outletPeriodicity: form.outletPeriodicity || null,
      interviewee: form.interviewee,
      topic: form.topic,
      jurisdiction: form.jurisdiction,
      deadlineKind: form.deadlineKind,
      agreedDueAt: form.deadlineKind === 'agreed' ? fromLocalInput(form.agreedDueAt, timeZone) || null : null,
      handedOverAt: fromLocalInput(form.handedOverAt, timeZone),
      receivedText: form.receivedText,
      contactId: form.contactId,
    };
    try {
      await call('authorizations.create', input);
      setForm(initial());
      setMessage(t('authorizations.created'));
      onCreated();
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  const text = (key: TextKey) => (
    <Field label={t(`authorizations.${LABEL[key]}`)} path={key} error={error}>
      {(p) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('authorizations.newTitle')}</h2>
      <form aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} />
        {message && <p role="status">{message}</p>}
        <p className="hint">{t('form.timesIn', { timeZone })}</p>
        <JournalistPicker form={form} onChange={setForm} />
        {text('journalistName')}
        {text('outletName')}
        <Field label={t('authorizations.outletType')} path="outletType" error={error}>
          {(p) => (
            <select
              {...p}
              value={form.outletType}
              onChange={(e) => set('outletType', e.target.value as OutletType)}
            >
              {OUTLET_TYPES.map((o) => (
                <option key={o} value={o}>
                  {t(`outletType.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('authorizations.periodicity')} path="outletPeriodicity" error={error}>
          {(p) => (
            <select
              {...p}
              value={form.outletPeriodicity}
              onChange={(e) => set('outletPeriodicity', e.target.value as Form['outletPeriodicity'])}
            >
              <option value="">{t('authorizations.periodicityValue.unspecified')}</option>
              {PERIODICITIES.map((o) => (
                <option key={o} value={o}>
                  {t(`authorizations.periodicityValue.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('interviewee')}
        {text('topic')}
        <Field label={t('authorizations.jurisdiction')} path="jurisdiction" error={error}>
          {(p) => (
            <select
              {...p}
              value={form.jurisdiction}
              onChange={(e) => {
                const next = e.target.value as 'PL' | 'UA';
                setForm((f) => ({
                  ...f,
                  jurisdiction: next,
                  deadlineKind: next === 'UA' ? 'agreed' : f.deadlineKind,
                }));
              }}
            >
              <option value="PL">{t('jurisdiction.PL')}</option>
              <option value="UA">{t('jurisdiction.UA')}</option>
            </select>
          )}
        </Field>
        <Field
          label={t('authorizations.deadlineKind')}
          path="deadlineKind"
          error={error}
          {...(form.jurisdiction === 'UA' ? { hint: t('authorizations.uaAgreedHint') } : {})}
        >
          {(p) => (
            <select
              {...p}
              value={form.deadlineKind}
              onChange={(e) => set('deadlineKind', e.target.value as DeadlineKind)}
            >
              {DEADLINE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`authorizations.deadlineKindValue.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.deadlineKind === 'agreed' && (
          <Field label={t('authorizations.agreedDueAt')} path="agreedDueAt" error={error}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={form.agreedDueAt}
                onChange={(e) => set('agreedDueAt', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field label={t('authorizations.handedOverAt')} path="handedOverAt" error={error}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={form.handedOverAt}
              onChange={(e) => set('handedOverAt', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('authorizations.receivedText')} path="receivedText" error={error}>
          {(p) => (
            <textarea
              {...p}
              rows={8}
              value={form.receivedText}
              onChange={(e) => set('receivedText', e.target.value)}
            />
          )}
        </Field>
        <button type="submit">{t('authorizations.create')}</button>
      </form>
    </section>
  );
}
