import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import { CONTACT_CATEGORIES, type ContactCategory } from '../../core/contacts/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ContactsTable } from './ContactsTable';
import { ImportPanel } from './ImportPanel';
import { ListsSection } from './ListsSection';
import { asAppError } from './shared';

type Query = MethodInput<'contacts.list'>;

/** The contact directory: search and filters, the list, export and import, distribution lists. */
export function ContactsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<ContactCategory | ''>('');
  const [tag, setTag] = useState('');
  const [listId, setListId] = useState('');
  const [includeErased, setIncludeErased] = useState(false);
  const [pastRetention, setPastRetention] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const query: Query = {
    q,
    category: category ? [category] : [],
    ...(tag ? { tag } : {}),
    ...(listId ? { listId } : {}),
    includeErased,
    pastRetention,
    limit: 1000,
  };
  const { data, error, reload } = useApi(
    () => call('contacts.list', query),
    [JSON.stringify(query)],
    'contacts',
  );

  const download = async (method: 'contacts.exportCsv' | 'contacts.exportVcard') => {
    setExportError(null);
    try {
      saveFile(await call(method, { query }));
    } catch (e) {
      setExportError(asAppError(e));
    }
  };

  return (
    <article>
      <h1>{t('contacts.title')}</h1>
      <p className="toolbar">
        <a href="#/contacts/new">{t('contacts.new')}</a>{' '}
        <button type="button" onClick={() => void download('contacts.exportCsv')}>
          {t('contacts.exportCsv')}
        </button>{' '}
        <button type="button" onClick={() => void download('contacts.exportVcard')}>
          {t('contacts.exportVcard')}
        </button>{' '}
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          {t('contacts.import.button')}
        </button>{' '}
        <a href="#/contacts/duplicates">{t('contacts.duplicates.find')}</a>
      </p>
      <ErrorMessage error={exportError} />
      {importing && <ImportPanel lists={data?.lists ?? []} onImported={reload} />}
      <div role="search" aria-label={t('contacts.filter.label')} className="filters">
        <label>
          {t('contacts.search')} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>{' '}
        <label>
          {t('contacts.field.category')}{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value as ContactCategory | '')}>
            <option value="">{t('contacts.filter.allCategories')}</option>
            {CONTACT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`contacts.category.${c}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('contacts.filter.tag')}{' '}
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('contacts.filter.allTags')}</option>
            {(data?.tags ?? (tag ? [tag] : [])).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('contacts.filter.list')}{' '}
          <select value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="">{t('contacts.filter.allLists')}</option>
            {(data?.lists ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={includeErased}
            onChange={(e) => setIncludeErased(e.target.checked)}
          />{' '}
          {t('contacts.filter.showErased')}
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={pastRetention}
            onChange={(e) => setPastRetention(e.target.checked)}
          />{' '}
          {t('contacts.filter.pastRetention')}
        </label>
      </div>
      {data && data.pastRetention > 0 && !pastRetention && (
        <p className="warning">{t('contacts.pastRetentionNotice', { count: data.pastRetention })}</p>
      )}
      <ErrorMessage error={error} />
      {data && <p role="status">{t('contacts.found', { count: data.total })}</p>}
      {data && data.items.length > 0 && <ContactsTable items={data.items} />}
      <ListsSection onChange={reload} />
    </article>
  );
}
