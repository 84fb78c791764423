import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../core/decisions/schema';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { href } from '../app/router';
import { formatLocalDay } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { asAppError } from '../meetings/form-helpers';
import { DecisionFilters, DEFAULT_FILTERS, toQuery, type Filters } from './DecisionFilters';
import { DecisionStatusBadge, ProgressValue } from './DecisionStatus';
import { useOfficeNames } from './office-names';
import { ProgressDialog } from './ProgressDialog';

/** Decisions by department, in the services' order (overdue first); groups come in that order too. */
function byDepartment(
  items: readonly DecisionView[],
): { departmentId: string | null; items: DecisionView[] }[] {
  const groups = new Map<string | null, DecisionView[]>();
  for (const item of items) groups.set(item.departmentId, [...(groups.get(item.departmentId) ?? []), item]);
  return [...groups].map(([departmentId, list]) => ({ departmentId, items: list }));
}

/** The control of decisions: what each department has to do, what is late, and their reports. */
export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const names = useOfficeNames();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [reporting, setReporting] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const query = toQuery(filters);
  const { data, error, reload } = useApi(
    () => call('decisions.list', query),
    [JSON.stringify(query)],
    'decisions',
  );

  const exportXlsx = async () => {
    setExportError(null);
    try {
      saveFile(await call('decisions.exportXlsx', query));
    } catch (e) {
      setExportError(asAppError(e));
    }
  };
  const reported = () => {
    setReporting(null);
    setMessage(t('decisions.reported'));
    reload();
  };

  return (
    <>
      <div className="page-head">
        <h1>{t('decisions.title')}</h1>
        <button type="button" onClick={() => void exportXlsx()}>
          {t('decisions.export')}
        </button>
      </div>
      <p className="hint">{t('decisions.controlHint')}</p>
      <ErrorMessage error={exportError} />
      <DecisionFilters value={filters} onChange={setFilters} />
      {message && <p role="status">{message}</p>}
      <ErrorMessage error={error} />
      {data?.items.length === 0 && <p>{t('decisions.emptyFiltered')}</p>}
      {data &&
        byDepartment(data.items).map((group, index) => (
          <section key={group.departmentId ?? ''} aria-labelledby={`decision-group-${index}`}>
            <h2 id={`decision-group-${index}`}>{names.department(group.departmentId)}</h2>
            <table aria-labelledby={`decision-group-${index}`}>
              <thead>
                <tr>
                  <th scope="col">{t('decisions.decision')}</th>
                  <th scope="col">{t('decisions.protocol')}</th>
                  <th scope="col">{t('decisions.person')}</th>
                  <th scope="col">{t('decisions.dueDate')}</th>
                  <th scope="col">{t('decisions.status')}</th>
                  <th scope="col">{t('decisions.progress')}</th>
                  <th scope="col">{t('decisions.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((d) => (
                  <Fragment key={d.id}>
                    <tr>
                      <td>{d.title}</td>
                      <td>
                        <a href={href({ name: 'protocol', id: d.protocolId })}>{d.protocolTitle}</a>
                        <br />
                        <small>{formatLocalDay(d.protocolDate, i18n.language)}</small>
                      </td>
                      <td>{names.person(d.responsiblePersonId)}</td>
                      <td>{formatLocalDay(d.dueDate, i18n.language)}</td>
                      <td>
                        <DecisionStatusBadge decision={d} />
                      </td>
                      <td>
                        <ProgressValue value={d.progress} />
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-label={t('decisions.reportOn', { title: d.title })}
                          aria-expanded={reporting === d.id}
                          onClick={() => {
                            setMessage(null);
                            setReporting(reporting === d.id ? null : d.id);
                          }}
                        >
                          {t('decisions.report')}
                        </button>
                      </td>
                    </tr>
                    {reporting === d.id && (
                      <tr>
                        <td colSpan={7}>
                          <ProgressDialog
                            decision={d}
                            onSaved={reported}
                            onClose={() => setReporting(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </section>
        ))}
    </>
  );
}
