import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { criterionLabel, DEFAULT_CRITERION_IDS, type Criterion } from '../../core/patronage/settings';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { asAppError, uiLanguage } from './helpers';

type DayKey = 'leadDays' | 'logoApprovalDaysBefore' | 'reportDaysAfter';
const DAY_KEYS: DayKey[] = ['leadDays', 'logoApprovalDaysBefore', 'reportDaysAfter'];

/** The first free id for an office's own criterion: custom1, custom2, … */
function newCriterionId(criteria: readonly Criterion[]): string {
  let n = 1;
  while (criteria.some((c) => c.id === `custom${n}`)) n += 1;
  return `custom${n}`;
}
const isBuiltIn = (id: string) => (DEFAULT_CRITERION_IDS as readonly string[]).includes(id);

/**
 * The office's patronage rules for the Settings page, saved on their own: the settings are read
 * afresh (`settings.get`) and sent whole to `settings.update` with only `patronage` replaced, so
 * other sections' saved choices are kept.
 */
export function PatronageSettings() {
  const { t, i18n } = useTranslation();
  const shell = useShell();
  const initial = shell.settings.patronage;
  const [days, setDays] = useState<Record<DayKey, string>>(() => ({
    leadDays: String(initial.leadDays),
    logoApprovalDaysBefore: String(initial.logoApprovalDaysBefore),
    reportDaysAfter: String(initial.reportDaysAfter),
  }));
  const [criteria, setCriteria] = useState<Criterion[]>(() => initial.criteria.map((c) => ({ ...c })));
  const [newLabel, setNewLabel] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const language = uiLanguage(i18n.language);

  const edit = (index: number, label: string) =>
    setCriteria((list) => list.map((c, i) => (i === index ? { ...c, label } : c)));
  const move = (index: number, by: -1 | 1) =>
    setCriteria((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const add = () => {
    const label = newLabel.trim();
    if (!label) return;
    setCriteria((list) => [...list, { id: newCriterionId(list), label }]);
    setNewLabel('');
  };

  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      const current = await call('settings.get', {});
      const patronage = {
        leadDays: Number(days.leadDays),
        logoApprovalDaysBefore: Number(days.logoApprovalDaysBefore),
        reportDaysAfter: Number(days.reportDaysAfter),
        criteria: criteria.map((c) => ({ id: c.id, label: c.label.trim() })),
      };
      await shell.saveSettings({ ...current, patronage });
      setSaved(true);
    } catch (e) {
      setError(asAppError(e));
    }
  };

  return (
    <section aria-labelledby="patronage-settings">
      <h2 id="patronage-settings">{t('patronage.settings.title')}</h2>
      <ErrorMessage error={error} />
      {DAY_KEYS.map((key) => (
        <Field key={key} label={t(`patronage.settings.${key}`)} path={`patronage.${key}`} error={error}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              max={365}
              value={days[key]}
              onChange={(e) => setDays((d) => ({ ...d, [key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <fieldset>
        <legend>{t('patronage.settings.criteria')}</legend>
        <p className="hint">{t('patronage.settings.criteriaHelp')}</p>
        <ol>
          {criteria.map((c, i) => (
            <li key={c.id}>
              <Field
                label={t('patronage.settings.criterionLabel', { n: i + 1 })}
                path={`patronage.criteria.${i}.label`}
                error={error}
              >
                {(p) => (
                  <input
                    {...p}
                    value={c.label}
                    placeholder={isBuiltIn(c.id) ? criterionLabel({ id: c.id, label: '' }, language) : ''}
                    onChange={(e) => edit(i, e.target.value)}
                  />
                )}
              </Field>
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                {t('patronage.settings.up', { n: i + 1 })}
              </button>{' '}
              <button type="button" disabled={i === criteria.length - 1} onClick={() => move(i, 1)}>
                {t('patronage.settings.down', { n: i + 1 })}
              </button>{' '}
              <button type="button" onClick={() => setCriteria((list) => list.filter((x) => x.id !== c.id))}>
                {t('patronage.settings.remove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <label>
          {t('patronage.settings.newCriterion')}{' '}
          <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} />
        </label>{' '}
        <button type="button" onClick={add}>
          {t('patronage.settings.add')}
        </button>
      </fieldset>
      {saved && <p role="status">{t('patronage.settings.saved')}</p>}
      <button type="button" onClick={() => void save()}>
        {t('patronage.settings.save')}
      </button>
    </section>
  );
}
