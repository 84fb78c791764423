import { performance } from 'node:perf_hooks';
import { updateInquiry } from '../main/services/inquiry-service';
import { summarize } from './measure';
import { Random } from './random';
import { ms, table } from './report';
import { problem, type Peer } from './sync-initial';

/**
 * One change from one workstation to another through the real server on loopback: A edits an
 * inquiry's subject (updateInquiry) and syncs (push, then pull), B syncs (pull, apply) and reads the
 * new value. Both workstations hold the whole office register, so this is the cost on a full database.
 */
export async function benchRoundTrip(
  a: Peer,
  b: Peer,
  options: { rounds: number; warmup: number },
): Promise<void> {
  console.log(
    `Round trip of one change between two workstations through the server on loopback ` +
      `(ms; ${options.rounds} rounds after ${options.warmup} warm-up)`,
  );
  const candidates = a.ws.db
    .prepare('SELECT id, subject FROM inquiries WHERE deleted = 0 ORDER BY reg_year, reg_seq')
    .all() as { id: string; subject: string }[];
  if (candidates.length === 0) throw new Error('no inquiry to edit');
  const readSubject = b.ws.db.prepare('SELECT subject FROM inquiries WHERE id = ?').pluck();
  const rng = new Random(7);
  const samples = { edit: [] as number[], a: [] as number[], b: [] as number[], total: [] as number[] };
  const requests = { aPush: 0, aPull: 0, bPull: 0 };
  let failures = 0;
  let lastProblem = '';
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const target = rng.pick(candidates);
    const subject = `${target.subject.slice(0, 250)} — uzupełnienie ${round + 1}`;
    a.transport.reset();
    b.transport.reset();
    const t0 = performance.now();
    updateInquiry(a.ws.ctx, { id: target.id, subject });
    const t1 = performance.now();
    const statusA = await a.engine.syncOnce();
    const t2 = performance.now();
    const statusB = await b.engine.syncOnce();
    const seen = readSubject.get(target.id) === subject;
    const t3 = performance.now();
    const issue = problem(statusA) + problem(statusB);
    if (!seen || issue) {
      failures++;
      lastProblem = issue || ' — B did not see the new value';
    }
    if (round < options.warmup) continue;
    samples.edit.push(t1 - t0);
    samples.a.push(t2 - t1);
    samples.b.push(t3 - t2);
    samples.total.push(t3 - t0);
    requests.aPush += a.transport.pushes;
    requests.aPull += a.transport.pulls;
    requests.bPull += b.transport.pulls;
  }
  const row = (name: string, values: number[]) => {
    const s = summarize(values);
    return [name, ms(s.p50), ms(s.p95), ms(s.min), ms(s.max)];
  };
  const per = (n: number) => (n / options.rounds).toFixed(1);
  console.log(
    table(
      ['step', 'p50', 'p95', 'min', 'max'],
      [
        row('A: updateInquiry (the local edit)', samples.edit),
        row(`A: syncOnce (${per(requests.aPush)} push + ${per(requests.aPull)} pull)`, samples.a),
        row(`B: syncOnce (${per(requests.bPull)} pull, apply)`, samples.b),
        row('round trip: edit on A → visible on B', samples.total),
      ],
    ),
  );
  console.log(
    failures === 0
      ? `  check: B saw every edit, no sync errors`
      : `  check: ${failures} rounds FAILED${lastProblem}`,
  );
}
