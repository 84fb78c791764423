import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SyncStatus } from '../main/sync/engine';
import { ms, thousands, bytes } from './report';
import type { BenchServer, Connected } from './sync-server';
import {
  countOf,
  fileSize,
  planOffice,
  sameRows,
  writeOffice,
  type BenchWorkstation,
} from './sync-workstation';

/**
 * Full initial sync: an office's register of `years` years is built on the office's workstation
 * through the services and uploaded to the real server; then a brand-new workstation signs in and
 * its first SyncEngine.syncOnce pulls everything over HTTP (pages of 1 000) and applies it.
 */

/** About 15 inquiries a week: 10 years ≈ 7 800 inquiries. */
export const INQUIRIES_PER_WEEK = 15;

export interface Peer extends Connected {
  ws: BenchWorkstation;
}

export interface InitialSyncResult {
  office: Peer;
  fresh: Peer;
}

type Open = (name: string, userName: string) => BenchWorkstation;

export async function benchInitialSync(
  server: BenchServer,
  years: number,
  open: Open,
): Promise<InitialSyncResult> {
  console.log(
    `Full initial sync of a ${years}-year office (real server: buildServer + embedded PGlite, HTTP on 127.0.0.1)`,
  );
  console.log(
    `  Server ${server.baseUrl}: PGlite data directory created and migrated in ${ms(server.openMs / 1000)} s`,
  );

  const source = open('office', 'Anna Kowalska');
  source.db.pragma('synchronous = OFF'); // setup only
  const { plans, outsideRules } = planOffice(years, INQUIRIES_PER_WEEK, Date.now(), 20_161_123);
  const written = writeOffice(source, plans);
  source.db.pragma('synchronous = FULL');
  const localChanges = countOf(source.db, 'SELECT count(*) FROM change_log');
  console.log(
    `  Office: ${thousands(written.inquiries)} inquiries (${INQUIRIES_PER_WEEK} a week over ${years} year${years === 1 ? '' : 's'}), ` +
      `${thousands(written.transitions)} transitions — ${thousands(localChanges)} changes, written through ` +
      `the services on the office's workstation in ${ms(written.ms / 1000)} s (setup` +
      (written.refused ? `; ${written.refused} steps refused` : '') +
      (outsideRules ? `; ${outsideRules} UA inquiries before the engine's UA calendar left out` : '') +
      ')',
  );

  const office: Peer = { ws: source, ...(await server.connect(source, 'anna.kowalska', 'press')) };
  const upload = await timedSync(office);
  const t = office.transport;
  console.log(
    `  Upload: its first syncOnce ${ms(upload.ms / 1000)} s — pushed ${thousands(localChanges)} changes in ` +
      `${thousands(t.pushes)} requests, ${ms(t.pushMs / 1000)} s waiting (${thousands((localChanges / t.pushMs) * 1000)} changes/s); ` +
      `pulled them back (acknowledged echoes) in ${thousands(t.pulls)} pages, ${ms(t.pullMs / 1000)} s waiting` +
      problem(upload.status),
  );
  const serverChanges = await server.count('SELECT count(*) AS n FROM changes');
  const fieldStates = await server.count('SELECT count(*) AS n FROM field_state');
  console.log(`  Server holds ${thousands(serverChanges)} changes, ${thousands(fieldStates)} field states`);

  // The measurement: a workstation that has never synced.
  const newcomer = open('new', 'Piotr Nowak');
  const fresh: Peer = { ws: newcomer, ...(await server.connect(newcomer, 'piotr.nowak', 'press')) };
  const first = await timedSync(fresh);
  const f = fresh.transport;
  const pulled = countOf(newcomer.db, 'SELECT count(*) FROM change_log');
  const inquiries = countOf(newcomer.db, 'SELECT count(*) FROM inquiries');
  console.log(
    `  New workstation, first SyncEngine.syncOnce over HttpTransport: ${ms(first.ms / 1000)} s — ` +
      `${thousands(pulled)} changes in ${thousands(f.pulls)} pages, ` +
      `${thousands((pulled / first.ms) * 1000)} changes/s, ${thousands((inquiries / first.ms) * 1000)} inquiries/s` +
      problem(first.status),
  );
  console.log(
    `    waiting for the server (HTTP pull: query, JSON, loopback, parse): ${ms(f.pullMs / 1000)} s; ` +
      `the rest, mostly SyncStore.applyRemote (one transaction per page, full-text index): ${ms((first.ms - f.pullMs) / 1000)} s`,
  );
  const file = join(newcomer.dataDir, 'pressdesk.sqlite');
  newcomer.db.pragma('wal_checkpoint(TRUNCATE)');
  const ids = newcomer.db.prepare('SELECT id FROM inquiries').pluck().all() as string[];
  const same = sameRows(source.db, newcomer.db, ids);
  const sourceInquiries = countOf(source.db, 'SELECT count(*) FROM inquiries');
  console.log(
    `    afterwards: ${thousands(inquiries)} inquiries, ${thousands(countOf(newcomer.db, 'SELECT count(*) FROM inquiries_fts'))} ` +
      `search rows, database ${bytes(fileSize(file))}; equal to the office's workstation: ` +
      `${thousands(same)} of ${thousands(sourceInquiries)}` +
      (same === sourceInquiries && inquiries === sourceInquiries && pulled === serverChanges
        ? ''
        : ' — DIFFERENT'),
  );
  return { office, fresh };
}

async function timedSync(peer: Peer): Promise<{ ms: number; status: SyncStatus }> {
  peer.transport.reset();
  const start = performance.now();
  const status = await peer.engine.syncOnce();
  return { ms: performance.now() - start, status };
}

export function problem(status: SyncStatus): string {
  const issues = [
    status.lastError ? `error ${status.lastError.code} ${JSON.stringify(status.lastError.params)}` : '',
    status.pending ? `${status.pending} still pending` : '',
    status.rejected ? `${status.rejected} refused` : '',
    status.conflicts ? `${status.conflicts} conflicts` : '',
  ].filter(Boolean);
  return issues.length ? ` — ${issues.join(', ').toUpperCase()}` : '';
}
