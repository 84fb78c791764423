import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_MODULES, type ReminderModule } from '../../core/reminders/lead-times';
import type { Settings } from '../../core/settings/schema';
import { formatLeadTimes, parseLeadTimes } from './lead-times-text';

/** How long before deadlines this workstation reminds, per module, typed as "1d, 2h, 30m". */
export function ReminderSettings({
  value,
  onChange,
}: {
  value: Settings['reminders'];
  onChange: (next: Settings['reminders']) => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(REMINDER_MODULES.map((m) => [m, formatLeadTimes(value[m])])),
  );
  const [invalid, setInvalid] = useState<ReminderModule | null>(null);

  const edit = (module: ReminderModule, text: string) => {
    setTexts((current) => ({ ...current, [module]: text }));
    const minutes = parseLeadTimes(text);
    setInvalid(minutes === null ? module : null);
    if (minutes !== null) onChange({ ...value, [module]: minutes });
  };

  return (
    <fieldset>
      <legend>{t('settings.reminders')}</legend>
      <p className="hint">{t('settings.remindersHelp')}</p>
      {REMINDER_MODULES.map((module) => (
        <label key={module}>
          {t(`settings.remindersFor.${module}`)}{' '}
          <input
            value={texts[module] ?? ''}
            aria-invalid={invalid === module}
            onChange={(e) => edit(module, e.target.value)}
          />
          {invalid === module && <span className="field-error"> {t('settings.remindersInvalid')}</span>}
        </label>
      ))}
    </fieldset>
  );
}
