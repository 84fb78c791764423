import { useTranslation } from 'react-i18next';
import type { Inquiry } from '../../core/inquiries/schema';
import { call } from '../api/client';
import { href } from '../app/router';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { DueDate } from './DueDate';
import { Remaining } from './Remaining';

/** What is overdue or due in the next 48 hours, at the top of the register. */
export function Dashboard() {
  const { t } = useTranslation();
  const { data, error } = useApi(() => call('inquiries.dashboard', {}), [], 'inquiries');
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      <ErrorMessage error={error} />
      {data && data.overdue.length === 0 && data.dueSoon.length === 0 && <p>{t('dashboard.nothing')}</p>}
      {data && (
        <div className="dashboard-columns">
          <AttentionList title={t('dashboard.overdue')} items={data.overdue} now={data.now} tone="overdue" />
          <AttentionList title={t('dashboard.dueSoon')} items={data.dueSoon} now={data.now} tone="urgent" />
        </div>
      )}
    </section>
  );
}

function AttentionList({
  title,
  items,
  now,
  tone,
}: {
  title: string;
  items: Inquiry[];
  now: string;
  tone: string;
}) {
  if (items.length === 0) return null;
  const id = `attention-${tone}`;
  return (
    <div className={`attention ${tone}`}>
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      <ul aria-labelledby={id}>
        {items.map((inquiry) => (
          <li key={inquiry.id}>
            <a href={href({ name: 'inquiry', id: inquiry.id })}>
              {inquiry.regNo} — {inquiry.subject}
            </a>{' '}
            <DueDate inquiry={inquiry} /> · <Remaining inquiry={inquiry} now={now} />
          </li>
        ))}
      </ul>
    </div>
  );
}
