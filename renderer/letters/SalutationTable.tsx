import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientName, type RecipientDraft } from './recipients';
import type { useSalutations } from './use-salutations';

/** Rows shown at once; the salutations of the others are still suggested and used. */
const SHOWN = 100;

/**
 * Who gets a letter: the name and address that go to the register and the salutation, suggested in
 * the template's language and editable.
 */
export function SalutationTable({
  recipients,
  salutations,
}: {
  recipients: readonly RecipientDraft[];
  salutations: ReturnType<typeof useSalutations>;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  if (recipients.length === 0) return <p>{t('letters.salutations.none')}</p>;
  return (
    <>
      <table aria-label={t('letters.salutations.label')}>
        <thead>
          <tr>
            <th scope="col">{t('letters.salutations.name')}</th>
            <th scope="col">{t('letters.field.address')}</th>
            <th scope="col">{t('letters.salutations.salutation')}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.slice(0, SHOWN).map((draft, i) => {
            const name = recipientName(draft);
            const entry = salutations.current(draft);
            return (
              <tr key={draft.id}>
                <td>{name || t('letters.salutations.unnamed', { n: i + 1 })}</td>
                <td className="letters-address">{draft.address}</td>
                <td>
                  <input
                    aria-label={t('letters.salutations.for', {
                      name: name || t('letters.salutations.unnamed', { n: i + 1 }),
                    })}
                    value={entry?.text ?? ''}
                    placeholder={entry ? '' : t('letters.salutations.suggesting')}
                    aria-describedby={entry?.guessed ? `${hintId}-${i}` : undefined}
                    onChange={(e) => salutations.edit(draft, e.target.value)}
                  />
                  {entry?.guessed && (
                    <small id={`${hintId}-${i}`} className="hint">
                      {' '}
                      {t('letters.salutations.guessed')}
                    </small>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {recipients.length > SHOWN && (
        <p className="hint">{t('letters.salutations.more', { n: recipients.length - SHOWN })}</p>
      )}
    </>
  );
}
