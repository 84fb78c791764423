import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { JURISDICTIONS, LANGUAGES, TIME_ZONES, type Settings } from '../../core/settings/schema';
import { useShell } from '../app/AppContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { CalendarsEditor } from './CalendarsEditor';
import { LetterSettings } from './LetterSettings';
import { ReminderSettings } from './ReminderSettings';
import { PatronageSettings } from '../patronage/PatronageSettings';
import { departmentsToText, parseDepartments, parsePeople, peopleToText } from './people-text';

type TextKey =
  'cityName' | 'officeName' | 'address' | 'inquiryNumberPattern' | 'signatoryName' | 'signatoryFunction';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, saveSettings } = useShell();
  const [draft, setDraft] = useState<Settings>(settings);
  const [departments, setDepartments] = useState(departmentsToText(settings.office));
  const [people, setPeople] = useState(peopleToText(settings.office));
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const setOffice = (patch: Partial<Settings['office']>) =>
    setDraft((d) => ({ ...d, office: { ...d.office, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const parsedDepartments = parseDepartments(departments, draft.office.departments);
    const next = {
      ...draft,
      // The patronage section saves on its own: keep what it saved, not this page's first copy.
      patronage: settings.patronage,
      office: {
        ...draft.office,
        departments: parsedDepartments,
        people: parsePeople(people, parsedDepartments, draft.office.people),
      },
    };
    try {
      setDraft(await saveSettings(next));
      setSaved(true);
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  const text = (key: TextKey, label: string, hint?: string) => (
    <Field label={label} path={`office.${key}`} error={error} {...(hint ? { hint } : {})}>
      {(p) => (
        <input {...p} value={draft.office[key]} onChange={(e) => setOffice({ [key]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <>
      <form className="settings" onSubmit={(e) => void submit(e)} noValidate>
        <h1>{t('settings.title')}</h1>
        <ErrorMessage error={error} />
        {saved && <p role="status">{t('settings.saved')}</p>}
        <Field label={t('settings.userName')} path="userName" error={error}>
          {(p) => (
            <input
              {...p}
              value={draft.userName}
              onChange={(e) => setDraft({ ...draft, userName: e.target.value })}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('settings.office')}</legend>
          {text('cityName', t('settings.cityName'))}
          {text('officeName', t('settings.officeName'))}
          {text('address', t('settings.address'))}
          <Field label={t('settings.jurisdiction')} path="office.jurisdiction" error={error}>
            {(p) => (
              <select
                {...p}
                value={draft.office.jurisdiction}
                onChange={(e) =>
                  setOffice({ jurisdiction: e.target.value as Settings['office']['jurisdiction'] })
                }
              >
                {JURISDICTIONS.map((j) => (
                  <option key={j} value={j}>
                    {t(`jurisdiction.${j}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.timeZone')} path="office.timeZone" error={error}>
            {(p) => (
              <select
                {...p}
                value={draft.office.timeZone}
                onChange={(e) => setOffice({ timeZone: e.target.value as Settings['office']['timeZone'] })}
              >
                {TIME_ZONES.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.language')} path="office.language" error={error}>
            {(p) => (
              <select
                {...p}
                value={draft.office.language}
                onChange={(e) => setOffice({ language: e.target.value as Settings['office']['language'] })}
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('inquiryNumberPattern', t('settings.pattern'), t('settings.patternHelp'))}
          {text('signatoryName', t('settings.signatoryName'))}
          {text('signatoryFunction', t('settings.signatoryFunction'))}
          <Field
            label={t('settings.martialLawEnd')}
            path="office.uaMartialLawEnd"
            error={error}
            hint={t('settings.martialLawHelp')}
          >
            {(p) => (
              <input
                {...p}
                type="date"
                value={draft.office.uaMartialLawEnd ?? ''}
                onChange={(e) => setOffice({ uaMartialLawEnd: e.target.value || null })}
              />
            )}
          </Field>
          <Field label={t('settings.departments')} path="office.departments" error={error}>
            {(p) => (
              <textarea
                {...p}
                rows={4}
                value={departments}
                onChange={(e) => setDepartments(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('settings.people')} path="office.people" error={error}>
            {(p) => <textarea {...p} rows={6} value={people} onChange={(e) => setPeople(e.target.value)} />}
          </Field>
        </fieldset>
        <LetterSettings office={draft.office} error={error} onChange={setOffice} />
        <ReminderSettings
          value={draft.reminders}
          onChange={(reminders) => setDraft((d) => ({ ...d, reminders }))}
        />
        <CalendarsEditor value={draft.office.calendars} onChange={(calendars) => setOffice({ calendars })} />
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </form>
      <PatronageSettings />
    </>
  );
}
