import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ConfirmDialog } from './ConfirmDialog';
import { ContactDetails } from './ContactDetails';
import { ContactHistory } from './ContactHistory';
import { asAppError, contactHref, useOfficeDates } from './shared';

type Get = MethodOutput<'contacts.get'>;

/** One contact: its data, its people, where it figures in the registers, duplicates and data rights. */
export function ContactPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { dateTime } = useOfficeDates();
  const { data, error, reload } = useApi(() => call('contacts.get', { id }), [id], 'contacts');
  const lists = useApi(() => call('contacts.lists', {}), [], 'contacts');
  const [actionError, setActionError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'erase' | 'remove' | null>(null);

  const back = (
    <p>
      <a href="#/contacts">{t('contacts.back')}</a>
    </p>
  );
  if (!data) {
    return (
      <article>
        {back}
        <ErrorMessage error={error} />
      </article>
    );
  }
  const c = data.contact;
  const run = async (action: () => Promise<void>) => {
    setActionError(null);
    setMessage(null);
    setConfirm(null);
    try {
      await action();
    } catch (e) {
      setActionError(asAppError(e));
    }
  };
  const exportData = () => run(async () => saveFile(await call('contacts.exportPersonData', { id })));
  const erase = () =>
    run(async () => {
      await call('contacts.erase', { id });
      setMessage(t('contacts.erase.done'));
      reload();
    });
  const remove = () =>
    run(async () => {
      await call('contacts.remove', { id });
      window.location.hash = '#/contacts';
    });

  return (
    <article>
      {back}
      <h1>{c.displayName}</h1>
      {message && <p role="status">{message}</p>}
      {c.erasedAt && <p className="warning">{t('contacts.erase.erasedAt', { at: dateTime(c.erasedAt) })}</p>}
      <p>
        {data.canEdit && !c.erasedAt && <a href={`${contactHref(c.id)}/edit`}>{t('contacts.edit')}</a>}{' '}
        <button type="button" onClick={() => void exportData()}>
          {t('contacts.exportPersonData')}
        </button>{' '}
        {data.canEdit && !c.erasedAt && (
          <button type="button" onClick={() => setConfirm('erase')}>
            {t('contacts.erase.button')}
          </button>
        )}{' '}
        {data.canEdit && (
          <button type="button" onClick={() => setConfirm('remove')}>
            {t('contacts.remove.button')}
          </button>
        )}
      </p>
      <ErrorMessage error={actionError} />
      {confirm === 'erase' && (
        <ConfirmDialog
          title={t('contacts.erase.title')}
          confirm={t('contacts.erase.confirm')}
          onConfirm={() => void erase()}
          onCancel={() => setConfirm(null)}
        >
          <p>{t('contacts.erase.explanation')}</p>
        </ConfirmDialog>
      )}
      {confirm === 'remove' && (
        <ConfirmDialog
          title={t('contacts.remove.title')}
          confirm={t('contacts.remove.confirm')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirm(null)}
        >
          <p>{t('contacts.remove.explanation')}</p>
        </ConfirmDialog>
      )}
      <ContactDetails contact={c} lists={lists.data ?? []} />
      {c.kind === 'organisation' && <People people={data.people} />}
      <ContactHistory history={data.history} />
      {data.duplicates.length > 0 && <Duplicates duplicates={data.duplicates} />}
    </article>
  );
}

function People({ people }: { people: Get['people'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-people">
      <h2 id="contact-people">{t('contacts.people')}</h2>
      {people.length === 0 && <p>{t('contacts.noPeople')}</p>}
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            <a href={contactHref(p.id)}>{p.displayName}</a>
            {p.position && `, ${p.position}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Duplicates({ duplicates }: { duplicates: Get['duplicates'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-duplicates">
      <h2 id="contact-duplicates">{t('contacts.duplicates.possible')}</h2>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <a href={contactHref(d.id)}>{d.displayName}</a>:{' '}
            {d.reasons.map((r) => t(`contacts.reason.${r.kind}`, { value: r.value })).join('; ')}
          </li>
        ))}
      </ul>
      <a href="#/contacts/duplicates">{t('contacts.duplicates.mergeLink')}</a>
    </section>
  );
}
