import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, VISIBILITIES, type SourceKind, type Visibility } from '../../core/contacts/schema';
import type { AppError } from '../../core/errors';
import { Field } from '../common/Field';
import type { ContactFormState } from './form-model';

type Set = <K extends keyof ContactFormState>(key: K, value: ContactFormState[K]) => void;

/** Where the data came from, what the person agreed to, who sees it and how long it is kept (GDPR/RODO). */
export function PrivacyFields({
  form,
  set,
  error,
  timeZone,
}: {
  form: ContactFormState;
  set: Set;
  error: AppError | null;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const text = (key: 'sourceText' | 'consentScope', label: string, path: string) => (
    <Field label={label} path={path} error={error}>
      {(p) => <input {...p} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );
  const instant = (key: 'consentAt' | 'consentWithdrawnAt', label: string, path: string) => (
    <Field label={label} path={path} error={error}>
      {(p) => (
        <input {...p} type="datetime-local" value={form[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>{t('contacts.form.privacy')}</legend>
      <Field label={t('contacts.field.source')} path="source.kind" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.sourceKind}
            onChange={(e) => set('sourceKind', e.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`contacts.sourceKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('sourceText', t('contacts.form.sourceText'), 'source.text')}
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={form.consentGiven}
            onChange={(e) => set('consentGiven', e.target.checked)}
          />{' '}
          {t('contacts.form.consentGiven')}
        </label>
      </div>
      <p className="hint">{t('contacts.form.timesIn', { timeZone })}</p>
      {instant('consentAt', t('contacts.form.consentAt'), 'consent.at')}
      {text('consentScope', t('contacts.form.consentScope'), 'consent.scope')}
      {instant('consentWithdrawnAt', t('contacts.form.consentWithdrawnAt'), 'consent.withdrawnAt')}
      <Field label={t('contacts.field.visibility')} path="visibility" error={error}>
        {(p) => (
          <select
            {...p}
            value={form.visibility}
            onChange={(e) => set('visibility', e.target.value as Visibility)}
          >
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`contacts.visibilityValue.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('contacts.field.retentionUntil')}
        path="retentionUntil"
        error={error}
        hint={t('contacts.form.retentionHint')}
      >
        {(p) => (
          <input
            {...p}
            type="date"
            value={form.retentionUntil}
            onChange={(e) => set('retentionUntil', e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}
