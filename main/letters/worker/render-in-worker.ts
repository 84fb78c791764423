/**
 * Renders a batch in a worker thread (render-worker.ts), reporting progress; aborting terminates the
 * worker at once. The built app's worker is the bundled `render-worker.mjs` next to the main bundle
 * (scripts/build.mjs builds both).
 */
import { Worker } from 'node:worker_threads';
import { TemplateError, type RenderData, type TemplateIssue } from '../engine';

type Message =
  | { type: 'progress'; done: number }
  | { type: 'done'; docs: Uint8Array[] }
  | { type: 'error'; message: string; issues: TemplateIssue[] | null };

/**
 * From sources (tests, tsx) the worker is TypeScript: a tiny CommonJS bootstrap registers tsx's loader
 * in the worker thread, then imports it. From the built app it is plain `render-worker.mjs`.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./render-worker.ts', import.meta.url).href;
  const bootstrap = `(async () => {
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    await import(${JSON.stringify(entry)});
  })().catch((error) => { throw error; });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export function renderInWorker(
  docx: Uint8Array,
  records: RenderData[],
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<Uint8Array[]> {
  signal.throwIfAborted();
  const worker = startWorker({ docx, records });
  return new Promise<Uint8Array[]>((resolve, reject) => {
    const abort = () => {
      void worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    const settle = () => signal.removeEventListener('abort', abort);
    worker.on('message', (message: Message) => {
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'done') {
        settle();
        resolve(message.docs.map((d) => new Uint8Array(d)));
        void worker.terminate();
      } else {
        settle();
        reject(message.issues ? new TemplateError(message.issues) : new Error(message.message));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      settle();
      reject(error);
    });
  });
}
