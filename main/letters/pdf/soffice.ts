/**
 * PDF through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed. Each conversion
 * gets its own user profile directory, so it works while the person has LibreOffice open and two
 * conversions never share a profile lock.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES =
  process.platform === 'win32'
    ? ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'soffice.exe']
    : process.platform === 'darwin'
      ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice', 'soffice']
      : ['soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'];

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { timeout: timeoutMs, windowsHide: true }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

let found: Promise<string | null> | null = null;

/** The LibreOffice binary, or null when it is not installed (checked once per run). */
export function findSoffice(): Promise<string | null> {
  found ??= (async () => {
    for (const candidate of CANDIDATES) {
      try {
        await run(candidate, ['--version'], 20_000);
        return candidate;
      } catch {
        // not this one
      }
    }
    return null;
  })();
  return found;
}

export async function docxToPdf(docx: Uint8Array, timeoutMs = 120_000): Promise<Uint8Array> {
  const soffice = await findSoffice();
  if (!soffice) throw new Error('LibreOffice is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      timeoutMs,
    );
    return new Uint8Array(await readFile(join(dir, 'document.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
