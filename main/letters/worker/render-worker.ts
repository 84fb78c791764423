/**
 * The worker thread that renders a batch of documents, so a big mail merge never holds up the main-side
 * services (other requests, progress events, "Cancel"). It receives the template and the records and
 * posts progress and, at the end, the documents.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderMany, type RenderData } from '../engine';

interface Job {
  docx: Uint8Array;
  records: RenderData[];
}

const port = parentPort;
if (port) {
  const job = workerData as Job;
  renderMany(job.docx, job.records, (done) => port.postMessage({ type: 'progress', done })).then(
    (docs) =>
      port.postMessage(
        { type: 'done', docs },
        docs.map((d) => d.buffer as ArrayBuffer),
      ),
    (error: unknown) =>
      port.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        issues: (error as { issues?: unknown }).issues ?? null,
      }),
  );
}
