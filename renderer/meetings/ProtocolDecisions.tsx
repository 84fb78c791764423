import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../core/decisions/schema';
import type { AppError } from '../../core/errors';
import type { Protocol } from '../../core/protocols/schema';
import { call } from '../api/client';
import { href } from '../app/router';
import { formatLocalDay } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { DecisionStatusBadge, ProgressValue } from '../decisions/DecisionStatus';
import { useOfficeNames } from '../decisions/office-names';
import { DecisionEditor } from './DecisionEditor';
import { asAppError } from './form-helpers';

/** The decisions of a protocol; a draft's decisions are added, edited and removed here. */
export function ProtocolDecisions({
  protocol,
  decisions,
  onChanged,
}: {
  protocol: Protocol;
  decisions: readonly DecisionView[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const names = useOfficeNames();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const draft = protocol.status === 'draft';
  const columns = draft ? 8 : 7;
  const saved = () => {
    setEditing(null);
    onChanged();
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await call('decisions.remove', { id });
      setRemoving(null);
      onChanged();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby="protocol-decisions">
      <h2 id="protocol-decisions">{t('decisions.title')}</h2>
      <ErrorMessage error={error} />
      <table aria-labelledby="protocol-decisions">
        <thead>
          <tr>
            <th scope="col">{t('decisions.no')}</th>
            <th scope="col">{t('decisions.decision')}</th>
            <th scope="col">{t('decisions.department')}</th>
            <th scope="col">{t('decisions.person')}</th>
            <th scope="col">{t('decisions.dueDate')}</th>
            <th scope="col">{t('decisions.status')}</th>
            <th scope="col">{t('decisions.progress')}</th>
            {draft && <th scope="col">{t('decisions.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <Fragment key={d.id}>
              <tr>
                <td>{d.ordinal}</td>
                <td>{d.title}</td>
                <td>{names.department(d.departmentId)}</td>
                <td>{names.person(d.responsiblePersonId)}</td>
                <td>{formatLocalDay(d.dueDate, i18n.language)}</td>
                <td>
                  <DecisionStatusBadge decision={d} />
                </td>
                <td>
                  <ProgressValue value={d.progress} />
                </td>
                {draft && (
                  <td>
                    {removing === d.id ? (
                      <span role="group" aria-label={t('decisions.removeQuestion', { n: d.ordinal })}>
                        {t('decisions.removeQuestion', { n: d.ordinal })}{' '}
                        <button type="button" onClick={() => void remove(d.id)}>
                          {t('decisions.removeConfirm')}
                        </button>{' '}
                        <button type="button" onClick={() => setRemoving(null)}>
                          {t('common.cancel')}
                        </button>
                      </span>
                    ) : (
                      <>
                        <button
                          type="button"
                          aria-label={t('decisions.edit', { n: d.ordinal })}
                          aria-expanded={editing === d.id}
                          onClick={() => setEditing(editing === d.id ? null : d.id)}
                        >
                          {t('decisions.editShort')}
                        </button>{' '}
                        <button
                          type="button"
                          aria-label={t('decisions.remove', { n: d.ordinal })}
                          onClick={() => setRemoving(d.id)}
                        >
                          {t('decisions.removeShort')}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
              {editing === d.id && (
                <tr>
                  <td colSpan={columns}>
                    <DecisionEditor
                      protocolId={protocol.id}
                      decision={d}
                      onSaved={saved}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {decisions.length === 0 && <p>{t('decisions.empty')}</p>}
      {draft ? (
        <p>
          <button type="button" aria-expanded={editing === 'new'} onClick={() => setEditing('new')}>
            {t('decisions.add')}
          </button>
        </p>
      ) : (
        <p className="hint">
          {t('decisions.lockedHint')} <a href={href({ name: 'decisions' })}>{t('decisions.controlLink')}</a>.
        </p>
      )}
      {editing === 'new' && (
        <DecisionEditor protocolId={protocol.id} onSaved={saved} onCancel={() => setEditing(null)} />
      )}
    </section>
  );
}
