import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../core/decisions/schema';

/** The status as people see it: overdue (computed by the services) says by how many days. */
export function DecisionStatusBadge({
  decision,
}: {
  decision: Pick<DecisionView, 'viewStatus' | 'status' | 'overdueDays'>;
}) {
  const { t } = useTranslation();
  if (decision.viewStatus !== 'overdue') return <span>{t(`decisions.statusValue.${decision.status}`)}</span>;
  return (
    <span>
      <strong className="remaining overdue">
        {t('decisions.overdueBy.days', { count: decision.overdueDays })}
      </strong>
      <br />
      <small>{t(`decisions.statusValue.${decision.status}`)}</small>
    </span>
  );
}

export function ProgressValue({ value }: { value: number }) {
  const { t } = useTranslation();
  return (
    <span className="progress">
      <progress max={100} value={value} aria-label={t('decisions.progress')} />{' '}
      {t('decisions.percent', { value })}
    </span>
  );
}
