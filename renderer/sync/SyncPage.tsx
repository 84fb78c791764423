import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useApi } from '../common/use-api';
import { ConflictList } from './ConflictList';
import { RejectedList } from './RejectedList';

/** Signing in to the city server, the sync state in plain words, and what needs a person's review. */
export function SyncPage() {
  const { t, i18n } = useTranslation();
  const { office } = useShell().settings;
  const { data, reload } = useApi(() => call('sync.status', {}), [], 'sync');
  const [error, setError] = useState<AppError | null>(null);
  const [form, setForm] = useState({
    serverUrl: 'https://',
    username: '',
    password: '',
    allowInsecure: false,
  });

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };
  const signIn = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('sync.login', form);
      setForm((f) => ({ ...f, password: '' }));
    });
  };
  if (!data) return null;

  return (
    <div className="sync-page">
      <h1>{t('sync.title')}</h1>
      <ErrorMessage error={error} />
      {data.configured ? (
        <div className="sync-account">
          <p>
            {t('sync.signedInAs', {
              server: data.serverUrl,
              user: data.userName,
              role: t(`sync.role.${data.role}`, { defaultValue: data.role ?? '' }),
            })}
          </p>
          <p role="status">
            {data.syncing ? t('sync.syncing') : data.online ? t('sync.online') : t('sync.offline')} ·{' '}
            {t('sync.pending', { count: data.pending })} ·{' '}
            {t('sync.lastSync', {
              when: data.lastSyncAt
                ? formatDateTime(data.lastSyncAt, office.timeZone, i18n.language)
                : t('sync.never'),
            })}
          </p>
          {data.lastError && data.lastError.code !== 'NOT_LOGGED_IN' && (
            <p role="alert" className="error">
              {t(`sync.errors.${data.lastError.code}`, data.lastError.params)}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={data.syncing}
              onClick={() => void run(() => call('sync.now', {}))}
            >
              {t('sync.syncNow')}
            </button>
            <button type="button" onClick={() => void run(() => call('sync.logout', {}))}>
              {t('sync.signOut')}
            </button>
          </div>
        </div>
      ) : (
        <form aria-label={t('sync.signIn')} onSubmit={signIn} noValidate>
          <p>{t('sync.notConnected')}</p>
          <Field label={t('sync.server')} path="serverUrl" error={error}>
            {(p) => (
              <input
                {...p}
                type="url"
                value={form.serverUrl}
                onChange={(e) => setForm({ ...form, serverUrl: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('sync.username')} path="username" error={error}>
            {(p) => (
              <input
                {...p}
                autoComplete="username"
                value={form.username}
                onChange={(e) => setForm({ ...form, username: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('sync.password')} path="password" error={error}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="current-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
              />
            )}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.allowInsecure}
              onChange={(e) => setForm({ ...form, allowInsecure: e.target.checked })}
            />{' '}
            {t('sync.allowInsecure')}
          </label>
          <p className="hint">{t('sync.allowInsecureHelp')}</p>
          <button type="submit" className="primary">
            {t('sync.signIn')}
          </button>
        </form>
      )}
      <ConflictList />
      <RejectedList />
    </div>
  );
}
