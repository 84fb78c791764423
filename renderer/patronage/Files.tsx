import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { readAsBase64 } from '../letters/files';
import { asAppError } from './helpers';

/** Uploads picked files one by one to the application's attachments or its report. */
export async function attachFiles(id: string, target: 'application' | 'report', files: readonly File[]) {
  for (const file of files) {
    await call('patronage.attach', { id, target, file: await readAsBase64(file) });
  }
}

/** Files kept by content (sha256): each shown and downloaded under the name it came with. */
export function FileList({
  id,
  files,
  name,
  names = {},
}: {
  id: string;
  files: string[];
  /** A numbered name for a file whose own name is not known (e.g. from an older version). */
  name: (n: number) => string;
  names?: Record<string, string> | undefined;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const download = async (sha256: string) => {
    setError(null);
    try {
      saveFile(await call('patronage.attachment', { id, sha256 }));
    } catch (e) {
      setError(asAppError(e));
    }
  };
  return (
    <>
      <ErrorMessage error={error} />
      <ul className="plain">
        {files.map((sha256, i) => {
          const label = names[sha256] ?? name(i + 1);
          return (
            <li key={sha256}>
              {label}{' '}
              <button type="button" onClick={() => void download(sha256)}>
                {t('patronage.attachments.download', { name: label })}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The application's attachments: download each, add more. */
export function Attachments({
  id,
  files,
  names,
  onChange,
}: {
  id: string;
  files: string[];
  names?: Record<string, string> | undefined;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    if (picked.length === 0) return;
    setError(null);
    setMessage(null);
    try {
      await attachFiles(id, 'application', picked);
      setMessage(t('patronage.attachments.added'));
      onChange();
    } catch (e) {
      setError(asAppError(e));
    }
  };
  return (
    <section aria-labelledby="patronage-attachments">
      <h2 id="patronage-attachments">{t('patronage.attachments.title')}</h2>
      <ErrorMessage error={error} />
      {message && <p role="status">{message}</p>}
      {files.length === 0 ? (
        <p>{t('patronage.attachments.none')}</p>
      ) : (
        <FileList id={id} files={files} names={names} name={(n) => t('patronage.attachments.item', { n })} />
      )}
      <Field label={t('patronage.attachments.add')} path="file" error={error}>
        {(p) => <input {...p} type="file" multiple onChange={(e) => void add(e)} />}
      </Field>
    </section>
  );
}
