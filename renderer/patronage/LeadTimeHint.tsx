import { useTranslation } from 'react-i18next';
import { leadTimeFlag } from '../../core/patronage/rules';
import { filedText } from './helpers';

/**
 * While typing: how many days before the event the application came and whether the office's rule
 * makes it late. Informational only; the services compute the flag that is stored.
 */
export function LeadTimeHint({
  receivedAt,
  eventStart,
  leadDays,
  timeZone,
}: {
  receivedAt: string;
  eventStart: string;
  leadDays: number;
  timeZone: string;
}) {
  const { t } = useTranslation();
  let flag: ReturnType<typeof leadTimeFlag> | null = null;
  try {
    if (receivedAt && eventStart) flag = leadTimeFlag({ receivedAt, eventStart }, { leadDays }, timeZone);
  } catch {
    flag = null;
  }
  const text = flag
    ? t(flag.late ? 'patronage.leadHintLate' : 'patronage.leadHintOk', {
        filed: filedText(t, flag.daysBefore),
        required: t('patronage.requiresAtLeast.days', { count: leadDays }),
      })
    : '';
  return (
    <p className={flag?.late ? 'hint warning' : 'hint'} aria-live="polite">
      {text}
    </p>
  );
}
