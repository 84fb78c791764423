import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import type { Protocol } from '../../core/protocols/schema';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError, fromLines, onListFields, toLines } from './form-helpers';
import { InlineDialog } from './InlineDialog';
import { NewVersionDialog } from './NewVersionDialog';

type Key = 'title' | 'date' | 'place' | 'chair' | 'attendees' | 'agenda' | 'minutes';
const LISTS = ['attendees', 'agenda'];

function formOf(protocol: Protocol): Record<Key, string> {
  return {
    title: protocol.title,
    date: protocol.date,
    place: protocol.place,
    chair: protocol.chair,
    attendees: fromLines(protocol.attendees),
    agenda: fromLines(protocol.agenda),
    minutes: protocol.minutes,
  };
}

/**
 * The protocol's text. A draft is saved or approved (after a confirmation: approval locks it);
 * an approved one is read only until a new version is started with a reason.
 */
export function ProtocolEditor({
  protocol,
  onChanged,
}: {
  protocol: Protocol;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locked = protocol.status === 'approved';
  const [form, setForm] = useState(() => formOf(protocol));
  const [error, setError] = useState<AppError | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'newVersion' | null>(null);
  const { id } = protocol;

  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(onListFields(asAppError(e), LISTS));
    }
  };
  const update = () =>
    call('protocols.update', {
      id,
      ...form,
      attendees: toLines(form.attendees),
      agenda: toLines(form.agenda),
    });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      await update();
      onChanged(t('protocols.saved'));
    });
  };
  const approve = () => {
    setDialog(null);
    void attempt(async () => {
      // What was typed since the last save is saved first: the approved text is what is on screen.
      if (JSON.stringify(form) !== JSON.stringify(formOf(protocol))) await update();
      await call('protocols.approve', { id });
      onChanged(t('protocols.approvedMessage'));
    });
  };
  const startVersion = async (reason: string) => {
    const reopened = await call('protocols.newVersion', { id, reason });
    onChanged(t('protocols.newVersionStarted', { version: reopened.version }));
  };
  const docx = () => attempt(async () => saveFile(await call('protocols.docx', { id })));

  const field = (key: Key, type: 'text' | 'date' | 'area', rows = 4) => (
    <Field label={t(key === 'title' ? 'protocols.name' : `protocols.${key}`)} path={key} error={error}>
      {(p) =>
        type === 'area' ? (
          <textarea
            {...p}
            rows={rows}
            readOnly={locked}
            value={form[key]}
            onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
          />
        ) : (
          <input
            {...p}
            type={type}
            readOnly={locked}
            value={form[key]}
            onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
          />
        )
      }
    </Field>
  );

  return (
    <>
      <form aria-label={t('protocols.text')} onSubmit={save} noValidate>
        <ErrorMessage error={error} />
        {field('title', 'text')}
        {field('date', 'date')}
        {field('place', 'text')}
        {field('chair', 'text')}
        {field('attendees', 'area', 5)}
        {field('agenda', 'area', 5)}
        {field('minutes', 'area', 16)}
        <div className="actions">
          {!locked && (
            <>
              <button type="submit" className="primary">
                {t('common.save')}
              </button>
              <button type="button" aria-expanded={dialog === 'approve'} onClick={() => setDialog('approve')}>
                {t('protocols.approve')}
              </button>
            </>
          )}
          {locked && (
            <button
              type="button"
              aria-expanded={dialog === 'newVersion'}
              onClick={() => setDialog('newVersion')}
            >
              {t('protocols.newVersion')}
            </button>
          )}
          <button type="button" onClick={() => void docx()}>
            {t('protocols.docx')}
          </button>
        </div>
      </form>
      {dialog === 'approve' && (
        <InlineDialog title={t('protocols.approveQuestion')} onClose={() => setDialog(null)}>
          <p>{t('protocols.approveHint')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={approve}>
              {t('protocols.approveConfirm')}
            </button>
            <button type="button" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </InlineDialog>
      )}
      {dialog === 'newVersion' && (
        <NewVersionDialog onSubmit={startVersion} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
