import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import type { PatronageView } from '../../core/api/contract-patronage';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage, fieldError } from '../common/ErrorMessage';
import { asAppError } from './helpers';

type Criterion = MethodOutput<'patronage.get'>['criteria'][number];
type Met = boolean | null;
const CHOICES: { value: Met; key: string }[] = [
  { value: true, key: 'met' },
  { value: false, key: 'notMet' },
  { value: null, key: 'unanswered' },
];

/**
 * The reviewer's evaluation: each criterion of the office's checklist met, not met or not answered
 * yet, with a note. Every change is saved at once (`patronage.answer`); a decision asked for while
 * criteria are unanswered marks them here (`decisionError`).
 */
export function Checklist({
  app,
  criteria,
  decisionError,
  onChange,
}: {
  app: PatronageView;
  criteria: Criterion[];
  decisionError: AppError | null;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const open = app.status === 'received' || app.status === 'under_review';

  const answer = async (criterionId: string, met: Met, note: string) => {
    setError(null);
    try {
      await call('patronage.answer', { id: app.id, criterionId, met, note });
      onChange();
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby="patronage-checklist">
      <h2 id="patronage-checklist">{t('patronage.checklist.title')}</h2>
      <ErrorMessage error={error} />
      {criteria.length === 0 && <p>{t('patronage.checklist.none')}</p>}
      {criteria.map((c) => {
        const saved = app.checklist[c.id] ?? { met: null, note: '' };
        return (
          <CriterionRow
            key={`${c.id}:${String(saved.met)}:${saved.note}`}
            criterion={c}
            saved={saved}
            disabled={!open}
            issue={fieldError(decisionError, `checklist.${c.id}`)}
            onAnswer={(met, note) => void answer(c.id, met, note)}
          />
        );
      })}
    </section>
  );
}

function CriterionRow({
  criterion,
  saved,
  disabled,
  issue,
  onAnswer,
}: {
  criterion: Criterion;
  saved: { met: Met; note: string };
  disabled: boolean;
  issue: string | null;
  onAnswer: (met: Met, note: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [met, setMet] = useState<Met>(saved.met);
  const [note, setNote] = useState(saved.note);
  return (
    <fieldset
      className={issue ? 'criterion invalid' : 'criterion'}
      {...(issue ? { 'aria-describedby': `${id}-error` } : {})}
    >
      <legend>{criterion.label}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.key}>
          <input
            type="radio"
            name={`${id}-met`}
            checked={met === choice.value}
            disabled={disabled}
            onChange={() => {
              setMet(choice.value);
              onAnswer(choice.value, note);
            }}
          />{' '}
          {t(`patronage.checklist.${choice.key}`)}
        </label>
      ))}
      <label htmlFor={`${id}-note`}>{t('patronage.checklist.note', { criterion: criterion.label })}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        disabled={disabled}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => {
          if (note !== saved.note) onAnswer(met, note);
        }}
      />
      {issue && (
        <small id={`${id}-error`} className="field-error">
          {t(`validation.${issue}`)}
        </small>
      )}
    </fieldset>
  );
}
