import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import {
  CHANNELS,
  type Inquiry,
  type InquiryTransition,
  type TransitionAction,
} from '../../core/inquiries/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { fromLocalInput, toLocalInput } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';

/** The lifecycle actions allowed now; each opens a small form with what the law asks to record. */
export function ActionPanel({
  inquiry,
  allowed,
  onDone,
}: {
  inquiry: Inquiry;
  allowed: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (allowed.length === 0) return <p>{t('detail.noActions')}</p>;

  const done = (action: TransitionAction) => {
    setOpen(null);
    setMessage(t('action.done', { action: t(`action.${action}`) }));
    onDone();
  };
  return (
    <div className="action-panel">
      <div className="action-buttons">
        {(allowed as TransitionAction[]).map((action) => (
          <button
            key={action}
            type="button"
            aria-expanded={open === action}
            onClick={() =>
              action === 'start' ? void run({ id: inquiry.id, action: 'start' }, done) : setOpen(action)
            }
          >
            {t(`action.${action}`)}
          </button>
        ))}
      </div>
      {message && <p role="status">{message}</p>}
      {open && (
        <ActionForm key={open} action={open} inquiry={inquiry} onDone={done} onCancel={() => setOpen(null)} />
      )}
    </div>
  );
}

async function run(
  transition: InquiryTransition,
  done: (a: TransitionAction) => void,
): Promise<AppError | null> {
  try {
    await call('inquiries.transition', transition);
    done(transition.action);
    return null;
  } catch (e) {
    return e instanceof AppError ? e : new AppError('INTERNAL');
  }
}

function ActionForm({
  action,
  inquiry,
  onDone,
  onCancel,
}: {
  action: TransitionAction;
  inquiry: Inquiry;
  onDone: (a: TransitionAction) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone } = shell.settings.office;
  const now = toLocalInput(shell.now(), timeZone);
  const [values, setValues] = useState<Record<string, string>>({
    at: now,
    noticeAt: now,
    sentAt: now,
    decidedAt: now,
    channel: inquiry.channel,
    newDueDate: '',
    reason: '',
    text: '',
    legalBasis: '',
    to: '',
  });
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const instant = (key: string) => fromLocalInput(values[key] ?? '', timeZone);

  const build = (): InquiryTransition => {
    const id = inquiry.id;
    switch (action) {
      case 'extend':
        return {
          id,
          action,
          newDueDate: values.newDueDate ?? '',
          reason: values.reason ?? '',
          noticeAt: instant('noticeAt'),
        };
      case 'pause':
        return { id, action, at: instant('at'), reason: values.reason ?? '' };
      case 'resume':
        return { id, action, at: instant('at') };
      case 'answer':
        return {
          id,
          action,
          text: values.text ?? '',
          sentAt: instant('sentAt'),
          channel: values.channel as Inquiry['channel'],
        };
      case 'refuse':
        return {
          id,
          action,
          reason: values.reason ?? '',
          legalBasis: values.legalBasis ?? '',
          decidedAt: instant('decidedAt'),
        };
      case 'forward':
        return { id, action, to: values.to ?? '', at: instant('at') };
      case 'withdraw':
        return { id, action, at: instant('at') };
      case 'start':
        return { id, action };
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await run(build(), onDone));
  };

  const input = (key: string, label: string, type = 'text', path = key) => (
    <Field label={label} path={path} error={error}>
      {(p) => <input {...p} type={type} value={values[key] ?? ''} onChange={set(key)} />}
    </Field>
  );
  const area = (key: string, label: string, path = key) => (
    <Field label={label} path={path} error={error}>
      {(p) => <textarea {...p} rows={6} value={values[key] ?? ''} onChange={set(key)} />}
    </Field>
  );

  return (
    <form
      aria-label={t(`action.${action}`)}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t(`action.${action}`)}</h3>
      <ErrorMessage error={error} />
      {action === 'extend' && (
        <>
          {input('newDueDate', t('action.newDueDate'), 'date')}
          {area('reason', t('action.reason'))}
          {input('noticeAt', t('action.noticeAt'), 'datetime-local')}
        </>
      )}
      {action === 'pause' && (
        <>
          {input('at', t('action.at'), 'datetime-local')}
          {area('reason', t('action.reason'))}
        </>
      )}
      {(action === 'resume' || action === 'withdraw') && input('at', t('action.at'), 'datetime-local')}
      {action === 'answer' && (
        <>
          {area('text', t('action.text'))}
          {input('sentAt', t('action.sentAt'), 'datetime-local')}
          <Field label={t('action.sentVia')} path="channel" error={error}>
            {(p) => (
              <select {...p} value={values.channel} onChange={set('channel')}>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`channel.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      {action === 'refuse' && (
        <>
          {input('legalBasis', t('action.legalBasis'))}
          {area('reason', t('action.refusalReason'))}
          {input('decidedAt', t('action.decidedAt'), 'datetime-local')}
        </>
      )}
      {action === 'forward' && (
        <>
          {input('to', t('action.forwardTo'))}
          {input('at', t('action.at'), 'datetime-local')}
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
