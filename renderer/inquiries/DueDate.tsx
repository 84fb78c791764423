import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../core/inquiries/schema';
import { useShell } from '../app/AppContext';
import { formatDateTime, formatLocalDay } from '../common/dates';

/** Day rules show the last day; hour rules (authorization, urgent) show the exact moment. */
export function DueDate({ inquiry }: { inquiry: Pick<Inquiry, 'dueAt' | 'dueDate'> }) {
  const { i18n } = useTranslation();
  const { office } = useShell().settings;
  if (inquiry.dueDate) return <>{formatLocalDay(inquiry.dueDate, i18n.language)}</>;
  return <>{formatDateTime(inquiry.dueAt, office.timeZone, i18n.language)}</>;
}
