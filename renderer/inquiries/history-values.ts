import type { OfficeSettings } from '../../core/settings/schema';
import { formatDateTime, formatLocalDay } from '../common/dates';

type T = (key: string, params?: Record<string, unknown>) => string;

const ENUM_PREFIX: Record<string, string> = {
  status: 'status',
  status_before_pause: 'status',
  channel: 'channel',
  answer_channel: 'channel',
  outlet_type: 'outletType',
  jurisdiction: 'jurisdiction',
};

/** A change-log value as a person reads it: names for codes, office-local dates, yes/no. */
export function historyValue(
  field: string,
  value: unknown,
  t: T,
  office: OfficeSettings,
  language: string,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'string' && ENUM_PREFIX[field])
    return t(`${ENUM_PREFIX[field]}.${value}`, { defaultValue: value });
  if (field === 'suspended' || field === 'deleted') return value ? t('common.yes') : t('common.no');
  if (field === 'assignee_person_id') return office.people.find((p) => p.id === value)?.name ?? String(value);
  if (field === 'assignee_department_id')
    return office.departments.find((d) => d.id === value)?.name ?? String(value);
  if (field === 'pauses' && typeof value === 'string') {
    const pauses = JSON.parse(value) as { from: string; to: string | null }[];
    return pauses
      .map(
        (p) =>
          `${formatDateTime(p.from, office.timeZone, language)} – ${p.to ? formatDateTime(p.to, office.timeZone, language) : '…'}`,
      )
      .join('; ');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T.*Z$/.test(value))
    return formatDateTime(value, office.timeZone, language);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatLocalDay(value, language);
  return String(value);
}
