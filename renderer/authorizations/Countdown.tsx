import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorizationView } from '../../core/api/contract-authorizations';
import { useShell } from '../app/AppContext';

const MINUTE = 60_000;

/** The shell clock, re-read every 30 s so countdowns move on. */
export function useNow(): string {
  const { now } = useShell();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 30_000);
    return () => clearInterval(timer);
  }, [now]);
  return current;
}

/** "4 h 12 min left" while awaiting; "deemed authorized (art. …)" once the term has run out. */
export function Countdown({ item, now }: { item: AuthorizationView; now: string }) {
  const { t } = useTranslation();
  const ms = Date.parse(item.dueAt) - Date.parse(now);
  const deemed =
    item.effectiveStatus === 'deemed_authorized' || (item.effectiveStatus === 'awaiting' && ms <= 0);
  if (deemed) {
    return (
      <span className="overdue">
        {item.citation
          ? t('authorizations.deemed', { article: item.citation.article, act: item.citation.act })
          : t('authorizations.deemedByAgreement')}
      </span>
    );
  }
  if (item.effectiveStatus !== 'awaiting') return null;
  const minutes = Math.floor(ms / MINUTE);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return (
    <span className="remaining">
      {days > 0
        ? t('authorizations.leftDays', { days, hours })
        : t('authorizations.left', { hours, minutes: minutes % 60 })}
    </span>
  );
}
