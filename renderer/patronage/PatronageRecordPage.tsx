import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { FlagBadges } from './Badges';
import { LateBanner, MissingReportsBanner } from './Banners';
import { Checklist } from './Checklist';
import { DecisionActions } from './DecisionActions';
import { Documents } from './Documents';
import { Attachments } from './Files';
import { editHref, listHref } from './helpers';
import { ObligationsPanel } from './ObligationsPanel';

/**
 * One patronage application: its facts and flags, the evaluation checklist, the decision, the
 * documents produced, the applicant's obligations after a grant, and the attachments.
 */
export function PatronageRecordPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const { data, error, reload } = useApi(() => call('patronage.get', { id }), [id], 'patronage_applications');
  const [decisionError, setDecisionError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const date = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);

  const back = (
    <p>
      <a href={listHref}>{t('patronage.back')}</a>
    </p>
  );
  if (!data)
    return (
      <article>
        {back}
        <ErrorMessage error={error} />
      </article>
    );
  const app = data.application;
  const fact = (label: string, value: string | null) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;

  return (
    <article>
      {back}
      <h1>{t('patronage.record.title', { event: app.eventTitle })}</h1>
      {data.canEdit && (
        <p>
          <a href={editHref(app.id)}>{t('patronage.record.edit')}</a>
        </p>
      )}
      {message && <p role="status">{message}</p>}
      <LateBanner app={app} timeZone={timeZone} />
      <MissingReportsBanner app={app} />
      <dl className="facts" aria-label={t('patronage.record.facts')}>
        <dt>{t('patronage.col.status')}</dt>
        <dd>
          {t(`patronage.status.${app.status}`)} <FlagBadges item={app} />
        </dd>
        <dt>{t('patronage.form.applicantName')}</dt>
        <dd>
          {app.applicantOrganisationId ? (
            // The applicant's page in the directory shows its other applications and letters.
            <a href={`#/contacts/${encodeURIComponent(app.applicantOrganisationId)}`}>{app.applicantName}</a>
          ) : (
            app.applicantName
          )}
        </dd>
        {fact(t('patronage.form.contactPerson'), app.contactPerson)}
        {fact(t('patronage.form.contact'), app.contact)}
        {fact(t('patronage.form.eventTitle'), app.eventTitle)}
        {fact(
          t('patronage.col.eventDate'),
          t('patronage.record.eventDates', { start: date(app.eventStart), end: date(app.eventEnd) }),
        )}
        {fact(t('patronage.form.eventPlace'), app.eventPlace)}
        {fact(t('patronage.form.scope'), t(`patronage.scope.${app.scope}`))}
        {fact(t('patronage.form.audience'), app.audience)}
        {fact(
          t('patronage.record.participants'),
          app.expectedParticipants === null ? null : String(app.expectedParticipants),
        )}
        {fact(t('patronage.form.requests'), app.requests.map((r) => t(`patronage.request.${r}`)).join('; '))}
        {fact(t('patronage.form.receivedAt'), date(app.receivedAt))}
        {fact(t('patronage.record.decidedAt'), app.decidedAt && date(app.decidedAt))}
        {fact(t('patronage.record.decidedBy'), app.decidedBy)}
        {fact(t('patronage.record.refusalReason'), app.refusalReason)}
        {fact(t('patronage.record.withdrawnAt'), app.withdrawnAt && date(app.withdrawnAt))}
      </dl>
      {app.description && <p className="prose">{app.description}</p>}
      <Checklist app={app} criteria={data.criteria} decisionError={decisionError} onChange={reload} />
      <DecisionActions
        app={app}
        error={decisionError}
        onError={setDecisionError}
        onDone={() => {
          setMessage(t('patronage.actions.saved'));
          reload();
        }}
      />
      <Documents app={app} letters={data.letters} onChange={reload} />
      <ObligationsPanel app={app} onChange={reload} />
      <Attachments id={app.id} files={app.attachments} names={app.fileNames} onChange={reload} />
    </article>
  );
}
