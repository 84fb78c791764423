import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime, fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { ObligationLine } from './Badges';
import { attachFiles, FileList } from './Files';
import { asAppError } from './helpers';

/**
 * After a grant: the logo approval (only when a request uses the city's logo) and the report, each
 * with its due date and state; either can be recorded here (the approval also taken back).
 *
 * Report photos are uploaded right AFTER the report is recorded (`patronage.report` with the files
 * the report already has, then `patronage.attach` target 'report' for each new photo, which adds it):
 * a refused recording (event not ended, received before its end) leaves no orphan photos behind, and
 * recording never drops files attached earlier.
 */
export function ObligationsPanel({ app, onChange }: { app: PatronageView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const { timeZone } = shell.settings.office;
  const [error, setError] = useState<AppError | null>(null);
  const [logoAt, setLogoAt] = useState(() => toLocalInput(shell.now(), timeZone));
  const [reportAt, setReportAt] = useState(() => toLocalInput(shell.now(), timeZone));
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  if (app.status !== 'granted') return null;
  const [logo, report] = ['logoApproval', 'report'].map((kind) =>
    app.obligations.find((o) => o.kind === kind),
  );
  const date = (iso: string | null) => formatDateTime(iso, timeZone, i18n.language);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChange();
    } catch (e) {
      setError(asAppError(e));
    }
  };
  const recordLogo = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('patronage.logoApproval', { id: app.id, at: fromLocalInput(logoAt, timeZone) }));
  };
  const recordReport = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('patronage.report', {
        id: app.id,
        receivedAt: fromLocalInput(reportAt, timeZone),
        note,
        attachments: app.reportAttachments,
      });
      await attachFiles(app.id, 'report', photos);
      setPhotos([]);
    });
  };

  return (
    <section aria-labelledby="patronage-obligations">
      <h2 id="patronage-obligations">{t('patronage.obligations.title')}</h2>
      <ErrorMessage error={error} />
      {logo && logo.status !== 'notApplicable' && (
        <div className="obligation">
          <h3>{t('patronage.obligation.logoApproval')}</h3>
          <p>
            <ObligationLine obligation={logo} />
          </p>
          {app.logoApprovedAt ? (
            <p>
              {t('patronage.obligations.doneAt', { date: date(app.logoApprovedAt) })}{' '}
              <button
                type="button"
                onClick={() => void run(() => call('patronage.logoApproval', { id: app.id, at: null }))}
              >
                {t('patronage.obligations.undo')}
              </button>
            </p>
          ) : (
            <form aria-label={t('patronage.obligations.recordApproval')} noValidate onSubmit={recordLogo}>
              <Field label={t('patronage.obligations.logoApprovedAt')} path="at" error={error}>
                {(p) => (
                  <input
                    {...p}
                    type="datetime-local"
                    value={logoAt}
                    onChange={(e) => setLogoAt(e.target.value)}
                  />
                )}
              </Field>
              <button type="submit">{t('patronage.obligations.recordApproval')}</button>
            </form>
          )}
        </div>
      )}
      {report && (
        <div className="obligation">
          <h3>{t('patronage.obligation.report')}</h3>
          <p>
            <ObligationLine obligation={report} />
          </p>
          {app.reportReceivedAt ? (
            <p>{t('patronage.obligations.doneAt', { date: date(app.reportReceivedAt) })}</p>
          ) : (
            <form aria-label={t('patronage.obligations.recordReport')} noValidate onSubmit={recordReport}>
              <Field label={t('patronage.obligations.reportReceivedAt')} path="receivedAt" error={error}>
                {(p) => (
                  <input
                    {...p}
                    type="datetime-local"
                    value={reportAt}
                    onChange={(e) => setReportAt(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('patronage.obligations.reportNote')} path="note" error={error}>
                {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
              </Field>
              <Field label={t('patronage.obligations.photos')} path="file" error={error}>
                {(p) => (
                  <input
                    {...p}
                    type="file"
                    multiple
                    accept="image/*,.pdf,.docx"
                    onChange={(e) => setPhotos([...(e.target.files ?? [])])}
                  />
                )}
              </Field>
              <button type="submit">{t('patronage.obligations.recordReport')}</button>
            </form>
          )}
          {app.reportNote && <p className="prose">{app.reportNote}</p>}
          {app.reportAttachments.length > 0 && (
            <>
              <h4>{t('patronage.obligations.reportPhotos')}</h4>
              <FileList
                id={app.id}
                files={app.reportAttachments}
                names={app.fileNames}
                name={(n) => t('patronage.obligations.photo', { n })}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
