import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionList } from '../../core/api/contract-contacts';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { asAppError } from './shared';

/** Distribution lists: name, description and member count; add, rename, remove. */
export function ListsSection({ onChange }: { onChange: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, reload } = useApi(() => call('contacts.lists', {}), [], 'contacts');
  const [editing, setEditing] = useState<string | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const current = data?.find((l) => l.id === editing);
  const changed = () => {
    setEditing(null);
    reload();
    onChange();
  };
  const remove = async (list: DistributionList) => {
    setActionError(null);
    try {
      await call('contacts.removeList', { id: list.id });
      changed();
    } catch (e) {
      setActionError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('contacts.lists.title')}</h2>
      <ErrorMessage error={error ?? actionError} />
      {data && data.length === 0 && <p>{t('contacts.lists.none')}</p>}
      {data && data.length > 0 && (
        <table>
          <caption>{t('contacts.lists.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contacts.lists.name')}</th>
              <th scope="col">{t('contacts.lists.description')}</th>
              <th scope="col">{t('contacts.lists.members')}</th>
              <th scope="col">{t('contacts.lists.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((list) => (
              <tr key={list.id}>
                <td>{list.name}</td>
                <td>{list.description}</td>
                <td>{list.memberCount}</td>
                <td>
                  <button type="button" onClick={() => setEditing(editing === list.id ? null : list.id)}>
                    {t('contacts.lists.rename', { name: list.name })}
                  </button>{' '}
                  <button type="button" onClick={() => void remove(list)}>
                    {t('contacts.lists.remove', { name: list.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {current && <ListForm key={current.id} list={current} onSaved={changed} />}
      <ListForm key={`new-${data?.length ?? 0}`} list={null} onSaved={changed} />
    </section>
  );
}

function ListForm({ list, onSaved }: { list: DistributionList | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [error, setError] = useState<AppError | null>(null);
  const title = list ? t('contacts.lists.renameTitle', { name: list.name }) : t('contacts.lists.add');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call('contacts.saveList', { ...(list ? { id: list.id } : {}), name, description });
      onSaved();
    } catch (e) {
      setError(asAppError(e));
    }
  };
  return (
    <form aria-label={title} noValidate onSubmit={(e) => void submit(e)}>
      <ErrorMessage error={error} />
      <Field label={t('contacts.lists.name')} path="name" error={error}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('contacts.lists.description')} path="description" error={error}>
        {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <button type="submit">{list ? t('contacts.lists.save') : t('contacts.lists.add')}</button>
    </form>
  );
}
