import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { call } from '../api/client';
import { useApi } from '../common/use-api';
import { ContactDetails } from './ContactDetails';
import { fieldName } from './shared';

type Preview = MethodOutput<'contacts.mergePreview'>;

/** What the merged record would hold, and which values would be dropped. */
export function MergePreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const lists = useApi(() => call('contacts.lists', {}), [], 'contacts');
  return (
    <section aria-label={t('contacts.duplicates.previewTitle')}>
      <h3>{t('contacts.duplicates.previewTitle')}</h3>
      <p>{preview.merged.displayName}</p>
      <ContactDetails contact={preview.merged} lists={lists.data ?? []} />
      {preview.conflicts.length === 0 ? (
        <p>{t('contacts.duplicates.noConflicts')}</p>
      ) : (
        <table>
          <caption>{t('contacts.duplicates.conflicts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contacts.duplicates.field')}</th>
              <th scope="col">{t('contacts.duplicates.kept')}</th>
              <th scope="col">{t('contacts.duplicates.dropped')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.conflicts.map((c) => (
              <tr key={c.field}>
                <td>{fieldName(t, c.field)}</td>
                <td>{c.kept ?? t('common.none')}</td>
                <td>{c.dropped.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
