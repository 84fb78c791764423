import { useTranslation } from 'react-i18next';
import { TYPED_FIELDS, type RecipientField } from './fields';
import type { RecipientDraft } from './recipients';

let counter = 0;
export function emptyRecipient(): RecipientDraft {
  counter += 1;
  return { id: `typed-${counter}`, fields: {}, address: '' };
}

/** Recipients typed by hand: one row each, with the template's own fields (names, years…) when it uses them. */
export function TypedRecipients({
  rows,
  extras,
  onChange,
}: {
  rows: readonly RecipientDraft[];
  extras: readonly RecipientField[];
  onChange: (rows: RecipientDraft[]) => void;
}) {
  const { t } = useTranslation();
  const columns: RecipientField[] = [...TYPED_FIELDS, ...extras];
  const update = (id: string, change: (row: RecipientDraft) => RecipientDraft) =>
    onChange(rows.map((row) => (row.id === id ? change(row) : row)));
  const setField = (row: RecipientDraft, field: RecipientField, value: string) =>
    update(row.id, (r) => ({ ...r, fields: { ...r.fields, [field]: value } }));
  const cell = (field: string, n: number) =>
    t('letters.typed.cell', { field: t(`letters.field.${field}`), n });

  return (
    <>
      <table aria-label={t('letters.typed.label')} className="letters-typed">
        <thead>
          <tr>
            {columns.map((field) => (
              <th key={field} scope="col">
                {t(`letters.field.${field}`)}
              </th>
            ))}
            <th scope="col">{t('letters.field.address')}</th>
            <th scope="col">
              <span className="letters-sr-only">{t('letters.typed.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id}>
              {columns.map((field) => (
                <td key={field}>
                  {field === 'gender' ? (
                    <select
                      aria-label={cell(field, i + 1)}
                      value={row.fields.gender ?? ''}
                      onChange={(e) => setField(row, field, e.target.value)}
                    >
                      <option value="">{t('letters.gender.guess')}</option>
                      <option value="female">{t('letters.gender.female')}</option>
                      <option value="male">{t('letters.gender.male')}</option>
                    </select>
                  ) : (
                    <input
                      aria-label={cell(field, i + 1)}
                      value={row.fields[field] ?? ''}
                      onChange={(e) => setField(row, field, e.target.value)}
                    />
                  )}
                </td>
              ))}
              <td>
                <textarea
                  aria-label={cell('address', i + 1)}
                  rows={2}
                  value={row.address}
                  onChange={(e) => update(row.id, (r) => ({ ...r, address: e.target.value }))}
                />
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                  aria-label={t('letters.typed.remove', { n: i + 1 })}
                >
                  {t('letters.typed.removeShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, emptyRecipient()])}>
        {t('letters.typed.add')}
      </button>
    </>
  );
}
