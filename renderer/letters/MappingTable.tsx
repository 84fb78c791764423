import { useTranslation } from 'react-i18next';
import { RECIPIENT_FIELDS, SERVICE_FIELDS } from './fields';

/** `date` is offered once, with the service's fields: the letter's date unless the list has its own. */
const RECIPIENT_OPTIONS = RECIPIENT_FIELDS.filter((field) => field !== 'date');

/** i18n keys cannot hold dots: `recipient.name` → `recipient_name`. */
export const serviceFieldKey = (field: string) => `letters.serviceField.${field.replace(/\./g, '_')}`;

/**
 * For each placeholder of a Word template, what fills it: a recipient's field, a field PressDesk fills
 * (date, number, signatory…), or nothing mapped: then it is typed once for the batch under its own name.
 */
export function MappingTable({
  placeholders,
  mapping,
  onChange,
}: {
  placeholders: readonly string[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  if (placeholders.length === 0) return <p>{t('letters.mapping.none')}</p>;
  return (
    <table aria-label={t('letters.mapping.label')}>
      <thead>
        <tr>
          <th scope="col">{t('letters.mapping.placeholder')}</th>
          <th scope="col">{t('letters.mapping.source')}</th>
        </tr>
      </thead>
      <tbody>
        {placeholders.map((placeholder) => (
          <tr key={placeholder}>
            <td>
              <code>{`{${placeholder}}`}</code>
            </td>
            <td>
              <select
                aria-label={t('letters.mapping.select', { placeholder })}
                value={mapping[placeholder] ?? ''}
                onChange={(e) => onChange({ ...mapping, [placeholder]: e.target.value })}
              >
                <option value="">{t('letters.mapping.typed')}</option>
                <optgroup label={t('letters.mapping.recipientGroup')}>
                  {RECIPIENT_OPTIONS.map((field) => (
                    <option key={field} value={field}>
                      {t(`letters.field.${field}`)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('letters.mapping.serviceGroup')}>
                  {SERVICE_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(serviceFieldKey(field))}
                    </option>
                  ))}
                </optgroup>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
