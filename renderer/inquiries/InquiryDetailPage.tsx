import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href } from '../app/router';
import { formatDateTime, formatLocalDay } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ActionPanel } from './ActionPanel';
import { DeadlineExplanation } from './DeadlineExplanation';
import { DueDate } from './DueDate';
import { HistoryTable } from './HistoryTable';
import { Remaining } from './Remaining';

export function InquiryDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const { data, error, reload } = useApi(() => call('inquiries.get', { id }), [id], 'inquiries');
  const [docError, setDocError] = useState<AppError | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const { inquiry, deadline, now } = data;
  const when = (iso: string | null) => formatDateTime(iso, office.timeZone, i18n.language);
  const people = Object.fromEntries(office.people.map((p) => [p.id, p.name]));

  const download = async (method: 'inquiries.answerDocx' | 'inquiries.refusalDocx') => {
    setDocError(null);
    try {
      saveFile(await call(method, { id }));
    } catch (e) {
      setDocError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  return (
    <article className="inquiry-detail">
      <p>
        <a href={href({ name: 'inquiries' })}>{t('common.back')}</a>
      </p>
      <h1>
        {inquiry.regNo}: {inquiry.subject}
      </h1>
      {data.warnings.map((w) => (
        <p key={w} role="note" className="warning">
          {t(`warnings.${w}`)}
        </p>
      ))}
      <dl className="facts">
        <dt>{t('inquiries.status')}</dt>
        <dd>{t(`status.${inquiry.status}`)}</dd>
        <dt>{t('inquiries.receivedAt')}</dt>
        <dd>
          {when(inquiry.receivedAt)} ({t(`channel.${inquiry.channel}`)})
        </dd>
        <dt>{t('inquiries.journalistName')}</dt>
        <dd>
          {inquiry.contactId ? (
            <a href={`#/contacts/${encodeURIComponent(inquiry.contactId)}`}>{inquiry.journalistName}</a>
          ) : (
            inquiry.journalistName
          )}
          , {inquiry.outletName} ({t(`outletType.${inquiry.outletType}`)})
          {inquiry.contact && <> · {inquiry.contact}</>}
        </dd>
        <dt>{t('inquiries.assigneePerson')}</dt>
        <dd>
          {inquiry.assigneePersonId
            ? (people[inquiry.assigneePersonId] ?? inquiry.assigneePersonId)
            : t('inquiries.nobody')}
        </dd>
        <dt>{t('inquiries.jurisdiction')}</dt>
        <dd>{t(`jurisdiction.${inquiry.jurisdiction}`)}</dd>
      </dl>
      <a href={href({ name: 'inquiry-edit', id })}>{t('inquiries.edit')}</a>

      <section aria-labelledby="question-title">
        <h2 id="question-title">{t('inquiries.question')}</h2>
        <p className="prose">{inquiry.question}</p>
      </section>

      <section aria-labelledby="deadline-title" className="deadline">
        <h2 id="deadline-title">{t('detail.deadline')}</h2>
        <p className="due">
          <strong data-testid="due-date">
            <DueDate inquiry={inquiry} />
          </strong>{' '}
          · <Remaining inquiry={inquiry} now={now} />
        </p>
        {/* Day terms end at 24:00 of the due day (shown above); only hour terms need the exact moment. */}
        {inquiry.dueAt && !inquiry.dueDate && (
          <p>
            {t('detail.dueAt')}: {when(inquiry.dueAt)}
          </p>
        )}
        {deadline && (
          <>
            <p>
              {t('detail.citation')}: {deadline.citation.article}, {deadline.citation.act} ·{' '}
              {t('detail.confidence')}: {t(`confidence.${deadline.confidence}`)}
            </p>
            <details open>
              <summary>{t('detail.why')}</summary>
              <DeadlineExplanation deadline={deadline} />
            </details>
          </>
        )}
        {inquiry.extensionDueDate && (
          <p>
            {t('detail.extension')}: {formatLocalDay(inquiry.extensionDueDate, i18n.language)} —{' '}
            {inquiry.extensionReason} ({t('action.noticeAt')}: {when(inquiry.extensionNoticeAt)})
          </p>
        )}
      </section>

      {inquiry.answerText && (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">{t('detail.answer')}</h2>
          <p className="prose">{inquiry.answerText}</p>
          <p>
            {t('action.sentAt')}: {when(inquiry.answerSentAt)}
            {inquiry.answerChannel && <> ({t(`channel.${inquiry.answerChannel}`)})</>}
          </p>
        </section>
      )}
      {inquiry.refusalReason && (
        <section aria-labelledby="refusal-title">
          <h2 id="refusal-title">{t('detail.refusal')}</h2>
          <p>{inquiry.refusalLegalBasis}</p>
          <p className="prose">{inquiry.refusalReason}</p>
        </section>
      )}
      {inquiry.forwardedTo && (
        <p>
          {t('detail.forwarded')}: {inquiry.forwardedTo}, {when(inquiry.forwardedAt)}
        </p>
      )}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('detail.actions')}</h2>
        <ActionPanel inquiry={inquiry} allowed={data.allowedActions} onDone={reload} />
      </section>

      {(inquiry.answerText || inquiry.status === 'refused') && (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t('detail.documents')}</h2>
          <ErrorMessage error={docError} />
          {inquiry.answerText && (
            <button type="button" onClick={() => void download('inquiries.answerDocx')}>
              {t('detail.downloadAnswer')}
            </button>
          )}
          {inquiry.status === 'refused' && (
            <button type="button" onClick={() => void download('inquiries.refusalDocx')}>
              {t('detail.downloadRefusal')}
            </button>
          )}
        </section>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('detail.history')}</h2>
        <HistoryTable id={id} />
      </section>
    </article>
  );
}
