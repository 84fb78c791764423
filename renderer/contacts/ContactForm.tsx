import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView, DistributionList } from '../../core/api/contract-contacts';
import {
  CATEGORIES_OF_KIND,
  CONTACT_KINDS,
  GENDERS,
  OUTLET_TYPES,
  type ContactCategory,
  type Gender,
  type OutletType,
} from '../../core/contacts/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { AddressRows, EntryRows } from './EntryRows';
import {
  changedFields,
  emptyForm,
  formOf,
  hasOutletType,
  toInput,
  withKind,
  type ContactFormState,
} from './form-model';
import { PrivacyFields } from './PrivacyFields';
import { asAppError, contactHref } from './shared';

const ORGANISATIONS = { category: ['outlet', 'organisation'] as ContactCategory[], limit: 1000 };

/** Creates a contact, or edits one (`id`); on save the record page opens. */
export function ContactForm({ id }: { id?: string }) {
  const { t } = useTranslation();
  const existing = useApi(() => (id ? call('contacts.get', { id }) : Promise.resolve(null)), [id]);
  const lists = useApi(() => call('contacts.lists', {}), [], 'contacts');
  const orgs = useApi(() => call('contacts.list', ORGANISATIONS), [], 'contacts');
  if (id && !existing.data) {
    return (
      <article>
        <ErrorMessage error={existing.error} />
        {existing.loading && <p>{t('app.loading')}</p>}
      </article>
    );
  }
  return (
    <FormBody
      key={id ?? 'new'}
      contact={existing.data?.contact ?? null}
      lists={lists.data ?? []}
      organisations={(orgs.data?.items ?? []).filter((o) => o.id !== id)}
    />
  );
}

function FormBody({
  contact,
  lists,
  organisations,
}: {
  contact: ContactView | null;
  lists: DistributionList[];
  organisations: ContactView[];
}) {
  const { t } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const headingId = useId();
  const [form, setForm] = useState<ContactFormState>(() =>
    contact ? formOf(contact, timeZone) : emptyForm(),
  );
  const original = useMemo(
    () => (contact ? toInput(formOf(contact, timeZone), timeZone) : null),
    [contact, timeZone],
  );
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof ContactFormState>(key: K, value: ContactFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const person = form.kind === 'person';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = toInput(form, timeZone);
    setSaving(true);
    try {
      const saved = contact
        ? await call('contacts.update', { id: contact.id, ...changedFields(original ?? input, input) })
        : await call('contacts.create', input);
      window.location.hash = contactHref(saved.id);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setSaving(false);
    }
  };

  const text = (
    key: 'title' | 'givenName' | 'patronymic' | 'familyName' | 'position' | 'organisationName',
  ) => (
    <Field label={t(`contacts.field.${key}`)} path={key} error={error}>
      {(p) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <article>
      <p>
        <a href={contact ? contactHref(contact.id) : '#/contacts'}>
          {contact ? t('contacts.backToRecord') : t('contacts.back')}
        </a>
      </p>
      <h1 id={headingId}>
        {contact ? t('contacts.form.editTitle', { name: contact.displayName }) : t('contacts.form.newTitle')}
      </h1>
      <form aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
        <ErrorMessage error={error} />
        <fieldset>
          <legend>{t('contacts.field.kind')}</legend>
          {CONTACT_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="contact-kind"
                value={k}
                checked={form.kind === k}
                onChange={() => setForm((f) => withKind(f, k))}
              />{' '}
              {t(`contacts.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('contacts.field.category')} path="category" error={error}>
          {(p) => (
            <select
              {...p}
              value={form.category}
              onChange={(e) => set('category', e.target.value as ContactCategory)}
            >
              {CATEGORIES_OF_KIND[form.kind].map((c) => (
                <option key={c} value={c}>
                  {t(`contacts.category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {hasOutletType(form.category) && (
          <Field
            label={t('contacts.field.outletType')}
            path="outletType"
            error={error}
            hint={t('contacts.form.outletTypeHint')}
          >
            {(p) => (
              <select
                {...p}
                value={form.outletType}
                onChange={(e) => set('outletType', e.target.value as OutletType | '')}
              >
                <option value="">
                  {form.category === 'journalist' ? t('contacts.form.fromOutlet') : t('contacts.form.choose')}
                </option>
                {OUTLET_TYPES.map((o) => (
                  <option key={o} value={o}>
                    {t(`outletType.${o}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {person && (
          <>
            {text('title')}
            {text('givenName')}
            {text('patronymic')}
            {text('familyName')}
            <Field label={t('contacts.field.gender')} path="gender" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={form.gender}
                  onChange={(e) => set('gender', e.target.value as Gender | '')}
                >
                  <option value="">{t('contacts.genderValue.unknown')}</option>
                  {GENDERS.map((g) => (
                    <option key={g} value={g}>
                      {t(`contacts.genderValue.${g}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        <Field
          label={person ? t('contacts.form.organisationAsWritten') : t('contacts.field.organisationName')}
          path="organisationName"
          error={error}
          {...(person ? { hint: t('contacts.form.organisationAsWrittenHint') } : {})}
        >
          {(p) => (
            <input
              {...p}
              value={form.organisationName}
              onChange={(e) => set('organisationName', e.target.value)}
            />
          )}
        </Field>
        {person && (
          <>
            <Field label={t('contacts.field.organisationId')} path="organisationId" error={error}>
              {(p) => (
                <select
                  {...p}
                  value={form.organisationId}
                  onChange={(e) => set('organisationId', e.target.value)}
                >
                  <option value="">{t('contacts.form.notLinked')}</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.displayName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('position')}
          </>
        )}
        <EntryRows field="emails" rows={form.emails} error={error} onChange={(rows) => set('emails', rows)} />
        <EntryRows field="phones" rows={form.phones} error={error} onChange={(rows) => set('phones', rows)} />
        <AddressRows rows={form.addresses} error={error} onChange={(rows) => set('addresses', rows)} />
        <Field label={t('contacts.field.tags')} path="tags" error={error} hint={t('contacts.form.tagsHint')}>
          {(p) => <input {...p} value={form.tags} onChange={(e) => set('tags', e.target.value)} />}
        </Field>
        <fieldset>
          <legend>{t('contacts.field.lists')}</legend>
          {lists.length === 0 && <p className="hint">{t('contacts.lists.none')}</p>}
          {lists.map((list) => (
            <label key={list.id}>
              <input
                type="checkbox"
                checked={form.lists.includes(list.id)}
                onChange={(e) =>
                  set(
                    'lists',
                    e.target.checked ? [...form.lists, list.id] : form.lists.filter((l) => l !== list.id),
                  )
                }
              />{' '}
              {list.name}
            </label>
          ))}
        </fieldset>
        <Field label={t('contacts.field.notes')} path="notes" error={error}>
          {(p) => (
            <textarea {...p} rows={4} value={form.notes} onChange={(e) => set('notes', e.target.value)} />
          )}
        </Field>
        <PrivacyFields form={form} set={set} error={error} timeZone={timeZone} />
        <button type="submit" disabled={saving}>
          {t('contacts.form.save')}
        </button>
      </form>
    </article>
  );
}
