import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';

type Get = MethodOutput<'authorizations.get'>;

function Segments({ segments }: { segments: Get['diff'][number]['left'] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'removed' ? (
          <del key={i}>{s.text}</del>
        ) : s.kind === 'added' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** Received vs authorized, paragraph by paragraph: removed words struck through, added ones underlined. */
export function DiffTable({ rows }: { rows: Get['diff'] }) {
  const { t } = useTranslation();
  return (
    <table className="diff">
      <caption>{t('authorizations.differences')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('authorizations.received')}</th>
          <th scope="col">{t('authorizations.authorizedColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className={`diff-${row.kind}`}>
            <td>
              <Segments segments={row.left} />
            </td>
            <td>
              <Segments segments={row.right} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Art. 14a ust. 6: new questions or answers, or a changed order, are not an authorization. */
export function StructureWarning({ structure }: { structure: NonNullable<Get['structure']> }) {
  const { t } = useTranslation();
  if (!structure.warning) return null;
  return (
    <div role="alert" className="warning">
      <p>{t('authorizations.structureWarning', structure.citation)}</p>
      <ul>
        {structure.addedQuestions.map((q, i) => (
          <li key={`q${i}`}>{t('authorizations.addedQuestion', { text: q })}</li>
        ))}
        {structure.addedAnswers.map((a, i) => (
          <li key={`a${i}`}>{t('authorizations.addedAnswer', { text: a })}</li>
        ))}
        {structure.reordered && <li>{t('authorizations.reordered')}</li>}
      </ul>
    </div>
  );
}
