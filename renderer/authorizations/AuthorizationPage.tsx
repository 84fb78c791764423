import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { Countdown, useNow } from './Countdown';
import { Decision } from './Decision';
import { DiffTable, StructureWarning } from './DiffTable';

/** One authorization request: the facts and legal effect, the decision, the differences and the reply. */
export function AuthorizationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const now = useNow();
  const { data, error, reload } = useApi(() => call('authorizations.get', { id }), [id], 'authorizations');
  const [message, setMessage] = useState<string | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const [replyError, setReplyError] = useState<AppError | null>(null);
  const [copied, setCopied] = useState(false);
  const date = (iso: string) => formatDateTime(iso, timeZone, i18n.language);

  const back = (
    <p>
      <a href="#/authorizations">{t('authorizations.back')}</a>
    </p>
  );
  if (!data)
    return (
      <article>
        {back}
        <ErrorMessage error={error} />
      </article>
    );
  const a = data.authorization;
  const effect = data.legalEffect;

  const askReply = async () => {
    setReplyError(null);
    setCopied(false);
    try {
      setReply((await call('authorizations.reply', { id })).text);
    } catch (e) {
      setReplyError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };
  const copy = async () => {
    if (reply === null || !navigator.clipboard) return;
    await navigator.clipboard.writeText(reply);
    setCopied(true);
  };

  return (
    <article>
      {back}
      <h1>{t('authorizations.itemTitle', { interviewee: a.interviewee })}</h1>
      {message && <p role="status">{message}</p>}
      <dl className="facts">
        <dt>{t('authorizations.status')}</dt>
        <dd>
          {t(`authorizations.statusValue.${a.effectiveStatus}`)}. {t(`authorizations.effect.${effect.kind}`)}
          {effect.citation && <> {t('authorizations.citation', effect.citation)}</>}
        </dd>
        <dt>{t('authorizations.journalist')}</dt>
        <dd>
          {a.contactId ? (
            <a href={`#/contacts/${encodeURIComponent(a.contactId)}`}>{a.journalistName}</a>
          ) : (
            a.journalistName
          )}
          , {a.outletName} ({t(`outletType.${a.outletType}`)})
        </dd>
        <dt>{t('authorizations.topic')}</dt>
        <dd>{a.topic}</dd>
        <dt>{t('authorizations.handedOverAt')}</dt>
        <dd>{date(a.handedOverAt)}</dd>
        <dt>{t('authorizations.dueAt')}</dt>
        <dd>
          {date(a.dueAt)} <Countdown item={a} now={now} />
        </dd>
        {a.refusalReason && (
          <>
            <dt>{t('authorizations.refusedBecause')}</dt>
            <dd>{a.refusalReason}</dd>
          </>
        )}
      </dl>
      <h2>{t('authorizations.receivedText')}</h2>
      <p className="prose">{a.receivedText}</p>
      {a.effectiveStatus === 'awaiting' && (
        <Decision
          item={a}
          onDone={() => {
            setMessage(t('authorizations.decided'));
            reload();
          }}
        />
      )}
      {data.structure && <StructureWarning structure={data.structure} />}
      {data.diff.length > 0 && <DiffTable rows={data.diff} />}
      {a.effectiveStatus !== 'awaiting' && (
        <section aria-labelledby="authorization-reply">
          <h2 id="authorization-reply">{t('authorizations.reply')}</h2>
          <ErrorMessage error={replyError} />
          <button type="button" onClick={() => void askReply()}>
            {t('authorizations.reply')}
          </button>
          {reply !== null && (
            <>
              <label htmlFor="authorization-reply-text">{t('authorizations.replyText')}</label>
              <textarea id="authorization-reply-text" readOnly rows={10} value={reply} />
              <button type="button" onClick={() => void copy()}>
                {t('authorizations.copy')}
              </button>
              {copied && <p role="status">{t('authorizations.copied')}</p>}
            </>
          )}
        </section>
      )}
    </article>
  );
}
