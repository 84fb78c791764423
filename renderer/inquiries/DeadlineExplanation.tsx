import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { PL_HOLIDAYS, UA_HOLIDAYS } from '../../core/deadlines';
import { formatLocalDay } from '../common/dates';

type Deadline = NonNullable<MethodOutput<'inquiries.get'>['deadline']>;
const HOLIDAYS = [...PL_HOLIDAYS, ...UA_HOLIDAYS];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Turns the engine's machine-readable steps into sentences in the user's language. */
export function DeadlineExplanation({ deadline }: { deadline: Deadline }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as 'pl' | 'uk' | 'en';

  const holidayName = (key: string) => HOLIDAYS.find((h) => h.key === key)?.names[language] ?? key;
  const reasonText = (reason: string) => {
    const [kind, key] = reason.split(':');
    if (key && (kind === 'holiday' || kind === 'transfer')) return holidayName(key);
    return t(`reason.${reason}`, { defaultValue: reason });
  };
  const params = (raw: Record<string, string | number>) =>
    Object.fromEntries(
      Object.entries(raw).map(([k, v]) => {
        if (k === 'reason' && typeof v === 'string') return [k, reasonText(v)];
        if (k === 'holiday' && typeof v === 'string') return [k, holidayName(v)];
        if (typeof v === 'string' && DAY.test(v)) return [k, formatLocalDay(v, language)];
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v))
          return [k, v.replace('T', ' ').slice(0, 16)];
        return [k, v];
      }),
    );

  return (
    <>
      <ol className="explanation">
        {deadline.explanation.map((step, index) => (
          <li key={index}>{t(`step.${step.code}`, { ...params(step.params), defaultValue: step.code })}</li>
        ))}
      </ol>
      {deadline.flags.length > 0 && (
        <ul className="flags">
          {deadline.flags.map((flag) => (
            <li key={flag}>{t(`flag.${flag}`, { defaultValue: flag })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
