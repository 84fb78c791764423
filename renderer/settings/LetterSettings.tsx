import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import type { Settings } from '../../core/settings/schema';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';

type Office = Settings['office'];

/**
 * Letters: the register's number pattern, printing on pre-printed stationery (offsets in millimetres),
 * and the city's crest (uploaded at once; the rest is saved with the form).
 */
export function LetterSettings({
  office,
  error,
  onChange,
}: {
  office: Office;
  error: AppError | null;
  onChange: (patch: Partial<Office>) => void;
}) {
  const { t } = useTranslation();
  const [crestError, setCrestError] = useState<AppError | null>(null);
  const [crestStatus, setCrestStatus] = useState<string | null>(null);
  const stationery = office.stationery;
  const setStationery = (patch: Partial<Office['stationery']>) =>
    onChange({ stationery: { ...stationery, ...patch } });

  const uploadCrest = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCrestError(null);
    setCrestStatus(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      await call('letters.setCrest', { file: { fileName: file.name, base64: btoa(binary) } });
      setCrestStatus(t('settings.crestSaved'));
    } catch (e) {
      setCrestError(e instanceof AppError ? e : new AppError('INTERNAL'));
    }
  };

  return (
    <fieldset>
      <legend>{t('settings.letters')}</legend>
      <Field
        label={t('settings.letterPattern')}
        path="office.letterNumberPattern"
        error={error}
        hint={t('settings.letterPatternHelp')}
      >
        {(p) => (
          <input
            {...p}
            value={office.letterNumberPattern}
            onChange={(e) => onChange({ letterNumberPattern: e.target.value })}
          />
        )}
      </Field>
      <label>
        <input
          type="checkbox"
          checked={stationery.enabled}
          onChange={(e) => setStationery({ enabled: e.target.checked })}
        />{' '}
        {t('settings.stationery')}
      </label>
      <Field label={t('settings.stationeryTop')} path="office.stationery.topMm" error={error}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            max={150}
            disabled={!stationery.enabled}
            value={stationery.topMm}
            onChange={(e) => setStationery({ topMm: Number(e.target.value) })}
          />
        )}
      </Field>
      <Field label={t('settings.stationeryLeft')} path="office.stationery.leftMm" error={error}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={0}
            max={80}
            disabled={!stationery.enabled}
            value={stationery.leftMm}
            onChange={(e) => setStationery({ leftMm: Number(e.target.value) })}
          />
        )}
      </Field>
      <label>
        {t('settings.crest')}{' '}
        <input type="file" accept="image/png,image/jpeg" onChange={(e) => void uploadCrest(e)} />
      </label>
      {crestStatus && <p role="status">{crestStatus}</p>}
      <ErrorMessage error={crestError} />
    </fieldset>
  );
}
