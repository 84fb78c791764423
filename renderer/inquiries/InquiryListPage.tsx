import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href } from '../app/router';
import { formatDateTime } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { Dashboard } from './Dashboard';
import { DueDate } from './DueDate';
import { DEFAULT_FILTERS, InquiryFilters, toQuery, type Filters } from './InquiryFilters';
import { Remaining } from './Remaining';

/** One screen of the register; the export always takes every filtered row. */
const PAGE_SIZE = 50;

export function InquiryListPage() {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [page, setPage] = useState(0);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const query = toQuery(filters);
  const pageQuery = { ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
  const { data, error } = useApi(
    () => call('inquiries.list', pageQuery),
    [JSON.stringify(pageQuery)],
    'inquiries',
  );
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(0);
  };
  const people = Object.fromEntries(office.people.map((p) => [p.id, p.name]));

  const exportXlsx = async () => {
    setExportError(null);
    try {
      saveFile(await call('inquiries.exportXlsx', query));
    } catch (e) {
      setExportError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  return (
    <>
      <div className="page-head">
        <h1>{t('inquiries.title')}</h1>
        <a className="button primary" href={href({ name: 'inquiry-new' })}>
          {t('inquiries.register')}
        </a>
        <button type="button" onClick={() => void exportXlsx()}>
          {t('inquiries.exportXlsx')}
        </button>
      </div>
      <ErrorMessage error={exportError} />
      <Dashboard />
      <InquiryFilters value={filters} onChange={changeFilters} />
      <ErrorMessage error={error} />
      {data && (
        <>
          <p role="status">{t('inquiries.shown', { shown: data.items.length, total: data.total })}</p>
          <table aria-label={t('inquiries.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('inquiries.regNo')}</th>
                <th scope="col">{t('inquiries.receivedAt')}</th>
                <th scope="col">{t('inquiries.journalistName')}</th>
                <th scope="col">{t('inquiries.subject')}</th>
                <th scope="col">{t('inquiries.assigneePerson')}</th>
                <th scope="col">{t('inquiries.status')}</th>
                <th scope="col">{t('inquiries.dueDate')}</th>
                <th scope="col">{t('inquiries.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((inquiry) => (
                <tr key={inquiry.id}>
                  <td>
                    <a href={href({ name: 'inquiry', id: inquiry.id })}>{inquiry.regNo}</a>
                  </td>
                  <td>{formatDateTime(inquiry.receivedAt, office.timeZone, i18n.language)}</td>
                  <td>
                    {inquiry.journalistName}
                    <br />
                    <small>{inquiry.outletName}</small>
                  </td>
                  <td>{inquiry.subject}</td>
                  <td>
                    {inquiry.assigneePersonId
                      ? (people[inquiry.assigneePersonId] ?? inquiry.assigneePersonId)
                      : '—'}
                  </td>
                  <td>{t(`status.${inquiry.status}`)}</td>
                  <td>
                    <DueDate inquiry={inquiry} />
                  </td>
                  <td>
                    <Remaining inquiry={inquiry} now={data.now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.items.length === 0 && <p>{t('inquiries.empty')}</p>}
          {pages > 1 && (
            <nav className="pager" aria-label={t('inquiries.pageOf', { page: page + 1, pages })}>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('inquiries.previousPage')}
              </button>
              <span>{t('inquiries.pageOf', { page: page + 1, pages })}</span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('inquiries.nextPage')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
