import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import { DECISION_VIEW_STATUSES, type DecisionViewStatus } from '../../core/decisions/schema';
import { call } from '../api/client';
import { formatLocalDay } from '../common/dates';
import { useApi } from '../common/use-api';
import { useOfficeNames } from './office-names';

export type Filters = {
  protocolId: string;
  departmentId: string;
  responsiblePersonId: string;
  status: DecisionViewStatus | '';
  openOnly: boolean;
};

/** The control view starts with the open decisions of every meeting. */
export const DEFAULT_FILTERS: Filters = {
  protocolId: '',
  departmentId: '',
  responsiblePersonId: '',
  status: '',
  openOnly: true,
};

export function toQuery(f: Filters): MethodInput<'decisions.list'> {
  return {
    ...(f.protocolId ? { protocolId: f.protocolId } : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.responsiblePersonId ? { responsiblePersonId: f.responsiblePersonId } : {}),
    status: f.status ? [f.status] : [],
    openOnly: f.openOnly,
  };
}

const CLOSED: readonly string[] = ['done', 'cancelled'];

export function DecisionFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const names = useOfficeNames();
  const protocols = useApi(() => call('protocols.list', {}), [], 'protocols');
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v });
  // Asking for done or cancelled decisions only makes sense with the closed ones shown.
  const setStatus = (status: Filters['status']) =>
    onChange({ ...value, status, openOnly: CLOSED.includes(status) ? false : value.openOnly });

  return (
    <form
      role="search"
      aria-label={t('decisions.filters')}
      className="filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        {t('decisions.protocol')}
        <select value={value.protocolId} onChange={(e) => set('protocolId', e.target.value)}>
          <option value="">{t('decisions.any')}</option>
          {(protocols.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {formatLocalDay(p.date, i18n.language)} — {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decisions.department')}
        <select value={value.departmentId} onChange={(e) => set('departmentId', e.target.value)}>
          <option value="">{t('decisions.any')}</option>
          {names.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decisions.person')}
        <select
          value={value.responsiblePersonId}
          onChange={(e) => set('responsiblePersonId', e.target.value)}
        >
          <option value="">{t('decisions.any')}</option>
          {names.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decisions.status')}
        <select value={value.status} onChange={(e) => setStatus(e.target.value as Filters['status'])}>
          <option value="">{t('decisions.any')}</option>
          {DECISION_VIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`decisions.statusValue.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.openOnly} onChange={(e) => set('openOnly', e.target.checked)} />{' '}
        {t('decisions.openOnly')}
      </label>
    </form>
  );
}
