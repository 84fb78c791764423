import { useTranslation } from 'react-i18next';
import type { PatronageView } from '../../core/api/contract-patronage';
import { formatLocalDay } from '../common/dates';

type Obligation = PatronageView['obligations'][number];

/** "Logo approval: due Fri, 5 Mar 2027, overdue" (overdue ones highlighted). */
export function ObligationLine({ obligation }: { obligation: Obligation }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={obligation.status === 'overdue' ? 'overdue' : undefined}>
      {t('patronage.obligationDue', {
        kind: t(`patronage.obligation.${obligation.kind}`),
        date: formatLocalDay(obligation.dueDate, i18n.language),
        status: t(`patronage.obligationStatus.${obligation.status}`),
      })}
    </span>
  );
}

/** The obligations that apply to a granted patronage, one per line. */
export function ObligationList({ obligations }: { obligations: PatronageView['obligations'] }) {
  const shown = obligations.filter((o) => o.status !== 'notApplicable');
  if (shown.length === 0) return null;
  return (
    <ul className="plain">
      {shown.map((o) => (
        <li key={o.kind}>
          <ObligationLine obligation={o} />
        </li>
      ))}
    </ul>
  );
}

/** The reviewer's flags: a late application and missing reports from the applicant's past. */
export function FlagBadges({ item }: { item: PatronageView }) {
  const { t } = useTranslation();
  return (
    <>
      {item.leadTime.late && (
        <span className="badge warning">
          {t('patronage.lateBadge.days', { count: Math.max(0, item.leadTime.daysBefore) })}
        </span>
      )}{' '}
      {item.missingReports.length > 0 && (
        <span className="badge warning">{t('patronage.missingReportsBadge')}</span>
      )}
    </>
  );
}
