import { useTranslation } from 'react-i18next';
import { remainingTime } from '../../core/inquiries/remaining';
import type { Inquiry } from '../../core/inquiries/schema';
import { useShell } from '../app/AppContext';

/** "Due in 2 working days", "Overdue by 3 days": the clock in words, coloured by urgency. */
export function Remaining({ inquiry, now }: { inquiry: Inquiry; now: string }) {
  const { t } = useTranslation();
  const { office } = useShell().settings;
  const r = remainingTime(inquiry, now, {
    timeZone: office.timeZone,
    uaMartialLawEnd: office.uaMartialLawEnd,
  });
  const tone = r.kind.startsWith('overdue')
    ? 'overdue'
    : r.kind === 'dueToday' || r.kind === 'dueInHours'
      ? 'urgent'
      : '';
  const text = 'count' in r ? t(`remaining.${r.kind}`, { count: r.count }) : t(`remaining.${r.kind}`);
  return <span className={`remaining ${tone}`}>{text}</span>;
}
