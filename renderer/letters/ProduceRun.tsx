import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import { call, onEvent } from '../api/client';
import { saveFile } from '../common/download';
import { asAppError, ErrorDetails } from './ErrorDetails';
import { newJobId } from './files';
import { registeredRange } from './produce-summary';

type Request = MethodInput<'letters.produce'>;
type Output = 'combined' | 'separate';
type Format = 'docx' | 'pdf';

interface Running {
  jobId: string;
  done: number;
  total: number | null;
}

/**
 * The real run: how the result is delivered (one document or a .zip, .docx or PDF), progress while
 * the services render, Cancel, and what was registered (or that nothing was).
 */
export function ProduceRun({ request }: { request: (preview: boolean) => Promise<Request | null> }) {
  const { t } = useTranslation();
  const pdfHint = useId();
  const [output, setOutput] = useState<Output>('combined');
  const [format, setFormat] = useState<Format>('docx');
  const [pdfAvailable, setPdfAvailable] = useState<boolean | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    call('letters.pdfAvailable', {}).then(
      (answer) => live && setPdfAvailable(answer.available),
      () => live && setPdfAvailable(false),
    );
    return () => {
      live = false;
    };
  }, []);
  const pdfOff = pdfAvailable !== true;

  const produce = async () => {
    setError(null);
    setStatus('');
    const jobId = newJobId();
    setRunning({ jobId, done: 0, total: null });
    const stop = onEvent((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId)
        setRunning({ jobId, done: event.done, total: event.total });
    });
    try {
      const input = await request(false);
      if (!input) return;
      const result = await call('letters.produce', {
        ...input,
        jobId,
        output,
        format: pdfOff ? 'docx' : format,
        preview: false,
      });
      if (result.cancelled) {
        setStatus(t('letters.run.cancelled'));
        return;
      }
      saveFile(result.file);
      const range = await registeredRange(result, input.date);
      setStatus(
        range
          ? t('letters.run.registered.letters', { count: result.registered, range })
          : t('letters.run.registeredNoRange.letters', { count: result.registered }),
      );
    } catch (e) {
      setError(asAppError(e));
    } finally {
      stop();
      setRunning(null);
    }
  };

  const cancel = (jobId: string) => {
    call('letters.cancel', { jobId }).catch((e: unknown) => setError(asAppError(e)));
  };

  const radio = <V extends string>(
    name: string,
    value: V,
    current: V,
    set: (v: V) => void,
    label: string,
  ) => (
    <label>
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        disabled={running !== null || (value === 'pdf' && pdfOff)}
        aria-describedby={value === 'pdf' && pdfAvailable === false ? pdfHint : undefined}
        onChange={() => set(value)}
      />{' '}
      {label}
    </label>
  );

  return (
    <div className="letters-run">
      <fieldset role="radiogroup" aria-label={t('letters.run.output')}>
        <legend>{t('letters.run.output')}</legend>
        {radio('output', 'combined', output, setOutput, t('letters.run.combined'))}
        {radio('output', 'separate', output, setOutput, t('letters.run.separate'))}
      </fieldset>
      <fieldset role="radiogroup" aria-label={t('letters.run.format')}>
        <legend>{t('letters.run.format')}</legend>
        {radio('format', 'docx', format, setFormat, t('letters.run.docx'))}
        {radio('format', 'pdf', format, setFormat, t('letters.run.pdf'))}
        {pdfAvailable === false && (
          <small id={pdfHint} className="hint">
            {t('notAllowed.noLibreOffice')}
          </small>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" className="primary" disabled={running !== null} onClick={() => void produce()}>
          {t('letters.run.produce')}
        </button>
        {running && (
          <>
            <progress
              aria-label={t('letters.run.progress')}
              max={running.total ?? undefined}
              value={running.total === null ? undefined : running.done}
            />
            <span>
              {running.total === null
                ? t('letters.run.starting')
                : t('letters.run.doneOf', { done: running.done, total: running.total })}
            </span>
            <button type="button" onClick={() => cancel(running.jobId)}>
              {t('letters.run.cancel')}
            </button>
          </>
        )}
      </div>
      <ErrorDetails error={error} />
      <p role="status">{status}</p>
    </div>
  );
}
