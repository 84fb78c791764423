import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import {
  LETTER_KINDS,
  LETTER_LANGUAGES,
  type LetterKind,
  type LetterLanguage,
} from '../../core/letters/schema';
import { call } from '../api/client';
import { useShell } from '../app/AppContext';
import { Field } from '../common/Field';
import { asAppError, ErrorDetails, templateIssueText } from './ErrorDetails';
import { cleanMapping, guessMapping } from './fields';
import { readAsBase64 } from './files';
import { MappingTable } from './MappingTable';

type Inspection = MethodOutput<'letters.inspectTemplate'>;

/**
 * The office's own Word template: checked first (its fields, loops, conditions, images and any broken
 * tags), imported only when nothing is broken, with what fills each of its placeholders.
 */
export function TemplateImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const office = useShell().settings.office;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<LetterKind>('other');
  const [language, setLanguage] = useState<LetterLanguage>(office.language);
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  /** A new file input after an import, so it no longer shows the imported file. */
  const [inputKey, setInputKey] = useState(0);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.currentTarget.files?.[0];
    setInspection(null);
    setFile(null);
    setError(null);
    setStatus('');
    if (!picked) return;
    setBusy(true);
    try {
      const read = await readAsBase64(picked);
      const found = await call('letters.inspectTemplate', read);
      setFile(read);
      setInspection(found);
      setMapping(guessMapping(found.placeholders));
      if (!name.trim()) setName(picked.name.replace(/\.do[ct]x$/i, ''));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      const created = await call('letters.importTemplate', {
        ...file,
        name: name.trim(),
        kind,
        language,
        mapping: cleanMapping(mapping),
      });
      setStatus(t('letters.templates.imported', { name: created.name }));
      setName('');
      setFile(null);
      setInspection(null);
      setInputKey((k) => k + 1);
      onImported();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const issues = inspection?.issues ?? [];
  const list = (label: string, items: readonly string[]) => (
    <>
      <dt>{label}</dt>
      <dd>{items.length ? items.join(', ') : t('common.none')}</dd>
    </>
  );

  return (
    <form aria-label={t('letters.templates.import')} className="action-form" onSubmit={(e) => void submit(e)}>
      <h3>{t('letters.templates.import')}</h3>
      <Field label={t('letters.templates.name')} path="name" error={error}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('letters.produce.kind')} path="kind" error={error}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as LetterKind)}>
            {LETTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`letters.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('letters.templates.language')} path="language" error={error}>
        {(p) => (
          <select {...p} value={language} onChange={(e) => setLanguage(e.target.value as LetterLanguage)}>
            {LETTER_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`letters.language.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('letters.templates.file')} path="base64" error={error}>
        {(p) => (
          <input
            {...p}
            key={inputKey}
            type="file"
            accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy}
            onChange={(e) => void pick(e)}
          />
        )}
      </Field>
      {inspection && (
        <dl className="facts" aria-label={t('letters.templates.found')}>
          {list(t('letters.templates.placeholders'), inspection.placeholders)}
          {list(t('letters.templates.loops'), inspection.loops)}
          {list(t('letters.templates.conditions'), inspection.conditions)}
          {list(t('letters.templates.images'), inspection.images)}
        </dl>
      )}
      {issues.length > 0 && (
        <div role="alert" className="error">
          <p>{t('letters.templates.hasIssues')}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{templateIssueText(t, issue.code, issue.tag, issue.context)}</li>
            ))}
          </ul>
        </div>
      )}
      {inspection && issues.length === 0 && (
        <MappingTable placeholders={inspection.placeholders} mapping={mapping} onChange={setMapping} />
      )}
      <ErrorDetails error={error} />
      <button
        type="submit"
        className="primary"
        disabled={busy || !inspection || issues.length > 0 || !name.trim()}
      >
        {t('letters.templates.importButton')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
