import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../core/api/contract-contacts';
import { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ContactPicker } from '../contacts/ContactPicker';
import { recipientName, type RecipientDraft } from './recipients';

type Answer = Awaited<ReturnType<typeof fetchRecipients>>;
const fetchRecipients = (input: { listId?: string; ids?: string[] }) => call('contacts.recipients', input);

/** A recipient of the directory as the producer screen holds it (merge fields, address, the link). */
function draftOf(r: Answer[number]): RecipientDraft {
  return { id: `contact-${r.contactId}`, fields: r.fields, address: r.address, contactId: r.contactId };
}

/**
 * Recipients from the contact directory: a whole distribution list and/or single contacts. Each letter
 * is then linked to its recipient's record, whose page lists it. Erased records never come back.
 */
export function ContactRecipients({
  rows,
  onChange,
}: {
  rows: RecipientDraft[];
  onChange: (rows: RecipientDraft[]) => void;
}) {
  const { t } = useTranslation();
  const lists = useApi(() => call('contacts.lists', {}), [], 'contacts');
  const [listId, setListId] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const add = async (input: { listId?: string; ids?: string[] }) => {
    setError(null);
    try {
      const found = (await fetchRecipients(input)).map(draftOf);
      const known = new Set(rows.map((r) => r.id));
      onChange([...rows, ...found.filter((d) => !known.has(d.id))]);
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  return (
    <div>
      <div className="actions">
        <label>
          {t('contacts.picker.recipients')}{' '}
          <select value={listId} onChange={(e) => setListId(e.target.value)}>
            <option value="" />
            {(lists.data ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.memberCount})
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!listId} onClick={() => void add({ listId })}>
          {t('contacts.picker.addList')}
        </button>
      </div>
      <ContactPicker
        label={t('contacts.picker.recipient')}
        onPick={(c: ContactView) => void add({ ids: [c.id] })}
      />
      <ErrorMessage error={error} />
      <ul aria-label={t('letters.recipients.title')}>
        {rows.map((row, i) => (
          <li key={row.id}>
            {recipientName(row)}{' '}
            <button
              type="button"
              aria-label={t('letters.typed.remove', { n: i + 1 })}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
