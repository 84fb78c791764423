import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { asAppError } from './ErrorDetails';
import { RECIPIENT_FIELDS } from './fields';
import { readAsBase64 } from './files';
import type { ImportAnswer } from './recipients';

export interface ImportedList {
  answer: ImportAnswer;
  /** Field → column key ('' or absent: not in the list). */
  mapping: Record<string, string>;
}

type Problem = ImportAnswer['problems'][number];

/**
 * A recipient list (.xlsx or .csv) read by the services: which column holds which field (guessed, then
 * adjustable), how many good rows go on, and each bad row's problem with its row number.
 */
export function ImportRecipients({
  list,
  onChange,
}: {
  list: ImportedList | null;
  onChange: (list: ImportedList | null) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [reading, setReading] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setReading(true);
    try {
      const answer = await call('letters.importRecipients', await readAsBase64(file));
      onChange({ answer, mapping: { ...answer.mapping } });
    } catch (e) {
      setError(asAppError(e));
      onChange(null);
    } finally {
      setReading(false);
      input.value = ''; // the same file can be chosen again after fixing it
    }
  };

  const columns = list?.answer.columns ?? [];
  const columnName = (problem: Problem) => {
    if (!problem.column) return '';
    const field = Object.entries(list?.mapping ?? {}).find(([, column]) => column === problem.column)?.[0];
    if (field) return t(`letters.field.${field}`).toLowerCase();
    return columns.find((c) => c.key === problem.column)?.header ?? problem.column;
  };

  return (
    <div className="letters-import">
      <label className="button">
        {t('letters.import.file')}
        <input
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={reading}
          onChange={(e) => void pick(e)}
        />
      </label>
      <ErrorMessage error={error} />
      <p role="status">
        {reading
          ? t('letters.import.reading')
          : list
            ? t('letters.import.goodRows.rows', { count: list.answer.rows.length })
            : ''}
      </p>
      {list && (
        <>
          <fieldset>
            <legend>{t('letters.import.mapping')}</legend>
            <div className="letters-mapping">
              {RECIPIENT_FIELDS.map((field) => (
                <label key={field}>
                  {t(`letters.field.${field}`)}
                  <select
                    value={list.mapping[field] ?? ''}
                    onChange={(e) =>
                      onChange({ ...list, mapping: { ...list.mapping, [field]: e.target.value } })
                    }
                  >
                    <option value="">{t('letters.import.notInList')}</option>
                    {columns.map((c) => (
                      <option key={c.key} value={c.key}>
                        {c.header || c.key}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
          {list.answer.problems.length > 0 && (
            <>
              <h4>{t('letters.import.problemsTitle')}</h4>
              <ul aria-label={t('letters.import.problems')}>
                {list.answer.problems.map((p, i) => (
                  <li key={`${p.row}-${p.column ?? ''}-${i}`}>
                    {t(`letters.import.problem.${p.code}`, {
                      row: p.row,
                      column: columnName(p),
                      value: p.value ?? '',
                      defaultValue: t('letters.import.problem.OTHER', { row: p.row, code: p.code }),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
