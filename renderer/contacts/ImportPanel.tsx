import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import type { DistributionList } from '../../core/api/contract-contacts';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { ColumnMapping, type Mapping } from './ColumnMapping';
import { readAsBase64 } from '../letters/files';
import { asAppError, contactHref, fieldName } from './shared';

type Preview = MethodOutput<'contacts.importPreview'>;
type Result = MethodOutput<'contacts.import'>;

/** CSV / vCard import: pick a file, see what each row would become, then import the good rows. */
export function ImportPanel({ lists, onImported }: { lists: DistributionList[]; onImported: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [listId, setListId] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setPreview(null);
    setResult(null);
    setError(null);
    if (!picked) return;
    setBusy(true);
    try {
      const read = await readAsBase64(picked);
      setFile(read);
      const answer = await call('contacts.importPreview', read);
      setPreview(answer);
      setMapping(answer.format === 'csv' ? (answer.mapping as Mapping) : undefined);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  /** The person corrected a column: preview again with it (nothing is written). */
  const remap = async (next: Mapping) => {
    if (!file) return;
    setMapping(next);
    setError(null);
    setBusy(true);
    try {
      setPreview(await call('contacts.importPreview', { ...file, mapping: next }));
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  const rows = preview?.rows ?? [];
  const importable = rows.filter((r) => r.valid && !(skipDuplicates && r.duplicateOf)).length;

  const run = async () => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      setResult(
        await call('contacts.import', {
          ...file,
          skipDuplicates,
          ...(listId ? { listId } : {}),
          ...(mapping ? { mapping } : {}),
        }),
      );
      setPreview(null);
      onImported();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('contacts.import.title')}</h2>
      <Field label={t('contacts.import.file')} path="file" error={error}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".csv,.vcf,text/csv,text/vcard"
            disabled={busy}
            onChange={(e) => void pick(e)}
          />
        )}
      </Field>
      <ErrorMessage error={error} />
      {result && (
        <p role="status">
          {t('contacts.import.result', {
            created: result.created,
            skipped: result.skippedDuplicates,
            invalid: result.invalid,
          })}
        </p>
      )}
      {preview && (
        <>
          {preview.format === 'csv' && mapping && (
            <ColumnMapping
              columns={preview.columns}
              mapping={mapping}
              disabled={busy}
              onChange={(next) => void remap(next)}
            />
          )}
          <table>
            <caption>
              {t('contacts.import.preview', { format: t(`contacts.import.format.${preview.format}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('contacts.import.row')}</th>
                <th scope="col">{t('contacts.field.name')}</th>
                <th scope="col">{t('contacts.import.problems')}</th>
                <th scope="col">{t('contacts.import.looksLike')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.index} className={row.valid ? undefined : 'invalid'}>
                  <td>{row.index}</td>
                  <td>{row.name}</td>
                  <td>
                    {row.problems.length === 0 ? (
                      t('contacts.import.ok')
                    ) : (
                      <ul>
                        {row.problems.map((p, i) => (
                          <li key={i}>
                            {fieldName(t, p.path)}: {t(`validation.${p.message}`)}
                            {p.value ? ` (${p.value})` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {row.duplicateOf && (
                      <>
                        {t('contacts.import.looksLikeExisting')}{' '}
                        <a href={contactHref(row.duplicateOf.id)}>{row.duplicateOf.displayName}</a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            <input
              type="checkbox"
              checked={skipDuplicates}
              onChange={(e) => setSkipDuplicates(e.target.checked)}
            />{' '}
            {t('contacts.import.skipDuplicates')}
          </label>{' '}
          <label>
            {t('contacts.import.toList')}{' '}
            <select value={listId} onChange={(e) => setListId(e.target.value)}>
              <option value="">{t('contacts.import.noList')}</option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={busy || importable === 0} onClick={() => void run()}>
            {t('contacts.import.run', { count: importable })}
          </button>
        </>
      )}
    </section>
  );
}
