import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileOut, MethodInput } from '../../core/api/contract';
import type { AppError } from '../../core/errors';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { asAppError, ErrorDetails } from './ErrorDetails';
import { base64ToBytes } from './files';

type Request = MethodInput<'letters.produce'>;

/** Draws a .docx into `body` (docx-preview, loaded only when a preview is asked for). */
async function renderDocx(file: FileOut, body: HTMLElement, styles: HTMLElement): Promise<void> {
  const { renderAsync } = await import('docx-preview');
  body.replaceChildren();
  styles.replaceChildren();
  await renderAsync(base64ToBytes(file.base64), body, styles, {
    inWrapper: true,
    ignoreLastRenderedPageBreak: true,
    // The CSP allows fonts only from the app itself; images go in as data: URLs.
    ignoreFonts: true,
    useBase64URL: true,
  });
}

/**
 * The first few letters rendered without numbers and without registering anything, shown on screen
 * (and downloadable, should the screen not manage to draw them).
 */
export function PreviewSection({ request }: { request: (preview: boolean) => Promise<Request | null> }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<FileOut | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [drawn, setDrawn] = useState<'pending' | 'done' | 'failed'>('pending');
  const body = useRef<HTMLDivElement>(null);
  const styles = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!file || !body.current || !styles.current) return;
    let live = true;
    setDrawn('pending');
    renderDocx(file, body.current, styles.current).then(
      () => live && setDrawn('done'),
      () => live && setDrawn('failed'),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const preview = async () => {
    setError(null);
    setBusy(true);
    try {
      const input = await request(true);
      if (input) setFile((await call('letters.produce', { ...input, preview: true })).file);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="letters-preview-part">
      <button type="button" disabled={busy} onClick={() => void preview()}>
        {t('letters.preview.button')}
      </button>
      <ErrorDetails error={error} />
      {file && (
        <section aria-label={t('letters.preview.label')} aria-busy={drawn === 'pending'} className="preview">
          <p className="hint">{t('letters.preview.hint')}</p>
          {drawn === 'failed' && <p>{t('letters.preview.failed')}</p>}
          <button type="button" onClick={() => saveFile(file)}>
            {t('letters.preview.download')}
          </button>
          <div ref={styles} />
          <div ref={body} className="letters-preview" />
        </section>
      )}
    </div>
  );
}
