import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { href, navigate } from '../app/router';
import { formatLocalDay } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { asAppError, localDayOf, protocolStatusText } from './form-helpers';

/** Protocols of the mayor's meetings, and a new one for a meeting that did not come from an application. */
export function ProtocolsSection() {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { data, error } = useApi(() => call('protocols.list', {}), [], 'protocols');

  return (
    <section aria-labelledby="protocols-title">
      <div className="page-head">
        <h2 id="protocols-title">{t('protocols.title')}</h2>
        <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {t('protocols.newProtocol')}
        </button>
      </div>
      {creating && <NewProtocolForm onCancel={() => setCreating(false)} />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <table aria-label={t('protocols.title')}>
            <thead>
              <tr>
                <th scope="col">{t('protocols.date')}</th>
                <th scope="col">{t('protocols.name')}</th>
                <th scope="col">{t('protocols.status')}</th>
                <th scope="col">{t('protocols.decisions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((p) => (
                <tr key={p.id}>
                  <td>{formatLocalDay(p.date, i18n.language)}</td>
                  <td>
                    <a href={href({ name: 'protocol', id: p.id })}>{p.title}</a>
                  </td>
                  <td>{protocolStatusText(t, p)}</td>
                  <td>{t('protocols.openOfTotal', { open: p.openDecisions, total: p.decisions })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.length === 0 && <p>{t('protocols.empty')}</p>}
        </>
      )}
    </section>
  );
}

function NewProtocolForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const shell = useShell();
  const [form, setForm] = useState(() => ({
    title: '',
    date: localDayOf(shell.now(), shell.settings.office.timeZone),
    place: '',
  }));
  const [error, setError] = useState<AppError | null>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await call('protocols.create', form);
      navigate({ name: 'protocol', id: created.id });
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <form
      aria-label={t('protocols.newTitle')}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{t('protocols.newTitle')}</h3>
      <p className="hint">{t('protocols.newHint')}</p>
      <ErrorMessage error={error} />
      <Field label={t('protocols.name')} path="title" error={error}>
        {(p) => <input {...p} value={form.title} onChange={set('title')} />}
      </Field>
      <Field label={t('protocols.date')} path="date" error={error}>
        {(p) => <input {...p} type="date" value={form.date} onChange={set('date')} />}
      </Field>
      <Field label={t('protocols.place')} path="place" error={error}>
        {(p) => <input {...p} value={form.place} onChange={set('place')} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('protocols.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
