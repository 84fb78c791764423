import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { formatPhone } from '../../core/contacts/phone';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { Issues } from './Issues';
import { MergePreview } from './MergePreview';
import { asAppError, contactHref, useOfficeDates } from './shared';

type Group = MethodOutput<'contacts.duplicates'>[number];

/**
 * Possible duplicates, group by group: the records side by side, which one to keep, a preview of the
 * merge and the merge itself. `primary` (from `#/contacts/duplicates?primary=<id>`) puts that record's
 * group first and keeps it by default.
 */
export function DuplicatesPage({ primary }: { primary?: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi(() => call('contacts.duplicates', {}), [], 'contacts');
  const [message, setMessage] = useState<string | null>(null);
  const groups = [...(data ?? [])].sort(
    (a, b) => Number(has(b, primary)) - Number(has(a, primary)) || b.score - a.score,
  );
  return (
    <article>
      <p>
        <a href="#/contacts">{t('contacts.back')}</a>
      </p>
      <h1>{t('contacts.duplicates.title')}</h1>
      {message && <p role="status">{message}</p>}
      <ErrorMessage error={error} />
      {data && groups.length === 0 && <p>{t('contacts.duplicates.none')}</p>}
      {groups.map((group) => (
        <GroupSection
          key={group.contacts.map((c) => c.id).join('+')}
          group={group}
          primary={primary !== undefined && has(group, primary) ? primary : group.primaryId}
          onMerged={(name) => {
            setMessage(t('contacts.duplicates.merged', { name }));
            reload();
          }}
        />
      ))}
    </article>
  );
}

const has = (group: Group, id: string | undefined) =>
  id !== undefined && group.contacts.some((c) => c.id === id);

function GroupSection({
  group,
  primary,
  onMerged,
}: {
  group: Group;
  primary: string;
  onMerged: (name: string) => void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useOfficeDates();
  const headingId = useId();
  const [keep, setKeep] = useState(primary);
  const [preview, setPreview] = useState<MethodOutput<'contacts.mergePreview'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const input = {
    primaryId: keep,
    duplicateIds: group.contacts.map((c) => c.id).filter((id) => id !== keep),
  };
  const title = group.contacts.map((c) => c.displayName).join(' / ');

  const act = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby={headingId} className="duplicate-group">
      <h2 id={headingId}>{title}</h2>
      <p>{group.reasons.map((r) => t(`contacts.reason.${r.kind}`, { value: r.value })).join('; ')}</p>
      <fieldset>
        <legend>{t('contacts.duplicates.keep')}</legend>
        <div className="side-by-side">
          {group.contacts.map((c) => (
            <div key={c.id} className="card">
              <label>
                <input
                  type="radio"
                  name={`keep-${headingId}`}
                  value={c.id}
                  checked={keep === c.id}
                  onChange={() => {
                    setKeep(c.id);
                    setPreview(null);
                  }}
                />{' '}
                {t('contacts.duplicates.keepThis', { name: c.displayName })}
              </label>
              <ul>
                <li>
                  <a href={contactHref(c.id)}>{c.displayName}</a>, {t(`contacts.category.${c.category}`)}
                </li>
                {c.organisationDisplay && <li>{c.organisationDisplay}</li>}
                {c.emails.map((e) => (
                  <li key={e.value}>{e.value}</li>
                ))}
                {c.phones.map((p) => (
                  <li key={p.value}>{formatPhone(p.value)}</li>
                ))}
                <li>{t('contacts.duplicates.createdAt', { at: dateTime(c.createdAt) })}</li>
              </ul>
            </div>
          ))}
        </div>
      </fieldset>
      <ErrorMessage error={error} />
      <Issues error={error} />
      <button
        type="button"
        onClick={() => void act(async () => setPreview(await call('contacts.mergePreview', input)))}
      >
        {t('contacts.duplicates.preview')}
      </button>{' '}
      <button
        type="button"
        onClick={() =>
          void act(async () => {
            const merged = await call('contacts.merge', input);
            onMerged(merged.displayName);
          })
        }
      >
        {t('contacts.duplicates.merge')}
      </button>
      {preview && <MergePreview preview={preview} />}
    </section>
  );
}
