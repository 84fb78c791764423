import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, type LetterKind, type LetterTemplate } from '../../core/letters/schema';
import { Field } from '../common/Field';
import { commonFieldsOf } from './fields';

export interface Setup {
  templateId: string;
  kind: LetterKind;
  date: string;
  subject: string;
  /** Values typed once for the batch, by field name (kept when another template uses the same name). */
  common: Record<string, string>;
}

/** "Birthday wishes — Congratulations on a birthday, Polish". */
export function templateLabel(t: (key: string) => string, template: LetterTemplate): string {
  return `${template.name} — ${t(`letters.kind.${template.kind}`)}, ${t(`letters.language.${template.language}`)}`;
}

/** The template (built-in or the office's own), the kind, date and subject, and the batch's common fields. */
export function LetterSetup({
  templates,
  value,
  onChange,
}: {
  templates: readonly LetterTemplate[];
  value: Setup;
  onChange: (next: Setup) => void;
}) {
  const { t } = useTranslation();
  const template = templates.find((tpl) => tpl.id === value.templateId);
  const common = commonFieldsOf(template);
  const groups = [
    { label: t('letters.templates.builtinGroup'), items: templates.filter((tpl) => tpl.builtin) },
    { label: t('letters.templates.ownGroup'), items: templates.filter((tpl) => !tpl.builtin) },
  ].filter((group) => group.items.length > 0);

  const chooseTemplate = (id: string) => {
    const next = templates.find((tpl) => tpl.id === id);
    onChange({ ...value, templateId: id, kind: next?.kind ?? value.kind });
  };

  return (
    <fieldset>
      <legend>{t('letters.produce.letter')}</legend>
      <Field label={t('letters.produce.template')} path="templateId" error={null}>
        {(p) => (
          <select {...p} value={value.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
            <option value="">{t('letters.produce.chooseTemplate')}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.items.map((tpl) => (
                  <option key={tpl.id} value={tpl.id}>
                    {templateLabel(t, tpl)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('letters.produce.kind')} path="kind" error={null}>
        {(p) => (
          <select
            {...p}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as LetterKind })}
          >
            {LETTER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`letters.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('letters.produce.date')} path="date" error={null}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('letters.produce.subject')} path="subject" error={null}>
        {(p) => (
          <input
            {...p}
            value={value.subject}
            onChange={(e) => onChange({ ...value, subject: e.target.value })}
          />
        )}
      </Field>
      {common.length > 0 && (
        <fieldset>
          <legend>{t('letters.produce.commonFields')}</legend>
          <p className="hint">{t('letters.produce.commonHint')}</p>
          {common.map((name) => (
            <Field key={name} label={name} path={`common.${name}`} error={null}>
              {(p) => (
                <input
                  {...p}
                  value={value.common[name] ?? ''}
                  onChange={(e) =>
                    onChange({ ...value, common: { ...value.common, [name]: e.target.value } })
                  }
                />
              )}
            </Field>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
