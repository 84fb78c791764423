import { useEffect, useState, type FormEvent } from 'react';
import { JournalistPicker } from '../contacts/JournalistPicker';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import { defaultRuleFor, INQUIRY_RULES } from '../../core/inquiries/legal-basis';
import { CHANNELS, OUTLET_TYPES, type Inquiry } from '../../core/inquiries/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href, navigate } from '../app/router';
import { fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { DueDate } from './DueDate';

type Form = {
  receivedAt: string;
  channel: Inquiry['channel'];
  journalistName: string;
  outletName: string;
  outletType: Inquiry['outletType'];
  contact: string;
  subject: string;
  question: string;
  jurisdiction: 'PL' | 'UA';
  ruleId: string;
  assigneePersonId: string;
  /** The journalist or outlet in the contact directory, when picked from there. */
  contactId: string | null;
};

/** Registers a new inquiry, or edits one (`id`). Shows the statutory deadline before saving. */
export function InquiryFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { office } = shell.settings;
  const [form, setForm] = useState<Form>(() => ({
    receivedAt: toLocalInput(shell.now(), office.timeZone),
    channel: 'email',
    journalistName: '',
    outletName: '',
    outletType: 'daily',
    contact: '',
    subject: '',
    question: '',
    jurisdiction: office.jurisdiction,
    ruleId: defaultRuleFor(office.jurisdiction),
    assigneePersonId: '',
    contactId: null,
  }));
  const [error, setError] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<MethodOutput<'deadlines.preview'> | null>(null);
  const [rules, setRules] = useState<MethodOutput<'deadlines.rules'>>([]);

  useEffect(() => {
    void call('deadlines.rules', {}).then(setRules);
    if (!id) return;
    void call('inquiries.get', { id }).then(({ inquiry }) =>
      setForm({
        ...inquiry,
        receivedAt: toLocalInput(inquiry.receivedAt, office.timeZone),
        assigneePersonId: inquiry.assigneePersonId ?? '',
        contactId: inquiry.contactId ?? null,
      }),
    );
  }, [id, office.timeZone]);

  const receivedAtIso = fromLocalInput(form.receivedAt, office.timeZone);
  useEffect(() => {
    if (!/Z$/.test(receivedAtIso)) return setPreview(null);
    let live = true;
    call('deadlines.preview', {
      ruleId: form.ruleId,
      start: receivedAtIso,
      jurisdiction: form.jurisdiction,
    }).then(
      (p) => live && setPreview(p),
      () => live && setPreview(null),
    );
    return () => {
      live = false;
    };
  }, [receivedAtIso, form.ruleId, form.jurisdiction]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setJurisdiction = (jurisdiction: 'PL' | 'UA') =>
    setForm((f) => ({ ...f, jurisdiction, ruleId: defaultRuleFor(jurisdiction) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const person = office.people.find((p) => p.id === form.assigneePersonId);
    const fields = {
      ...form,
      receivedAt: receivedAtIso,
      assigneePersonId: person?.id ?? null,
      assigneeDepartmentId: person?.departmentId ?? null,
    };
    try {
      const saved = id
        ? await call('inquiries.update', { id, ...fields })
        : await call('inquiries.create', fields);
      navigate({ name: 'inquiry', id: saved.id });
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  const ruleOptions = rules.filter(
    (r) => INQUIRY_RULES[form.jurisdiction].includes(r.id as never) || r.id === form.ruleId,
  );
  const text = (key: 'journalistName' | 'outletName' | 'contact' | 'subject') => (
    <Field label={t(`inquiries.${key}`)} path={key} error={error}>
      {(p) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form className="inquiry-form" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{id ? t('inquiries.editTitle') : t('inquiries.newTitle')}</h1>
      <ErrorMessage error={error} />
      <p className="hint">{t('form.timesIn', { timeZone: office.timeZone })}</p>
      <Field label={t('inquiries.receivedAt')} path="receivedAt" error={error}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            value={form.receivedAt}
            onChange={(e) => set('receivedAt', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('inquiries.channel')} path="channel" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.channel}
            onChange={(e) => set('channel', e.target.value as Form['channel'])}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <JournalistPicker form={form} onChange={setForm} />
      {text('journalistName')}
      {text('outletName')}
      <Field label={t('inquiries.outletType')} path="outletType" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.outletType}
            onChange={(e) => set('outletType', e.target.value as Form['outletType'])}
          >
            {OUTLET_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`outletType.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('contact')}
      {text('subject')}
      <Field label={t('inquiries.question')} path="question" error={error}>
        {(p) => (
          <textarea {...p} rows={5} value={form.question} onChange={(e) => set('question', e.target.value)} />
        )}
      </Field>
      <Field label={t('inquiries.jurisdiction')} path="jurisdiction" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value as 'PL' | 'UA')}
          >
            <option value="PL">{t('jurisdiction.PL')}</option>
            <option value="UA">{t('jurisdiction.UA')}</option>
          </select>
        )}
      </Field>
      <Field label={t('inquiries.ruleId')} path="ruleId" error={error}>
        {(p) => (
          <select {...p} value={form.ruleId} onChange={(e) => set('ruleId', e.target.value)}>
            {ruleOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} — {r.citation.article}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inquiries.assigneePerson')} path="assigneePersonId" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.assigneePersonId}
            onChange={(e) => set('assigneePersonId', e.target.value)}
          >
            <option value="">{t('inquiries.nobody')}</option>
            {office.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <section aria-label={t('form.preview')} className="preview">
        <h2>{t('form.preview')}</h2>
        {preview?.deadline ? (
          <p>
            {t('form.previewDue', { date: '' })}
            <strong>
              <DueDate inquiry={preview.deadline} />
            </strong>
          </p>
        ) : preview?.errorCode ? (
          <p role="alert">{t(`deadlineError.${preview.errorCode}`)}</p>
        ) : (
          <p>{t('form.previewPending')}</p>
        )}
        {preview?.warnings.map((w) => (
          <p key={w} role="note" className="warning">
            {t(`warnings.${w}`)}
          </p>
        ))}
      </section>
      <div className="actions">
        <button type="submit" className="primary">
          {id ? t('form.saveChanges') : t('form.submit')}
        </button>
        <a href={id ? href({ name: 'inquiry', id }) : href({ name: 'inquiries' })}>{t('common.cancel')}</a>
      </div>
    </form>
  );
}
