import { useTranslation } from 'react-i18next';
import { WELL_KNOWN_LABELS } from '../../core/contacts/schema';
import type { AppError } from '../../core/errors';
import { Field } from '../common/Field';
import { addressIndexes, EMPTY_ADDRESS, entryIndexes, type AddressRow, type Entry } from './form-model';
import { labelText } from './shared';

/** E-mails or phones: each a value with a label, rows added and removed freely. */
export function EntryRows({
  field,
  rows,
  error,
  onChange,
}: {
  field: 'emails' | 'phones';
  rows: Entry[];
  error: AppError | null;
  onChange: (rows: Entry[]) => void;
}) {
  const { t } = useTranslation();
  const sent = entryIndexes(rows);
  const one = field === 'emails' ? 'email' : 'phone';
  const set = (i: number, patch: Partial<Entry>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset>
      <legend>{t(`contacts.field.${field}`)}</legend>
      {rows.map((row, i) => {
        const n = i + 1;
        const labels = [...WELL_KNOWN_LABELS, ...(isCustom(row.label) ? [row.label] : [])];
        return (
          <div key={i} className="entry-row">
            <Field
              label={t(`contacts.form.${one}N`, { n })}
              path={`${field}.${sent[i] ?? -1}.value`}
              error={error}
            >
              {(p) => (
                <input
                  {...p}
                  type={field === 'emails' ? 'email' : 'tel'}
                  value={row.value}
                  onChange={(e) => set(i, { value: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('contacts.form.labelOf', { what: t(`contacts.form.${one}N`, { n }) })}
              path=""
              error={null}
            >
              {(p) => (
                <select {...p} value={row.label} onChange={(e) => set(i, { label: e.target.value })}>
                  <option value="">{t('contacts.form.noLabel')}</option>
                  {labels.map((l) => (
                    <option key={l} value={l}>
                      {labelText(t, l)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('contacts.form.remove', { what: t(`contacts.form.${one}N`, { n }) })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { value: '', label: '' }])}>
        {t(`contacts.form.add.${one}`)}
      </button>
    </fieldset>
  );
}

const isCustom = (label: string) => label !== '' && !(WELL_KNOWN_LABELS as readonly string[]).includes(label);

const ADDRESS_PARTS = ['street', 'postalCode', 'city', 'country'] as const;

/** Postal addresses; a row with every part empty is left out when saving. */
export function AddressRows({
  rows,
  error,
  onChange,
}: {
  rows: AddressRow[];
  error: AppError | null;
  onChange: (rows: AddressRow[]) => void;
}) {
  const { t } = useTranslation();
  const sent = addressIndexes(rows);
  return (
    <fieldset>
      <legend>{t('contacts.field.addresses')}</legend>
      {rows.map((row, i) => {
        const n = i + 1;
        const path = `addresses.${sent[i] ?? -1}`;
        return (
          <fieldset key={i} className="address-row">
            <legend>{t('contacts.form.addressN', { n })}</legend>
            {ADDRESS_PARTS.map((part, k) => (
              <Field
                key={part}
                label={t(`contacts.address.${part}`)}
                path={k === 0 ? path : `${path}.${part}`}
                error={error}
              >
                {(p) => (
                  <input
                    {...p}
                    value={row[part]}
                    onChange={(e) =>
                      onChange(rows.map((r, j) => (j === i ? { ...r, [part]: e.target.value } : r)))
                    }
                  />
                )}
              </Field>
            ))}
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('contacts.form.remove', { what: t('contacts.form.addressN', { n }) })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, { ...EMPTY_ADDRESS }])}>
        {t('contacts.form.add.address')}
      </button>
    </fieldset>
  );
}
