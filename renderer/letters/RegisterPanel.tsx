import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileOut, MethodInput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import { LETTER_KINDS, type LetterKind } from '../../core/letters/schema';
import { call } from '../api/client';
import { formatLocalDay } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { asAppError } from './ErrorDetails';

/** One screen of the register; the export always takes every filtered entry. */
const PAGE_SIZE = 50;

interface Filters {
  q: string;
  kind: LetterKind | '';
  from: string;
  to: string;
}

function toQuery(filters: Filters): MethodInput<'letters.list'> {
  return {
    q: filters.q.trim(),
    kind: filters.kind ? [filters.kind] : [],
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** The register of outgoing correspondence: search, filters, pages, .xlsx export and each entry's document. */
export function RegisterPanel() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ q: '', kind: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const query = toQuery(filters);
  const pageQuery = { ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  const { data, error } = useApi(
    () => call('letters.list', pageQuery),
    [JSON.stringify(pageQuery)],
    'letters',
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(0);
  };
  const download = async (load: () => Promise<FileOut>) => {
    setActionError(null);
    try {
      saveFile(await load());
    } catch (e) {
      setActionError(asAppError(e));
    }
  };

  // Opens the document in Word (or the default application) on this computer, e.g. to print it.
  const open = async (id: string) => {
    setActionError(null);
    try {
      await call('letters.open', { id });
    } catch (e) {
      setActionError(asAppError(e));
    }
  };

  return (
    <>
      <form
        role="search"
        aria-label={t('letters.register.filters')}
        className="filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('letters.register.search')}
          <input type="search" value={filters.q} onChange={(e) => set('q', e.target.value)} />
        </label>
        <label>
          {t('letters.produce.kind')}
          <select value={filters.kind} onChange={(e) => set('kind', e.target.value as Filters['kind'])}>
            <option value="">{t('letters.register.anyKind')}</option>
            {LETTER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`letters.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('letters.register.from')}
          <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('letters.register.to')}
          <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <button type="button" onClick={() => void download(() => call('letters.exportXlsx', query))}>
          {t('letters.register.export')}
        </button>
      </form>
      <ErrorMessage error={actionError} />
      <ErrorMessage error={error} />
      {data && (
        <>
          <p role="status">{t('letters.register.shown', { shown: data.items.length, total: data.total })}</p>
          <table aria-label={t('letters.register.label')}>
            <thead>
              <tr>
                <th scope="col">{t('letters.register.number')}</th>
                <th scope="col">{t('letters.produce.date')}</th>
                <th scope="col">{t('letters.produce.kind')}</th>
                <th scope="col">{t('letters.register.recipient')}</th>
                <th scope="col">{t('letters.produce.subject')}</th>
                <th scope="col">{t('letters.produce.template')}</th>
                <th scope="col">{t('letters.register.signatory')}</th>
                <th scope="col">{t('letters.register.document')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((letter) => (
                <tr key={letter.id}>
                  <td>{letter.regNo}</td>
                  <td>{formatLocalDay(letter.date, i18n.language)}</td>
                  <td>{t(`letters.kind.${letter.kind}`)}</td>
                  <td>
                    {letter.recipientName}
                    {letter.recipientAddress && (
                      <>
                        <br />
                        <small className="letters-address">{letter.recipientAddress}</small>
                      </>
                    )}
                  </td>
                  <td>{letter.subject || '—'}</td>
                  <td>{letter.templateName}</td>
                  <td>
                    {letter.signatoryName || '—'}
                    {letter.signatoryFunction && (
                      <>
                        <br />
                        <small>{letter.signatoryFunction}</small>
                      </>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('letters.register.documentOf', { regNo: letter.regNo })}
                      onClick={() => void download(() => call('letters.file', { id: letter.id }))}
                    >
                      {t('letters.register.document')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={t('letters.register.openOf', { regNo: letter.regNo })}
                      onClick={() => void open(letter.id)}
                    >
                      {t('letters.register.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.items.length === 0 && <p>{t('letters.register.empty')}</p>}
          {pages > 1 && (
            <nav className="pager" aria-label={t('letters.register.pages')}>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('letters.register.previous')}
              </button>
              <span>{t('letters.register.pageOf', { page: page + 1, pages })}</span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('letters.register.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
