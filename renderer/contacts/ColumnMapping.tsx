import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROW_FIELDS, type RowField } from '../../core/contacts/csv';

export type Mapping = Partial<Record<RowField, string>>;

/**
 * Which CSV column each field is read from. The services match columns by their headers (in Polish,
 * Ukrainian, English and what Outlook or Google write); here the person corrects what they got wrong.
 */
export function ColumnMapping({
  columns,
  mapping,
  disabled,
  onChange,
}: {
  columns: string[];
  mapping: Mapping;
  disabled: boolean;
  onChange: (mapping: Mapping) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = (field: RowField) => t(`contacts.field.${field}`);
  const change = (field: RowField, column: string) => {
    const next: Mapping = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    onChange(next);
  };
  return (
    <fieldset aria-labelledby={headingId}>
      <legend id={headingId}>{t('contacts.import.mapping')}</legend>
      <p>{t('contacts.import.mappingHint')}</p>
      <div className="filters">
        {ROW_FIELDS.map((field) => (
          <label key={field}>
            {label(field)}
            <select
              aria-label={t('contacts.import.column', { field: label(field) })}
              value={mapping[field] ?? ''}
              disabled={disabled}
              onChange={(e) => change(field, e.target.value)}
            >
              <option value="">{t('contacts.import.notImported')}</option>
              {columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
