import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppError } from '../../core/errors';
import type { Letter } from '../../core/letters/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatLocalDay } from '../common/dates';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { asAppError, officeDay } from './helpers';

/**
 * After the decision: the decision letter and, for a granted request for a prize or diploma, the
 * diploma. Each is numbered in the register of outgoing correspondence, dated today in the office's
 * zone, downloaded, and listed below with the letters produced earlier.
 */
export function Documents({
  app,
  letters,
  onChange,
}: {
  app: PatronageView;
  letters: Letter[];
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const [recipientName, setRecipientName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const decided = app.status === 'granted' || app.status === 'refused';
  const diploma = app.status === 'granted' && app.requests.includes('prize_or_diploma');
  if (!decided && letters.length === 0) return null;

  const produce = async (kind: 'decisionLetter' | 'diploma') => {
    setError(null);
    setMessage(null);
    const date = officeDay(shell.now(), shell.settings.office.timeZone);
    const name = recipientName.trim();
    try {
      const out =
        kind === 'decisionLetter'
          ? await call('patronage.decisionLetter', { id: app.id, date })
          : await call('patronage.diploma', { id: app.id, date, ...(name ? { recipientName: name } : {}) });
      saveFile(out.file);
      setMessage(t('patronage.documents.produced', { regNo: out.letter.regNo }));
      onChange();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby="patronage-documents">
      <h2 id="patronage-documents">{t('patronage.documents.title')}</h2>
      <ErrorMessage error={error} />
      {message && <p role="status">{message}</p>}
      {decided && (
        <p>
          <button type="button" onClick={() => void produce('decisionLetter')}>
            {t('patronage.documents.decisionLetter')}
          </button>
        </p>
      )}
      {diploma && (
        <p>
          <label>
            {t('patronage.documents.recipientName')}{' '}
            <input value={recipientName} onChange={(e) => setRecipientName(e.target.value)} />
          </label>{' '}
          <button type="button" onClick={() => void produce('diploma')}>
            {t('patronage.documents.diploma')}
          </button>
        </p>
      )}
      {letters.length === 0 ? (
        <p>{t('patronage.documents.none')}</p>
      ) : (
        <table>
          <caption>{t('patronage.documents.letters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('patronage.documents.regNo')}</th>
              <th scope="col">{t('patronage.documents.kind')}</th>
              <th scope="col">{t('patronage.documents.date')}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr key={l.id}>
                <td>{l.regNo}</td>
                <td>{t(`letters.kind.${l.kind}`)}</td>
                <td>{formatLocalDay(l.date, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
