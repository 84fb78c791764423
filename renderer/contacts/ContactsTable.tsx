import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../core/api/contract-contacts';
import { formatPhone } from '../../core/contacts/phone';
import { contactHref } from './shared';

/** The directory's rows: name (opens the record), category, outlet type, organisation, first e-mail and phone, tags. */
export function ContactsTable({ items }: { items: ContactView[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{t('contacts.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('contacts.field.name')}</th>
          <th scope="col">{t('contacts.field.category')}</th>
          <th scope="col">{t('contacts.field.outletType')}</th>
          <th scope="col">{t('contacts.field.organisation')}</th>
          <th scope="col">{t('contacts.field.email')}</th>
          <th scope="col">{t('contacts.field.phone')}</th>
          <th scope="col">{t('contacts.field.tags')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} className={c.erasedAt ? 'erased' : undefined}>
            <td>
              <a href={contactHref(c.id)}>{c.displayName}</a>
              {c.erasedAt && <> ({t('contacts.erased')})</>}
            </td>
            <td>{t(`contacts.category.${c.category}`)}</td>
            <td>{c.outletType ? t(`outletType.${c.outletType}`) : ''}</td>
            <td>
              {c.organisationId ? (
                <a href={contactHref(c.organisationId)}>{c.organisationDisplay}</a>
              ) : (
                c.organisationDisplay
              )}
            </td>
            <td>{c.emails[0] && <a href={`mailto:${c.emails[0].value}`}>{c.emails[0].value}</a>}</td>
            <td>{c.phones[0] && formatPhone(c.phones[0].value)}</td>
            <td>{c.tags.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
