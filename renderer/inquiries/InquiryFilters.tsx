import { useTranslation } from 'react-i18next';
import {
  INQUIRY_STATUSES,
  SORT_FIELDS,
  type InquiryListQuery,
  type InquiryStatus,
} from '../../core/inquiries/schema';
import { useShell } from '../app/AppContext';

export type Filters = Required<Pick<InquiryListQuery, 'due' | 'sort' | 'dir'>> &
  Pick<InquiryListQuery, 'jurisdiction' | 'assigneePersonId' | 'q'> & { status: InquiryStatus | '' };

export const DEFAULT_FILTERS: Filters = { status: '', due: 'all', sort: 'dueAt', dir: 'asc', q: '' };

export function toQuery(filters: Filters): InquiryListQuery {
  return {
    due: filters.due,
    sort: filters.sort,
    dir: filters.dir,
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {}),
    ...(filters.assigneePersonId ? { assigneePersonId: filters.assigneePersonId } : {}),
    ...(filters.q?.trim() ? { q: filters.q.trim() } : {}),
  };
}

const SORT_LABEL: Record<(typeof SORT_FIELDS)[number], string> = {
  dueAt: 'filters.sortDueAt',
  receivedAt: 'filters.sortReceivedAt',
  regNo: 'filters.sortRegNo',
  status: 'filters.sortStatus',
  subject: 'filters.sortSubject',
};

export function InquiryFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const { people } = useShell().settings.office;
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v });
  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      className="filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        {t('filters.search')}
        <input
          type="search"
          value={value.q ?? ''}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => set('q', e.target.value)}
        />
      </label>
      <label>
        {t('filters.status')}
        <select value={value.status} onChange={(e) => set('status', e.target.value as Filters['status'])}>
          <option value="">{t('filters.any')}</option>
          {INQUIRY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.due')}
        <select value={value.due} onChange={(e) => set('due', e.target.value as Filters['due'])}>
          <option value="all">{t('filters.dueAll')}</option>
          <option value="overdue">{t('filters.dueOverdue')}</option>
          <option value="soon">{t('filters.dueSoon')}</option>
        </select>
      </label>
      <label>
        {t('filters.jurisdiction')}
        <select
          value={value.jurisdiction ?? ''}
          onChange={(e) => set('jurisdiction', (e.target.value || undefined) as Filters['jurisdiction'])}
        >
          <option value="">{t('filters.any')}</option>
          <option value="PL">{t('jurisdiction.PL')}</option>
          <option value="UA">{t('jurisdiction.UA')}</option>
        </select>
      </label>
      <label>
        {t('filters.assignee')}
        <select
          value={value.assigneePersonId ?? ''}
          onChange={(e) => set('assigneePersonId', e.target.value || undefined)}
        >
          <option value="">{t('filters.any')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.sort')}
        <select value={value.sort} onChange={(e) => set('sort', e.target.value as Filters['sort'])}>
          {SORT_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(SORT_LABEL[f])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.dir')}
        <select value={value.dir} onChange={(e) => set('dir', e.target.value as Filters['dir'])}>
          <option value="asc">{t('filters.asc')}</option>
          <option value="desc">{t('filters.desc')}</option>
        </select>
      </label>
    </form>
  );
}
